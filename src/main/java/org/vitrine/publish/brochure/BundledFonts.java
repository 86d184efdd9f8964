package org.vitrine.publish.brochure;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/** The DejaVu Sans faces (and DejaVu Sans Condensed, for the floor plan) shipped in {@code src/main/resources/fonts}, loaded from the classpath. */
final class BundledFonts {

    /** CSS family name the templates use: {@code font-family: 'DejaVu Sans'}. */
    static final String FAMILY = "DejaVu Sans";

    /**
     * The condensed face, CSS family {@code 'DejaVu Sans Condensed'}: the floor plan's stand labels, where an
     * 11 mm stand must hold a word such as "Beaumont" at 7 pt.
     */
    static final String CONDENSED_FAMILY = "DejaVu Sans Condensed";
    static final String CONDENSED_FACE = "/fonts/DejaVuSansCondensed.ttf";

    private record Face(String resource, int weight, FontStyle style) {}

    private static final List<Face> FACES = List.of(
            new Face("/fonts/DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face("/fonts/DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("/fonts/DejaVuSans-Oblique.ttf", 400, FontStyle.OBLIQUE),
            new Face("/fonts/DejaVuSans-BoldOblique.ttf", 700, FontStyle.OBLIQUE));

    private BundledFonts() {}

    /**
     * Registers every face as a subset, without its glyph substitutions (see {@link #withoutLigatures});
     * oblique faces also answer {@code font-style: italic}.
     */
    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(() -> withoutLigatures(face.resource()), FAMILY, face.weight(), face.style(), true);
            if (face.style() == FontStyle.OBLIQUE) {
                builder.useFont(() -> withoutLigatures(face.resource()), FAMILY, face.weight(), FontStyle.ITALIC, true);
            }
        }
        builder.useFont(() -> withoutLigatures(CONDENSED_FACE), CONDENSED_FAMILY, 400, FontStyle.NORMAL, true);
    }

    /**
     * The face with its GSUB table hidden (its tag renamed), so that PDFBox draws "ff", "fi", "fl" as two
     * letters. PDFBox 3 applies the font's Latin ligatures when it writes text, and the ligature glyph then
     * reads back as U+FB00..U+FB06: copy and search gave "oﬀres", which a search for "offres" misses.
     * openhtmltopdf measures lines without the substitutions, so the letters also match the layout's widths.
     * The table is left in place (no offset moves); its contents are never read, nor kept in the subset.
     */
    static InputStream withoutLigatures(String resource) {
        try (InputStream in = open(resource)) {
            byte[] font = in.readAllBytes();
            ByteBuffer b = ByteBuffer.wrap(font);
            int tables = Short.toUnsignedInt(b.getShort(4));
            for (int i = 0; i < tables; i++) {
                int entry = 12 + 16 * i; // offset table (12 bytes), then 16 bytes per table: tag first
                if (b.getInt(entry) == GSUB) {
                    b.putInt(entry, HIDDEN_GSUB);
                }
            }
            return new ByteArrayInputStream(font);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled font " + resource, e);
        }
    }

    private static final int GSUB = tag("GSUB");
    /** A tag no reader knows: the table is skipped as unknown. */
    private static final int HIDDEN_GSUB = tag("xSUB");

    private static int tag(String t) {
        return ByteBuffer.wrap(t.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    /** True when every face has a glyph for the code point, so any weight or style can show it. */
    static boolean covers(int codePoint) {
        return Coverage.CODE_POINTS.get(codePoint);
    }

    private static InputStream open(String resource) {
        InputStream in = BundledFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing bundled font " + resource));
        }
        return in;
    }

    /** Computed once, on first use of {@link #covers}. */
    private static final class Coverage {
        static final BitSet CODE_POINTS = intersection();

        private static BitSet intersection() {
            BitSet all = null;
            for (Face face : FACES) {
                BitSet one = codePoints(face.resource());
                if (all == null) {
                    all = one;
                } else {
                    all.and(one);
                }
            }
            return all;
        }

        private static BitSet codePoints(String resource) {
            try (InputStream in = open(resource);
                 TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                BitSet set = new BitSet();
                for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                    if (cmap.getGlyphId(cp) != 0) {
                        set.set(cp);
                    }
                }
                return set;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read bundled font " + resource, e);
            }
        }
    }
}

package org.vitrine.publish.brochure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * How wide a text is in the brochure's bundled font, from the font's own advance widths (those PDFBox lays
 * the text out with), in points at 1 pt: the floor plan sizes each stand's label so that it fits its box.
 */
final class TextWidths {

    private static final class Faces {
        static final TrueTypeFont REGULAR = load("/fonts/DejaVuSans.ttf");
        static final TrueTypeFont BOLD = load("/fonts/DejaVuSans-Bold.ttf");
        static final TrueTypeFont CONDENSED = load(BundledFonts.CONDENSED_FACE);
    }

    private TextWidths() {
    }

    /** The width of {@code text} set at 1 pt, in points. */
    static double of(String text, boolean bold) {
        return of(text, bold ? Faces.BOLD : Faces.REGULAR);
    }

    /** The width of {@code text} set at 1 pt in DejaVu Sans Condensed (the floor plan's labels), in points. */
    static double condensed(String text) {
        return of(text, Faces.CONDENSED);
    }

    private static double of(String text, TrueTypeFont font) {
        try {
            var cmap = font.getUnicodeCmapLookup();
            double units = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == 0x200B) {
                    continue; // a break opportunity, no width
                }
                units += font.getAdvanceWidth(cmap.getGlyphId(cp));
            }
            return units / font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont load(String resource) {
        try (InputStream in = TextWidths.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing bundled font " + resource);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

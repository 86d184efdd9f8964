package org.vitrine.publish.brochure;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The colour and size of every glyph a PDF draws, as a prepress check reads them: {@code "#rrggbb"} and the
 * font size in points (rounded to a tenth) to the glyphs drawn so, with an example of their text.
 */
final class TextColours extends PDFTextStripper {

    /** One colour and size: how many glyphs, and a few of them. */
    static final class Use {
        int glyphs;
        final StringBuilder sample = new StringBuilder();
    }

    private final Map<String, Use> uses = new TreeMap<>();

    private TextColours() {
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    /** Colour and size of the glyphs of pages {@code from} to {@code to} (1-based), keyed "#rrggbb size". */
    static Map<String, Use> of(PDDocument doc, int from, int to) throws IOException {
        TextColours t = new TextColours();
        t.setStartPage(from);
        t.setEndPage(to);
        t.getText(doc);
        return t.uses;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        super.processTextPosition(text);
        if (text.getUnicode() == null || text.getUnicode().isBlank()) {
            return;
        }
        int rgb;
        try {
            rgb = getGraphicsState().getNonStrokingColor().toRGB();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String key = String.format(java.util.Locale.ROOT, "#%06x %.1f", rgb & 0xFFFFFF, text.getFontSizeInPt());
        Use u = uses.computeIfAbsent(key, k -> new Use());
        u.glyphs++;
        if (u.sample.length() < 60) {
            u.sample.append(text.getUnicode());
        }
    }
}

package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a print shop checks before it prints the fixture brochure: text colours, page count, blank pages. */
class BrochurePrintTest {

    static PDDocument doc;

    @BeforeAll
    static void open() throws IOException {
        doc = Loader.loadPDF(BrochureFixture.shared().pdf().toFile());
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    /**
     * Text under 10 pt is pure black (one ink, sharp), or white on a dark fill (the stand badges); never a
     * grey, which prints as a screen of dots that small text does not survive. Larger headings may be navy.
     */
    @Test
    void smallTextIsPureBlack() throws IOException {
        Map<String, TextColours.Use> uses = TextColours.of(doc, 1, doc.getNumberOfPages());
        StringBuilder wrong = new StringBuilder();
        uses.forEach((key, use) -> {
            String colour = key.substring(0, 7);
            double size = Double.parseDouble(key.substring(8));
            boolean ok = colour.equals("#000000") || colour.equals("#ffffff") || (size >= 10 && colour.equals("#000091"));
            if (!ok) {
                wrong.append(key).append(" ×").append(use.glyphs).append(" «").append(use.sample).append("»\n");
            }
        });
        assertTrue(wrong.isEmpty(), () -> "text neither black nor large:\n" + wrong + "all: " + uses.keySet());
    }
}

package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;

/**
 * The « Parlons-en » block of a need whose buyer thinks one operator may not cover the whole need (PARTIAL_COVERAGE's
 * public line) ends on a full last line, not on « du besoin. » alone (designer Y, D8): rendered as on a card, with the
 * brochure's style sheet and typography, its last line is at least a third of its longest.
 */
class BrochureInvitationWidowTest {

    @Test
    void thePartialCoverageInvitationHasNoShortLastLine() throws Exception {
        String css = Files.readString(Path.of("templates/brochure/brochure.css"));
        Messages m = Messages.of("fr");
        String body = "<div class=\"need\"><div class=\"need-body\"><div class=\"invitation\"><p><strong>Parlons-en\u00A0:</strong> "
                + m.get("risk.PARTIAL_COVERAGE.public") + "</p></div></div></div>";
        String html = Typography.fix("<!DOCTYPE html><html lang=\"fr\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\" />"
                + "<title>Parlons-en</title><style>" + css + "</style></head><body><div class=\"part\">" + body + "</div></body></html>", true);
        Path out = Files.createTempFile("vitrine-invitation", ".pdf");
        try {
            new PdfRenderer().render(html, BrochureSample.BASE_URI, BrochureSample.META, out, List.of(), null);
            try (PDDocument d = Loader.loadPDF(out.toFile())) {
                List<double[]> widths = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                for (List<BrochurePolishTest.Glyph> line : BrochurePolishTest.lines(BrochurePolishTest.glyphs(d, 1)).values()) {
                    if (BrochurePolishTest.joined(line).matches("\\d+")) {
                        continue; // the page number
                    }
                    widths.add(new double[] {line.get(0).x(), line.get(line.size() - 1).right()});
                    texts.add(BrochurePolishTest.joined(line));
                }
                int first = -1;
                for (int i = 0; i < texts.size(); i++) {
                    if (texts.get(i).startsWith("Parlons-en")) {
                        first = i;
                    }
                }
                assertTrue(first >= 0 && texts.size() - first >= 2, "the block on more than one line: " + texts);
                double longest = 0;
                for (int i = first; i < texts.size(); i++) {
                    longest = Math.max(longest, widths.get(i)[1] - widths.get(i)[0]);
                }
                double[] last = widths.get(widths.size() - 1);
                assertTrue(last[1] - last[0] >= longest / 3, "a short last line « " + texts.get(texts.size() - 1) + " »: " + texts);
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }
}

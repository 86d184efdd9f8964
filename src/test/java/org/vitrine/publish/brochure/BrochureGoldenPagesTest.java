package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chosen pages of the fixture brochure against their approved images ({@link GoldenPages}): the cover in
 * colour and in grey (it must survive black-and-white printing), the contents, the practical page, the
 * figures, the floor plan, a buyer's page with lots and the live-consultation banner, the index, a notes
 * page and the back cover. Pages are found by their text, so adding a page elsewhere does not shift them.
 */
class BrochureGoldenPagesTest {

    static PDDocument doc;
    static List<String> pages = new ArrayList<>();

    @BeforeAll
    static void open() throws IOException {
        doc = Loader.loadPDF(BrochureFixture.shared().pdf().toFile());
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(BrochureContentTest.flat(stripper.getText(doc)));
        }
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    /**
     * A notes page (ruled, before the back cover), from the French brochure or, when its pages already make a
     * multiple of 4 (each buyer starting a page moved the fixture's count), from the English one.
     */
    @org.junit.jupiter.api.Test
    void notesPageLooksAsApproved() throws Exception {
        // a layout change may bring the fixture's pages to a multiple of 4 (no notes page): then fewer needs, another
        // count, rendered only when the shared fixture's brochures have none
        for (int dropped = 0; dropped <= 3; dropped++) {
            BrochureFixture.Result r = dropped == 0 ? BrochureFixture.shared()
                    : BrochureFixture.render(java.nio.file.Files.createTempDirectory("vitrine-notes"), dropped);
            if (notesPageMatches(r.pdf()) || notesPageMatches(r.pdfEn())) {
                return;
            }
        }
        throw new AssertionError("no notes page in the fixture's brochures");
    }

    /** False when the brochure has no notes page; fails when its first one differs from the approved image. */
    private static boolean notesPageMatches(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                if (stripper.getText(d).strip().equals("Notes")) {
                    GoldenPages.Comparison c = GoldenPages.compare("notes", GoldenPages.render(d, p, ImageType.RGB));
                    assertTrue(c.matches(), c.message());
                    return true;
                }
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "cover        | PRÉVISIONS D’ACHAT       | RGB",
            "cover-gray   | PRÉVISIONS D’ACHAT       | GRAY",
            "contents     | Sommaire Le mot          | RGB",
            "practical    | Informations pratiques Prévisions | RGB",
            "glance       | En un coup d’œil Prévisions | RGB",
            "floor-plan   | Les exposants et le plan du salon Prévisions | RGB",
            "buyer-lots   | Besoin 4 de Région Bourgogne-Vallées | RGB",
            "buyer-live   | Consultation en cours Les offres | RGB",
            "index        | Index par division CPV Prévisions | RGB",
            "back-cover   | Colophon Édition         | RGB",
            "back-event   | Ne pas jeter sur la voie publique | RGB"})
    void pageLooksAsApproved(String name, String startsWithOrContains, ImageType type) throws IOException {
        int page = find(startsWithOrContains.strip());
        GoldenPages.Comparison c = GoldenPages.compare(name, GoldenPages.render(doc, page, type));
        assertTrue(c.matches(), c.message());
    }

    /** The tolerance lets anti-aliasing through and nothing else: a stroke of text, a shifted block fail. */
    @Test
    void theComparisonSeesARealChangeAndNotANoise() throws IOException {
        BufferedImage page = GoldenPages.render(doc, find("Sommaire Le mot"), ImageType.RGB);
        BufferedImage noisy = copy(page);
        for (int x = 0; x < noisy.getWidth(); x += 7) { // a faint change everywhere, as a JDK's rasteriser makes
            noisy.setRGB(x, 10, shift(noisy.getRGB(x, 10), 30));
        }
        assertEquals(0, GoldenPages.differingPixels(page, noisy));
        BufferedImage changed = copy(page);
        Graphics2D g = changed.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(40, 200, 120, 8); // a line of text that was not there
        g.dispose();
        long differing = GoldenPages.differingPixels(page, changed);
        assertTrue(differing > GoldenPages.PIXEL_SHARE * page.getWidth() * page.getHeight(), "differing " + differing);
        assertEquals(-1, GoldenPages.differingPixels(page, new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB)));
    }

    /**
     * Why the tolerance is what it is, on real renders of the practical page: the same page rasterised
     * another way (pure stroke geometry, or the fast rendering path: every glyph and rule edge gets other
     * grey levels, up to a pixel away, as on another JDK or machine) still matches; the page with its lower
     * half moved down by one line of text (11 pt, 8 pixels at 50 dpi) does not, nor by 2 pixels.
     */
    @Test
    void theToleranceIgnoresAntiAliasingAndCatchesABlockMovedByOneLine() throws IOException {
        int p = find("Informations pratiques Prévisions");
        BufferedImage page = GoldenPages.render(doc, p, ImageType.RGB);
        long limit = Math.round(GoldenPages.PIXEL_SHARE * page.getWidth() * page.getHeight());
        for (Object[] hint : new Object[][] {
                {RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE},
                {RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED}}) {
            PDFRenderer renderer = new PDFRenderer(doc);
            RenderingHints hints = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            hints.put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC); // PDFBox's own
            hints.put((RenderingHints.Key) hint[0], hint[1]);
            renderer.setRenderingHints(hints);
            BufferedImage other = renderer.renderImageWithDPI(p - 1, GoldenPages.DPI, ImageType.RGB);
            long changed = changedPixels(page, other);
            long differing = GoldenPages.differingPixels(page, other);
            assertTrue(changed > limit, hint[1] + " changes few pixels: " + changed); // a real difference to ignore
            assertTrue(differing <= limit, hint[1] + ": " + differing + " differing pixels, limit " + limit);
        }
        int line = Math.round(GoldenPages.DPI * 11f / 72f);
        assertEquals(8, line);
        for (int by : new int[] {2, line}) {
            BufferedImage moved = movedDown(page, page.getHeight() / 2, by);
            long differing = GoldenPages.differingPixels(page, moved);
            assertTrue(differing > limit, "lower half moved by " + by + " px: " + differing + ", limit " + limit);
        }
    }

    /** {@code page} with everything below {@code from} moved down by {@code by} pixels (white above it). */
    private static BufferedImage movedDown(BufferedImage page, int from, int by) {
        BufferedImage moved = copy(page);
        Graphics2D g = moved.createGraphics();
        g.drawImage(page.getSubimage(0, from, page.getWidth(), page.getHeight() - from - by), 0, from + by, null);
        g.setColor(Color.WHITE);
        g.fillRect(0, from, page.getWidth(), by);
        g.dispose();
        return moved;
    }

    /** Pixels that differ at all (no tolerance). */
    private static long changedPixels(BufferedImage a, BufferedImage b) {
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                n += a.getRGB(x, y) == b.getRGB(x, y) ? 0 : 1;
            }
        }
        return n;
    }

    private static int find(String text) {
        for (int p = 1; p <= pages.size(); p++) {
            String t = pages.get(p - 1);
            if (t.startsWith(text) || t.contains(" " + text)) {
                return p;
            }
        }
        throw new AssertionError("no page with " + text);
    }

    private static BufferedImage copy(BufferedImage img) {
        BufferedImage c = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        c.getGraphics().drawImage(img, 0, 0, null);
        assertFalse(c.getWidth() == 0);
        return c;
    }

    private static int shift(int rgb, int by) {
        int r = Math.min(255, ((rgb >> 16) & 0xFF) + by);
        return (rgb & 0xFF00FFFF) | (r << 16);
    }
}

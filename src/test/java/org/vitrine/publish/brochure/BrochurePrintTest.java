package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a print shop checks before it prints the fixture brochure: text colours, QR codes read from a 100 dpi scan. */
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

    /**
     * Every QR code reads back from the pages rendered at 100 dpi, as a phone reads a printed page
     * or a scan of it (the review found one code in four lost at 100 dpi with 21 mm codes at level M).
     */
    @Test
    void everyQrCodeDecodesFromAPageAt100Dpi() throws IOException {
        // each need's page (a live consultation's instead), the booking platform, the catalogue's home (back cover)
        Set<String> expected = BrochureContentTest.qrTargets();
        Set<String> read = new TreeSet<>();
        PDFRenderer renderer = new PDFRenderer(doc);
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            BufferedImage page = renderer.renderImageWithDPI(p, 100, ImageType.RGB);
            int[] rgb = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            try {
                for (Result r : new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(page.getWidth(), page.getHeight(), rgb))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
                    read.add(r.getText());
                }
            } catch (NotFoundException e) {
                // a page without a code
            }
        }
        assertEquals(expected, read);
    }

    /**
     * Every QR code is drawn with modules of at least 2.4 pixels at 100 dpi (0.61 mm), the banner's code of a
     * live consultation too. On the example brochure rendered at 100 dpi, zbar read every 26 mm code (2.5 pixels
     * a module) and none of the banners' 18 mm ones (1.9 to 2.15 pixels a module), which zxing still guessed.
     */
    @Test
    void everyQrCodeHasModulesLargeEnoughFor100Dpi() throws IOException {
        List<String> small = new ArrayList<>();
        int codes = 0;
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            for (double[] drawn : qrCodesDrawn(doc.getPage(p))) {
                codes++;
                double modules = drawn[1] / QrCodes.SCALE;
                double pixelsPerModule = drawn[0] / 72 * 100 / modules;
                if (pixelsPerModule < 2.4) {
                    small.add("page " + (p + 1) + ": " + String.format(java.util.Locale.ROOT, "%.2f", pixelsPerModule) + " px a module");
                }
            }
        }
        assertTrue(codes > BrochureFixture.shared().needs().size() / 2, "codes found: " + codes);
        assertTrue(small.isEmpty(), small::toString);
    }

    /**
     * The floor plan prints sharp and readable (designer V: 175 ppi, 5-pt labels): every picture on its page at
     * 300 ppi or more at its printed size, every glyph on the page (stand codes, buyers' short names, legend) at
     * 7 pt or more.
     */
    @Test
    void theFloorPlanPrintsAt300PpiWithLabelsOf7PtOrMore() throws IOException {
        int planPage = -1;
        for (int p = 1; p <= doc.getNumberOfPages() && planPage < 0; p++) {
            PDFTextStripper strip = new PDFTextStripper();
            strip.setStartPage(p);
            strip.setEndPage(p);
            if (strip.getText(doc).contains("Stand d’un acheteur exposant")) {
                planPage = p;
            }
        }
        assertTrue(planPage > 0, "no page with the floor plan's key");
        List<double[]> pictures = imagesDrawn(doc.getPage(planPage - 1), image -> !(image.getColorSpace() instanceof PDIndexed));
        assertEquals(1, pictures.size(), "the plan image, drawn once");
        double ppi = pictures.get(0)[1] / (pictures.get(0)[0] / 72);
        assertTrue(ppi >= PrintImages.PRINT_PPI, "plan printed at " + ppi + " ppi");
        Set<String> small = new TreeSet<>();
        PDFTextStripper sizes = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
                for (TextPosition g : glyphs) {
                    if (g.getFontSizeInPt() < 7 - 1e-3 && !g.getUnicode().isBlank()) {
                        small.add(g.getFontSizeInPt() + " pt «" + text + "»");
                    }
                }
            }
        };
        sizes.setStartPage(planPage);
        sizes.setEndPage(planPage);
        sizes.getText(doc);
        assertTrue(small.isEmpty(), () -> "under 7 pt: " + small);
    }

    /**
     * The cover's logo prints at 300 ppi, never larger (designer W: the examples' 480-pixel logo was drawn 70 mm wide,
     * 174 ppi: the style's box, max-width 70 mm, won over the printed size the template gave; the examples' logo is
     * now 828 pixels wide, its box's 300 ppi).
     */
    @Test
    void theCoverLogoPrintsAt300PpiAtMost() throws IOException {
        List<double[]> pictures = imagesDrawn(doc.getPage(0), image -> !(image.getColorSpace() instanceof PDIndexed));
        assertEquals(1, pictures.size(), "the logo, drawn once on the cover");
        double ppi = pictures.get(0)[1] / (pictures.get(0)[0] / 72);
        assertTrue(ppi >= PrintImages.PRINT_PPI - 0.5, "logo printed at " + ppi + " ppi");
    }

    /**
     * The outside back cover has the organisation's logo too, the cover's (designer X, D8: « Back cover: … no logo »):
     * the same image, drawn at the cover's size and so at 300 ppi, once.
     */
    @Test
    void theBackCoverHasTheCoverLogo() throws IOException {
        List<double[]> cover = imagesDrawn(doc.getPage(0), image -> !(image.getColorSpace() instanceof PDIndexed));
        List<double[]> back = imagesDrawn(doc.getPage(doc.getNumberOfPages() - 1), image -> !(image.getColorSpace() instanceof PDIndexed));
        assertEquals(1, back.size(), "the logo, drawn once on the back cover");
        assertEquals(cover.get(0)[1], back.get(0)[1], "the cover's logo, its pixels");
        assertEquals(cover.get(0)[0], back.get(0)[0], 0.01, "the cover's logo, its printed width");
    }

    /**
     * The cover's logo has a pure white background, no off-white box (designer W, D8: « #FEFEFE, that some RIPs
     * print as a 1 % tint »): the image the PDF draws is the examples' file, DeviceRGB, its background 255/255/255;
     * its letters' anti-aliased edges had 4,537 pixels of #FAFAFA to #FEFEFE, now white. The #FEFEFE box of her
     * 110-dpi pages is the viewer's downscaling of that white (pdftoppm at 300 dpi, the logo's own resolution,
     * shows none).
     */
    @Test
    void theCoverLogoHasAPureWhiteBackground() throws IOException {
        List<BufferedImage> logos = new ArrayList<>();
        imagesDrawn(doc.getPage(0), image -> {
            if (image.getColorSpace() instanceof PDIndexed) {
                return false;
            }
            assertEquals("DeviceRGB", image.getColorSpace().getName(), "the logo's colour space");
            logos.add(image.getImage());
            return true;
        });
        assertEquals(1, logos.size(), "the logo, drawn once on the cover");
        assertEquals(0, offWhite(logos.get(0)), "pixels within 2 % of white in the logo");
        // The check finds a box of #FEFEFE behind the artwork (as she described it).
        BufferedImage boxed = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 60; x++) {
                boxed.setRGB(x, y, x > 25 && x < 35 && y > 10 && y < 20 ? 0x000091 : x > 5 && x < 55 && y > 3 && y < 27 ? 0xFEFEFE : 0xFFFFFF);
            }
        }
        assertTrue(offWhite(boxed) > 500, "a #FEFEFE box is found");
    }

    /**
     * Pixels of {@code image} within 2 % of white but not white (#FAFAFA to #FEFEFE): a tint a RIP may print as a
     * faint box or dots, never ink a designer asked for.
     */
    static long offWhite(BufferedImage image) {
        long found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = image.getRGB(x, y) & 0xFFFFFF;
                if (v != 0xFFFFFF && ((v >> 16) & 255) >= 0xFA && ((v >> 8) & 255) >= 0xFA && (v & 255) >= 0xFA) {
                    found++;
                }
            }
        }
        return found;
    }

    /** The QR codes (palette images) a page draws: their drawn width in points and their width in pixels. */
    private static List<double[]> qrCodesDrawn(PDPage page) throws IOException {
        return imagesDrawn(page, image -> image.getColorSpace() instanceof PDIndexed && image.getWidth() == image.getHeight());
    }

    private interface Which {
        boolean test(PDImage image) throws IOException;
    }

    /** The images a page draws that {@code which} accepts: their drawn width in points and their width in pixels. */
    private static List<double[]> imagesDrawn(PDPage page, Which which) throws IOException {
        List<double[]> found = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            @Override
            public void drawImage(PDImage image) throws IOException {
                if (which.test(image)) {
                    found.add(new double[] {getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX(), image.getWidth()});
                }
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void moveTo(float x, float y) {
            }

            @Override
            public void lineTo(float x, float y) {
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            }

            @Override
            public Point2D getCurrentPoint() {
                return new Point2D.Float();
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
            }

            @Override
            public void strokePath() {
            }

            @Override
            public void fillPath(int windingRule) {
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }
        }.processPage(page);
        return found;
    }
}

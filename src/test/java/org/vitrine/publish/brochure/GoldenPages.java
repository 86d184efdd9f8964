package org.vitrine.publish.brochure;

import com.openhtmltopdf.pdfboxout.visualtester.PdfVisualTester;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Golden pages, as openhtmltopdf's own visual tests do: a page rendered to PNG is compared with its
 * approved image in {@code src/test/resources/golden/brochure/}, with a tolerance (anti-aliasing moves
 * edges by up to a pixel between JDKs and machines; a moved block, a new line or a lost border does not
 * pass: {@link #differingPixels}).
 * On a difference the actual page and a diff image (openhtmltopdf's: red where the approved page had
 * ink, green where the new one has) are written to {@code target/golden/brochure/}; a page is approved
 * by copying its actual image over the golden one.
 */
final class GoldenPages {

    static final Path GOLDEN = Path.of("src/test/resources/golden/brochure");
    static final Path OUT = Path.of("target/golden/brochure");
    /** Resolution of the golden images: enough to see a layout change, small enough to keep in git. */
    static final float DPI = 50;
    /** A pixel differs when one of its channels moves by more than this (of 255). */
    static final int CHANNEL_TOLERANCE = 64;
    /** A page differs when more than this share of its pixels differ. */
    static final double PIXEL_SHARE = 0.002;

    private GoldenPages() {
    }

    /** The result of one comparison: differing pixels, out of all, and what to do. */
    record Comparison(String name, long differing, long total, String message) {
        boolean matches() {
            return message == null;
        }
    }

    static BufferedImage render(PDDocument doc, int page, ImageType type) throws IOException {
        return new PDFRenderer(doc).renderImageWithDPI(page - 1, DPI, type);
    }

    /** Compares {@code actual} with the golden image {@code name}.png; writes actual and diff when they differ. */
    static Comparison compare(String name, BufferedImage actual) throws IOException {
        Path golden = GOLDEN.resolve(name + ".png");
        Files.createDirectories(OUT);
        Path actualFile = OUT.resolve(name + ".actual.png");
        String approve = "to approve it: cp " + actualFile + " " + golden;
        if (!Files.exists(golden)) {
            ImageIO.write(actual, "png", actualFile.toFile());
            return new Comparison(name, -1, -1, "no golden page " + golden + " — look at " + actualFile + ", then " + approve);
        }
        BufferedImage expected = ImageIO.read(golden.toFile());
        long differing = differingPixels(expected, actual);
        long total = (long) expected.getWidth() * expected.getHeight();
        if (differing >= 0 && differing <= PIXEL_SHARE * total) {
            return new Comparison(name, differing, total, null);
        }
        ImageIO.write(actual, "png", actualFile.toFile());
        Path diff = OUT.resolve(name + ".diff.png");
        ImageIO.write(PdfVisualTester.createDiffImage(expected, actual), "png", diff.toFile());
        String size = differing < 0 ? "page size changed" : differing + " of " + total + " pixels differ";
        return new Comparison(name, differing, total, name + ": " + size + " — see " + diff + "; if the change is wanted, " + approve);
    }

    /**
     * Pixels of either image with no pixel of the other, at the same place or one pixel around it, within
     * the channel tolerance; -1 when the sizes differ. The one-pixel reach is what lets anti-aliasing and
     * stroke adjustment through (they move an edge's grey levels by up to a pixel: up to 0.4 % of a page
     * at 50 dpi, more than the share allowed, when compared pixel for pixel); a block moved by a line of
     * text (8 pixels) or more, a new line or a lost border still differ (BrochureGoldenPagesTest).
     */
    static long differingPixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return -1;
        }
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (!nearMatch(a.getRGB(x, y), b, x, y) || !nearMatch(b.getRGB(x, y), a, x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Whether {@code img} has a pixel close to {@code rgb} at (x, y) or one of its eight neighbours. */
    private static boolean nearMatch(int rgb, BufferedImage img, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int u = x + dx;
                int v = y + dy;
                if (u >= 0 && v >= 0 && u < img.getWidth() && v < img.getHeight() && close(rgb, img.getRGB(u, v))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean close(int p, int q) {
        return Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)) <= CHANNEL_TOLERANCE
                && Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF)) <= CHANNEL_TOLERANCE
                && Math.abs((p & 0xFF) - (q & 0xFF)) <= CHANNEL_TOLERANCE;
    }
}

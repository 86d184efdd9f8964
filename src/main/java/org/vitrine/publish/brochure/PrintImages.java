package org.vitrine.publish.brochure;

import java.nio.file.Path;
import java.util.Locale;
import org.vitrine.messages.Messages;

/**
 * Where the brochure places its two pictures, the organisation's logo (cover) and the floor plan, and the
 * resolution they print at there: a print shop asks for 300 pixels per inch at the printed size, and a
 * picture below that prints soft (a 480-pixel logo on 70 mm: 175 ppi, the examples' is 828 pixels; their plan is drawn 2,400 pixels
 * wide for 350 ppi on 174 mm, examples/brochure-assets/floor-plan.py).
 * <ul>
 * <li>the logo is placed no larger than 300 ppi allows, within its box on the cover (70 × 24 mm): the cover keeps
 * its layout, with a smaller sharp logo rather than a large soft one;</li>
 * <li>the floor plan keeps the text width ({@link FloorPlan#MAX_WIDTH_MM} × {@link FloorPlan#MAX_HEIGHT_MM}):
 * its stands carry 7-pt labels that would no longer fit boxes shrunk to 300 ppi of a small image (a 1,200-pixel
 * plan's 77-pixel stands would be 6.5 mm wide); the run warns instead, naming the file, its pixels, the placed size and the pixels to supply.</li>
 * </ul>
 */
public final class PrintImages {

    /** The resolution a print shop asks for at the printed size. */
    public static final double PRINT_PPI = 300;
    /** The logo's box on the cover (brochure.css, .cover-logo). */
    static final double LOGO_MAX_WIDTH_MM = 70;
    static final double LOGO_MAX_HEIGHT_MM = 24;

    private PrintImages() {
    }

    /** A picture as placed: its config key, file, pixels and printed size. */
    public record Placed(String key, Path file, int widthPx, int heightPx, double widthMm, double heightMm) {

        /** Pixels per inch at the printed size (the same across and down: the aspect is kept). */
        public double ppi() {
            return widthPx * 25.4 / widthMm;
        }

        /** Below 300 ppi (to the nearest unit). */
        public boolean soft() {
            return Math.round(ppi()) < PRINT_PPI;
        }

        /** The printed width as a CSS length. */
        public String width() {
            return mm(widthMm);
        }

        public String height() {
            return mm(heightMm);
        }

        /** The pixels a file needs across for 300 ppi at this size. */
        public int neededWidthPx() {
            return (int) Math.ceil(widthMm / 25.4 * PRINT_PPI - 1e-9);
        }

        public int neededHeightPx() {
            return (int) Math.ceil(heightMm / 25.4 * PRINT_PPI - 1e-9);
        }
    }

    /** The logo as the cover places it, or null without a readable image. */
    public static Placed logo(Path file) {
        int[] px = FloorPlan.pixelSize(file);
        if (px == null || px[0] <= 0 || px[1] <= 0) {
            return null;
        }
        double w = Math.min(logoBoxWidthMm(px[0], px[1]), px[0] * 25.4 / PRINT_PPI); // never larger than 300 ppi allows
        return new Placed("organisation.logo", file, px[0], px[1], w, w * px[1] / px[0]);
    }

    /** The width of the logo's box on the cover (70 × 24 mm) at the image's proportions. */
    private static double logoBoxWidthMm(int widthPx, int heightPx) {
        return Math.min(LOGO_MAX_WIDTH_MM, LOGO_MAX_HEIGHT_MM * widthPx / heightPx);
    }

    /**
     * What the run tells staff when the logo is too small for its box on the cover (70 × 24 mm): printed no larger
     * than 300 ppi allows, it comes out smaller than the cover's design (designer W); the pixels for the full box.
     * Null when it fills its box, or without a readable image.
     */
    public static String logoWarning(Path file, Messages messages) {
        Placed placed = logo(file);
        if (placed == null) {
            return null;
        }
        double boxWidth = logoBoxWidthMm(placed.widthPx(), placed.heightPx());
        if (placed.widthMm() >= boxWidth - 0.5) {
            return null;
        }
        Placed box = new Placed(placed.key(), file, placed.widthPx(), placed.heightPx(), boxWidth,
                boxWidth * placed.heightPx() / placed.widthPx());
        return messages.get("bro.image.logo_small", file.getFileName().toString(), placed.widthPx(), placed.heightPx(),
                mmText(placed.widthMm(), messages), mmText(placed.heightMm(), messages), mmText(box.widthMm(), messages),
                mmText(box.heightMm(), messages), (int) Math.round(box.ppi()), box.neededWidthPx(), box.neededHeightPx(), placed.key());
    }

    /** The floor plan image as the exhibitors' page places it (with its stands or alone), or null. */
    public static Placed floorPlan(Path file) {
        int[] px = FloorPlan.pixelSize(file);
        if (px == null || px[0] <= 0 || px[1] <= 0) {
            return null;
        }
        double scale = FloorPlan.scale(px);
        return new Placed("event.floorPlan", file, px[0], px[1], px[0] * scale, px[1] * scale);
    }

    /** What the run tells staff about a picture below 300 ppi where it is printed, or null when it is sharp. */
    public static String warning(Placed p, Messages messages) {
        if (p == null || !p.soft()) {
            return null;
        }
        return messages.get("bro.image.soft", p.file().getFileName().toString(), p.widthPx(), p.heightPx(),
                mmText(p.widthMm(), messages), mmText(p.heightMm(), messages), (int) Math.round(p.ppi()),
                p.neededWidthPx(), p.neededHeightPx(), p.key());
    }

    private static String mmText(double v, Messages messages) {
        return String.format(messages.locale(), "%.0f", v);
    }

    private static String mm(double v) {
        return String.format(Locale.ROOT, "%.2fmm", v);
    }
}

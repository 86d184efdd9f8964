package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.messages.Messages;

/** The last designer's point 3: the logo and the floor plan printed at about 175 ppi, with nobody told. */
class PrintImagesTest {

    @TempDir
    Path dir;

    private Path png(String name, int w, int h) throws IOException {
        Path f = dir.resolve(name);
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", f.toFile());
        return f;
    }

    /** The examples' 480 × 160 logo filled its 70 mm box at 174 ppi: now placed at 300 ppi, 40.6 mm wide, sharp. */
    @Test
    void theLogoIsPlacedNoLargerThan300Ppi() throws IOException {
        PrintImages.Placed logo = PrintImages.logo(png("logo.png", 480, 160));
        assertEquals(40.64, logo.widthMm(), 0.01);
        assertEquals(13.55, logo.heightMm(), 0.01);
        assertEquals(300, logo.ppi(), 0.01);
        assertFalse(logo.soft());
        assertNull(PrintImages.warning(logo, Messages.of("fr")));
        // but smaller than the cover's 70 mm box: the run says so, with the pixels for the box (designer W)
        String w = PrintImages.logoWarning(logo.file(), Messages.of("fr"));
        for (String part : new String[] {"logo.png (480 × 160 pixels)", "41 × 14 mm", "70 × 23 mm", "174 ppp",
                "au moins 827 × 276 pixels", "organisation.logo de config/vitrine.yaml"}) {
            assertTrue(w != null && w.replace('\u00A0', ' ').replace('\u202F', ' ').contains(part), part + " in " + w);
        }
        // a large logo keeps its box on the cover (70 × 24 mm), at more than 300 ppi
        PrintImages.Placed big = PrintImages.logo(png("big.png", 3000, 1000));
        assertEquals(70, big.widthMm(), 0.01);
        assertTrue(big.ppi() > 1000);
        assertNull(PrintImages.logoWarning(big.file(), Messages.of("fr")));
    }

    /** The examples' 1,200 × 700 plan takes the text width (174 mm) at 175 ppi: its stands need it; the run warns. */
    @Test
    void aSoftFloorPlanIsToldWithWhatToSupply() throws IOException {
        PrintImages.Placed plan = PrintImages.floorPlan(png("floor-plan.png", 1200, 700));
        assertEquals(174, plan.widthMm(), 0.01);
        assertEquals(101.5, plan.heightMm(), 0.01);
        assertEquals(175, Math.round(plan.ppi()));
        assertTrue(plan.soft());
        assertEquals(2056, plan.neededWidthPx());
        assertEquals(1199, plan.neededHeightPx());
        String w = PrintImages.warning(plan, Messages.of("fr"));
        for (String part : new String[] {"floor-plan.png (1\u202F200 × 700 pixels)", "174 × 102 mm", "175 ppp",
                "au moins 2\u202F056 × 1\u202F199 pixels", "event.floorPlan de config/vitrine.yaml"}) {
            assertTrue(w.replace('\u00A0', '\u202F').contains(part), part + " in " + w);
        }
        // at 300 ppi no word
        assertNull(PrintImages.warning(PrintImages.floorPlan(png("sharp.png", 2056, 1200)), Messages.of("fr")));
    }
}

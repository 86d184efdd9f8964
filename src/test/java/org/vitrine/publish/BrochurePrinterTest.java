package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vitrine.config.VitrineConfig;
import org.vitrine.messages.Messages;

/** The colophon's printer line: a printer configured is printed; nothing, blank or the old sample prints no line. */
class BrochurePrinterTest {

    private static String printer(String value) {
        return Brochure.printer(new VitrineConfig.Brochure(true, null, null, value, null), Messages.of("fr"));
    }

    @Test
    void aConfiguredPrinterIsPrinted() {
        assertEquals("Imprimerie Martin, 4 rue de l’Industrie, 71100 Chalon-sur-Saône",
                printer("  Imprimerie Martin, 4 rue de l’Industrie, 71100 Chalon-sur-Saône "));
    }

    @Test
    void noPrinterNoLine() {
        assertNull(printer(null));
        assertNull(printer("  "));
        assertNull(Brochure.printer(null, Messages.of("fr")));
    }

    /** The sample of earlier shipped configs is a placeholder: never printed (the run warns about it). */
    @Test
    void theOldSampleIsNotPrinted() {
        assertNull(printer(Messages.of("fr").get("bro.printer.sample")));
        assertNull(printer("imprimerie exemple, 12 rue des presses, 69007 lyon"));
    }

    /** No printer configured: the run warns staff (console and run report) what to fill in, in French. */
    @Test
    void noPrinterWarnsTheStaff() {
        Messages fr = Messages.of("fr");
        for (String none : new String[] {null, " "}) {
            String w = Brochure.printerWarning(new VitrineConfig.Brochure(true, null, null, none, null), fr);
            assertTrue(w != null && w.contains("indiquez l’imprimeur dans config/vitrine.yaml avant de faire imprimer la brochure"), w);
        }
        assertTrue(Brochure.printerWarning(null, fr).contains("indiquez l’imprimeur"));
        assertTrue(Brochure.printerWarning(new VitrineConfig.Brochure(true, null, null, fr.get("bro.printer.sample"), null), fr)
                .contains("encore celui de l’exemple"));
        assertNull(Brochure.printerWarning(new VitrineConfig.Brochure(true, null, null, "Imprimerie Martin, Chalon", null), fr));
    }
}

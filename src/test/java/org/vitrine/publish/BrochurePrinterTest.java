package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}

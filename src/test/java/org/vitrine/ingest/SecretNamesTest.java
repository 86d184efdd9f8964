package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A source file's name with the configured secrets masked, the rest of the name kept. */
class SecretNamesTest {

    /**
     * A secret read with the spaces or line end around it (« TOKEN=' Tk9xQ27mZp\n' ») is the stripped token, as the
     * cells' and the publication's guards read it (review R8): the name kept its parts but for the token; it was masked
     * whole, the literal look-up holding the spaces.
     */
    @Test
    void aSecretWithSpacesAroundIsMaskedInTheName() {
        SecretNames names = SecretNames.of(List.of(" Tk9xQ27mZp\n"));
        assertEquals("export-******-2027.xlsx", names.masked("export-Tk9xQ27mZp-2027.xlsx"));
        assertEquals("budget-2027.xlsx", names.masked("budget-2027.xlsx"));
    }

    /** A secret shorter than TokenEcho.MIN_TOKEN once stripped is not looked for, as in the cells. */
    @Test
    void aSecretTooShortOnceStrippedIsNotLookedFor() {
        assertEquals("ab-2027.xlsx", SecretNames.of(List.of("  ab  ")).masked("ab-2027.xlsx"));
    }
}

package org.vitrine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An internal memo's reference is not for suppliers (supplier W: « Procédure spécifique (note DAJ 2026-14) »); the
 * rest of the buyer's words on its procedure, legal references included, are.
 */
class InternalReferencesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Procédure spécifique (note DAJ 2026-14)|Procédure spécifique",
        "Procédure spécifique, selon la note DAJ 2026-14|Procédure spécifique",
        "Procédure spécifique — mémo du 3 mars 2026|Procédure spécifique",
        "Marché négocié (réf. interne 12-B) sans publicité|Marché négocié sans publicité",
        "Procédure adaptée [courriel DCP du 12/10]|Procédure adaptée",
        "Dispense (L2512-5 10°)|Dispense (L2512-5 10°)",
        "Procédure spécifique (R2123-1 3°)|Procédure spécifique (R2123-1 3°)",
        "Après délibération du 12 mars 2026|Après délibération du 12 mars 2026",
        "Accord-cadre notable|Accord-cadre notable",
    })
    void cutsTheMemoKeepsTheRest(String note, String published) {
        assertEquals(published, InternalReferences.removed(note));
    }

    @ParameterizedTest
    @ValueSource(strings = {"note DAJ 2026-14", "(note DAJ 2026-14)", "Note interne n° 14", " — mémo 2026-3"})
    void aRemarkThatIsOnlyAMemoIsNotPublished(String note) {
        assertNull(InternalReferences.removed(note));
    }
}

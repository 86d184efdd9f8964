package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.risk.Exclusions;

/** The words of a procedure cell that names no procedure Vitrine knows are the buyer's, kept as the need's note. */
class ProcedureNoteTest {

    private static Need need(String procedure) throws Exception {
        return Rows.normalise(Rows.run(), Map.of("procedure", procedure)).need();
    }

    @Test
    void anInHouseContractKeepsItsArticleAndIsOutsideTheCode() throws Exception {
        // lawyer H, SMEP-27-15: « other » alone lost the article, and a no-lots flag followed
        Need n = need("Quasi-régie (L2511-1) — SPL Eau des Coteaux");
        assertEquals("other", n.procedure());
        assertEquals("Quasi-régie (L2511-1) — SPL Eau des Coteaux", n.notes().get("procedure"));
        assertTrue(Exclusions.outsideCode(n));
    }

    @Test
    void aKnownProcedureKeepsOnlyTheWordsAroundIt() throws Exception {
        Need n = need("Appel d'offres ouvert (voir DCE)");
        assertEquals("open", n.procedure());
        assertEquals("voir DCE", n.notes().get("procedure"));
        assertFalse(Exclusions.outsideCode(n));
    }
}

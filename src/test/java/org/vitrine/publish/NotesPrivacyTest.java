package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.context.Run;
import org.vitrine.model.Need;
import org.vitrine.normalise.Normaliser;
import org.vitrine.normalise.Rows;

/**
 * Outside attacker (issue 16): the words around a value read from a structured cell are published as the need's
 * notes, and they were neither cleaned of contacts (« 36 (voir jdupont@ville.fr) ») nor read for a stamp
 * (« 120 000 € (confidentiel) »); an e-mail in the reference named the need's page.
 */
class NotesPrivacyTest {

    private static Run run() throws Exception {
        return Rows.run();
    }

    private static Normaliser.Result normalise(Run run, String column, String value) {
        return Rows.normalise(run, Map.of(column, value));
    }

    @Test
    void aContactWrittenBesideAStructuredValueIsNotPublished() throws Exception {
        Run run = run();
        for (String[] c : new String[][] {{"duration_months", "36 (voir jdupont.d03@ville.fr)"},
                {"firmness", "probable, voir 06 12 34 56 08"}, {"amount", "120 000 € (jdupont.d05@ville.fr)"}}) {
            Normaliser.Result r = normalise(run, c[0], c[1]);
            Need n = r.need();
            assertNotNull(n, c[0] + " " + r.rejects());
            assertFalse(n.notes().isEmpty(), c[0] + ": the words are kept internally " + n.notes());
            for (PublicView.Use use : PublicView.Use.values()) {
                Need p = PublicView.of(List.of(n), run.config(), use, run.messages()).get(0);
                String notes = String.valueOf(p.notes());
                assertFalse(notes.contains("jdupont") || notes.contains("06 12 34 56 08"), use + " " + c[0] + ": " + notes);
            }
        }
    }

    @Test
    void aStampWrittenBesideAStructuredValueHoldsTheNeedBack() throws Exception {
        Run run = run();
        for (String[] c : new String[][] {{"amount", "120 000 € (confidentiel)"}, {"duration_months", "36 mois – ne pas diffuser"},
                {"firmness", "ferme – CONFIDENTIEL"}, {"lots", "2 (Lot 2 : CONFIDENTIEL)"}}) {
            Need n = normalise(run, c[0], c[1]).need();
            assertNotNull(n, c[0]);
            assertEquals("confidential", n.visibility(), c[0] + " " + c[1] + " " + n.notes());
        }
        // words that qualify the value stay public
        Need plain = normalise(run, "duration_months", "36 mois (reconductible)").need();
        assertEquals("public", plain.visibility(), String.valueOf(plain.notes()));
    }

    @Test
    void aReferenceHoldingAnAddressDoesNotNameThePage() throws Exception {
        Need n = normalise(run(), "reference", "jdupont.c63@ville.fr").need();
        assertNotNull(n);
        assertFalse(n.id().contains("jdupont") || n.id().contains("ville-fr"), n.id());
    }
}

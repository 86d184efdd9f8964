package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;

/** A renewal cell with a count (« oui 2 fois », officer Z's ville-dijon D02) keeps its yes and its words. */
class RenewalCountTest {

    @Test
    void aCountBesideYesIsKeptAsTheBuyersWordsAndTheBuyerToldHowToMakeItCount() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(), Map.of("renewal", "oui 2 fois", "duration_months", "36"));
        Need n = r.need();
        assertEquals(Boolean.TRUE, n.renewal());
        assertEquals("2 fois", n.notes().get("renewal"));
        assertEquals(36, n.durationMonths()); // not guessed: 36 may be the firm period or the whole
        var w = r.warnings().stream().filter(x -> x.value().equals("oui 2 fois")).findFirst().orElseThrow();
        assertTrue(w.reason().contains("2 reconductions"), w.reason());
        assertTrue(w.fix().contains("12 + 2 x 12"), w.fix());
    }

    @Test
    void aCountTheDurationAlreadyGivesAddsNothing() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(),
                Map.of("renewal", "reconductible 3 fois", "duration_months", "12 mois reconductible 3 fois"));
        assertEquals(Boolean.TRUE, r.need().renewal());
        assertEquals(48, r.need().durationMonths());
        assertTrue(r.need().notes().get("renewal") == null);
        assertTrue(r.warnings().stream().noneMatch(x -> x.value().contains("reconductible")), r.warnings().toString());
    }

    @Test
    void aCountTheDurationContradictsIsKeptAndSaid() throws Exception {
        Normaliser.Result r = Rows.normalise(Rows.run(),
                Map.of("renewal", "2 reconductions", "duration_months", "12 + 3 x 12"));
        assertEquals("2 reconductions", r.need().notes().get("renewal"));
        assertEquals(48, r.need().durationMonths());
        assertTrue(r.warnings().stream().anyMatch(x -> x.reason().contains("en donne 3")), r.warnings().toString());
    }

    @Test
    void noIsNo() throws Exception {
        Need n = Rows.normalise(Rows.run(), Map.of("renewal", "non")).need();
        assertEquals(Boolean.FALSE, n.renewal());
        assertTrue(n.notes().isEmpty());
    }
}

package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.RuleRun.fr;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;
import org.vitrine.model.RiskFlag;

class NotAllottedTest {

    private final RuleRun run = RuleRun.of(new NotAllotted());

    @Test
    void overTheEuThresholdWithoutLotsInvitesToCheckDivision() {
        RiskFlag f = run.one(need().kind("local").amount(300_000).lots(null).build());
        assertEquals("medium", f.severity());
        String m = f.message();
        assertTrue(m.contains(fr("300 000")) && m.contains(fr("216 000")) && m.contains("sans nombre de lots indiqué")
                && m.contains("Vérifiez si le besoin peut être divisé en lots"), m);
        String en = RuleRun.of(new NotAllotted()).lang("en").message(need().kind("local").amount(300_000).lots(1).build());
        assertTrue(en.contains("300,000") && en.contains("216,000") && en.contains("in a single lot")
                && en.contains("divided into lots"), en);
    }

    @Test
    void oneLotIsFlaggedTwoAreNot() {
        assertTrue(run.message(need().kind("local").amount(300_000).lots(1).build()).contains("en un seul lot"));
        assertEquals(0, run.on(need().kind("local").amount(300_000).lots(2).build()).size());
    }

    @Test
    void atTheThresholdCountsOneEuroUnderDoesNot() {
        assertEquals(1, run.on(need().kind("local").amount(216_000).build()).size());
        assertEquals(0, run.on(need().kind("local").amount(215_999).build()).size());
    }

    @Test
    void bothBuyerKinds() {
        assertTrue(run.message(need().kind("central").amount(140_000).build()).contains(fr("140 000")));
        assertEquals(0, run.on(need().kind("local").amount(140_000).build()).size());
        assertEquals(0, run.on(need().kind("central").amount(139_999).build()).size());
    }

    @Test
    void worksThreshold() {
        String m = run.message(need().kind("central").category("works").amount(6_000_000).build());
        assertTrue(m.contains("pour les travaux") && m.contains(fr("5 404 000")), m);
        assertEquals(0, run.on(need().kind("local").category("works").amount(5_403_999).build()).size());
    }

    @Test
    void aRangeWhoseHighEndReachesTheThresholdMayReachIt() {
        String m = run.message(need().kind("local").range(150_000L, 250_000L).build());
        assertTrue(m.contains("pouvant atteindre le seuil") && m.contains(fr("150 000") + " – " + fr("250 000")), m);
        String en = RuleRun.of(new NotAllotted()).lang("en").message(need().kind("local").range(150_000L, 250_000L).build());
        assertTrue(en.contains("which may reach the EU threshold"), en);
        assertTrue(run.message(need().kind("local").amount(300_000).build()).contains("au moins égal au seuil"));
    }

    @Test
    void aCeilingAtTheThresholdIsUnderIt() {
        assertEquals(0, run.on(need().kind("local").range(0L, 216_000L).build()).size());
    }

    @Test
    void anOpenEndedAmountOverTheThresholdIsFlagged() {
        assertTrue(run.message(need().kind("local").range(1_000_000L, null).build()).contains("> " + fr("1 000 000")));
    }

    @Test
    void noAmountIsNotFlagged() {
        assertEquals(0, run.on(need().noAmount().build()).size());
    }

    @Test
    void severityComesFromTheSettingsAndClosedRoutesAreSkipped() {
        assertEquals("low", RuleRun.of(new NotAllotted()).set("severity", "low").one(need().amount(300_000).build()).severity());
        assertTrue(new NotAllotted().openOpportunitiesOnly());
    }
}

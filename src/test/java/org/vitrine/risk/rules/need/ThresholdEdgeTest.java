package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.RuleRun.fr;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;
import org.vitrine.model.RiskFlag;

/** EU thresholds 2026-2027: supplies and services 140 000 € central, 216 000 € local; works 5 404 000 €. */
class ThresholdEdgeTest {

    private final RuleRun run = RuleRun.of(new ThresholdEdge());

    @Test
    void justUnderTheLocalEuThresholdStatesThresholdTotalAndDistance() {
        RiskFlag f = run.one(need().kind("local").category("supplies").amount(200_000).build());
        assertEquals("medium", f.severity());
        String m = f.message();
        assertTrue(m.contains("seuil européen des procédures formalisées pour une collectivité"), m);
        assertTrue(m.contains(fr("216 000")) && m.contains(fr("200 000")) && m.contains(fr("16 000")) && m.contains("7,4"), m);
        assertFalse(m.contains("derniers publiés"), m);
        String en = RuleRun.of(new ThresholdEdge()).lang("en").message(need().kind("local").category("supplies").amount(200_000).build());
        assertTrue(en.contains("for a local authority") && en.contains("216,000") && en.contains("200,000")
                && en.contains("16,000") && en.contains("7.4%"), en);
    }

    @Test
    void atTheThresholdIsNotJustUnder() {
        assertEquals(0, run.on(need().kind("local").amount(216_000).build()).size());
        assertEquals(1, run.on(need().kind("local").amount(215_999).build()).size());
    }

    @Test
    void theMarginIsTenPercentBelow() {
        // 216 000 × 0.9 = 194 400
        assertEquals(1, run.on(need().kind("local").amount(194_400).build()).size());
        assertEquals(0, run.on(need().kind("local").amount(194_399).build()).size());
    }

    @Test
    void centralGovernmentHasItsOwnThreshold() {
        String m = run.message(need().kind("central").amount(130_000).build());
        assertTrue(m.contains("services de l’État") && m.contains(fr("140 000")) && m.contains(fr("10 000")), m);
        assertEquals(0, run.on(need().kind("local").amount(130_000).build()).size(), "40 % under the local threshold");
        assertEquals(0, run.on(need().kind("central").amount(140_000).build()).size());
        assertEquals(1, run.on(need().kind("local").amount(200_000).build()).size());
        assertEquals(0, run.on(need().kind("central").amount(200_000).build()).size(), "well over 140 000");
    }

    @Test
    void worksUseTheSameThresholdForBothKinds() {
        for (String kind : new String[] {"central", "local"}) {
            String m = run.message(need().kind(kind).category("works").amount(5_000_000).build());
            assertTrue(m.contains("pour les travaux") && m.contains(fr("5 404 000")) && m.contains(fr("404 000")), m);
            assertEquals(0, run.on(need().kind(kind).category("works").amount(5_404_000).build()).size());
        }
    }

    @Test
    void justUnderTheFrenchDispenseThreshold() {
        String m = run.message(need().amount(55_000).build());
        assertTrue(m.contains("seuil de dispense de publicité") && m.contains(fr("60 000")) && m.contains(fr("5 000")), m);
        String en = RuleRun.of(new ThresholdEdge()).lang("en").message(need().amount(55_000).build());
        assertTrue(en.contains("without advertising or competition") && en.contains("60,000"), en);
        assertEquals(0, run.on(need().amount(60_000).build()).size());
    }

    @Test
    void aRangeThatStraddlesTheThreshold() {
        RiskFlag f = run.one(need().kind("local").range(150_000L, 250_000L).build());
        assertTrue(f.message().contains("encadre") && f.message().contains(fr("150 000")) && f.message().contains(fr("250 000"))
                && f.message().contains(fr("216 000")), f.message());
        String en = RuleRun.of(new ThresholdEdge()).lang("en").message(need().kind("local").range(150_000L, 250_000L).build());
        assertTrue(en.contains("spans") && en.contains("150,000") && en.contains("216,000"), en);
        assertEquals(1, run.on(need().kind("local").range(150_000L, 216_000L).build()).size(), "high reaches the threshold");
        assertEquals(0, run.on(need().kind("local").range(216_000L, 300_000L).build()).size(), "wholly at or over");
    }

    @Test
    void anOpenEndedAmountStraddlesAThresholdOverItsMinimum() {
        assertTrue(run.message(need().kind("local").range(200_000L, null).build()).contains("encadre"));
        assertEquals(0, run.on(need().kind("local").range(1_000_000L, null).build()).size());
    }

    @Test
    void aCeilingIsStrictlyUnderItsFigure() {
        // « < 216 000 » is under the EU threshold, but may or may not be under the dispense one
        String m = run.message(need().kind("local").range(0L, 216_000L).build());
        assertTrue(m.contains("encadre le seuil de dispense") && m.contains("< " + fr("216 000")), m);
        assertEquals(0, run.on(need().range(0L, 60_000L).build()).size(), "« < 60 000 »");
        assertTrue(run.message(need().kind("local").range(0L, 250_000L).build()).contains("encadre"));
    }

    @Test
    void comparesTheTotalOverTheWholeDuration() {
        // 50 000 a year for 4 years
        String m = run.message(need().kind("local").amount(50_000).annual().durationMonths(48).build());
        assertTrue(m.contains(fr("200 000")) && m.contains(fr("216 000")), m);
    }

    @Test
    void saysSoWhenTheLatestPublishedThresholdsAreUsed() {
        String m = run.message(need().kind("local").amount(200_000).launch(month(2028, 3)).build());
        assertTrue(m.contains("les derniers publiés"), m);
        String en = RuleRun.of(new ThresholdEdge()).lang("en").message(need().kind("local").amount(200_000).launch(month(2028, 3)).build());
        assertTrue(en.contains("the latest published"), en);
    }

    @Test
    void anUnknownBuyerKindIsReadAsLocal() {
        assertTrue(run.message(need().kind(null).amount(200_000).build()).contains(fr("216 000")));
    }

    @Test
    void noAmountIsNotFlagged() {
        assertEquals(0, run.on(need().noAmount().build()).size());
    }

    @Test
    void marginAndSeverityComeFromTheSettings() {
        RuleRun narrow = RuleRun.of(new ThresholdEdge()).set("marginPercent", 5).set("severity", "high");
        assertEquals(0, narrow.on(need().kind("local").amount(200_000).build()).size(), "7.4 % under");
        assertEquals("high", narrow.one(need().kind("local").amount(210_000).build()).severity());
    }

    @Test
    void skipsClosedRoutes() {
        assertTrue(new ThresholdEdge().openOpportunitiesOnly());
    }
}

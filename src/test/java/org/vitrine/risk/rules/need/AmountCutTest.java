package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.RuleRun.fr;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;

class AmountCutTest {

    private static Need local(long amount) {
        return need().kind("local").amount(amount).build();
    }

    private static Need central(long amount) {
        return need().kind("central").amount(amount).build();
    }

    @Test
    void fromOverTheThresholdToJustUnderIt() {
        RiskFlag f = RuleRun.of(new AmountCut()).previous(local(250_000)).one(local(210_000));
        assertEquals("medium", f.severity());
        String m = f.message();
        assertTrue(m.contains(fr("250 000")) && m.contains(fr("210 000")) && m.contains(fr("216 000")) && m.contains(fr("6 000"))
                && m.contains("2,8") && m.contains("édition précédente"), m);
        String en = RuleRun.of(new AmountCut()).lang("en").previous(local(250_000)).message(local(210_000));
        assertTrue(en.contains("250,000") && en.contains("210,000") && en.contains("216,000") && en.contains("6,000")
                && en.contains("2.8%") && en.contains("previous edition"), en);
    }

    @Test
    void fromExactlyAtTheThreshold() {
        assertEquals(1, RuleRun.of(new AmountCut()).previous(local(216_000)).on(local(215_000)).size());
    }

    @Test
    void noPreviousEditionNoFlag() {
        assertEquals(0, RuleRun.of(new AmountCut()).on(local(210_000)).size());
    }

    @Test
    void stillAtTheThresholdOrFarUnderIsNoCut() {
        assertEquals(0, RuleRun.of(new AmountCut()).previous(local(250_000)).on(local(216_000)).size());
        assertEquals(0, RuleRun.of(new AmountCut()).previous(local(250_000)).on(local(190_000)).size(), "12 % under");
    }

    @Test
    void alreadyUnderTheThresholdBeforeIsNoCut() {
        assertEquals(0, RuleRun.of(new AmountCut()).previous(local(214_000)).on(local(210_000)).size());
    }

    @Test
    void bothBuyerKinds() {
        assertTrue(RuleRun.of(new AmountCut()).previous(central(150_000)).message(central(135_000)).contains(fr("140 000")));
        assertEquals(0, RuleRun.of(new AmountCut()).previous(local(150_000)).on(local(135_000)).size());
    }

    @Test
    void theDispenseThresholdToo() {
        String m = RuleRun.of(new AmountCut()).previous(local(70_000)).message(local(58_000));
        assertTrue(m.contains("seuil de dispense") && m.contains(fr("60 000")), m);
    }

    @Test
    void aCeilingAtTheThresholdIsACutToJustUnder() {
        assertEquals(1, RuleRun.of(new AmountCut()).previous(local(250_000))
                .on(need().kind("local").range(0L, 216_000L).build()).size());
    }

    @Test
    void theMarginFollowsThresholdEdgeUnlessSetHere() {
        assertEquals(1, RuleRun.of(new AmountCut()).set("THRESHOLD_EDGE", "marginPercent", 15).previous(local(250_000))
                .on(local(190_000)).size());
        assertEquals(0, RuleRun.of(new AmountCut()).set("THRESHOLD_EDGE", "marginPercent", 15).set("marginPercent", 5)
                .previous(local(250_000)).on(local(200_000)).size());
    }

    @Test
    void severityComesFromTheSettings() {
        assertEquals("high", RuleRun.of(new AmountCut()).set("severity", "high").previous(local(250_000)).one(local(210_000))
                .severity());
    }
}

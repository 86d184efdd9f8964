package org.vitrine.risk.rules.need;

import org.vitrine.model.RiskFlag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SHORT_NOTICE and its edition summary line, from the examples of docs/RISKS.md §3. */
class ShortNoticeTest {

    private final RuleRun run = RuleRun.of(new ShortNotice());

    @Test
    void firesOnMarch2027WithFewKnownSuppliersQuotingItsLatestDate() {
        assertTrue(run.message(need().launch(month(2027, 3)).suppliersKnown(2).build())
                .startsWith("Lancement au plus tard le 31 mars 2027, 55 jours après le salon (moins de 8 semaines) : publiez pour tous"));
    }

    @Test
    void firesOnPartialCoverageNotDividedIntoLots() {
        assertTrue(run.fires(need().launch(month(2027, 3)).lots(1).coverage("partial", null).build()));
        assertFalse(run.fires(need().launch(month(2027, 3)).lots(6).coverage("partial", null).build()), "already in lots");
    }

    @Test
    void doesNotFireWithoutEvidenceThatSourcingCanChangeTheNeed() {
        assertFalse(run.fires(need().launch(month(2027, 3)).build()), "the summary line is the reminder");
        assertFalse(run.fires(need().launch(month(2027, 3)).suppliersKnown(5).coverage("full", null).build()));
    }

    @Test
    void aSupplyAtOrAboveTheEuThresholdLaunchedWithinEightWeeksFiresForInformation() {
        // lawyer R's SDIS59-27-02 (missed, lawyer T): fire engines, 2.4 M€, open procedure « mars 2027 », full
        // coverage, 3 known suppliers; its technical specifications are written in the weeks after the event
        RiskFlag f = run.one(need().title("Acquisition de fourgons pompe-tonne (FPT)").cpv("34144210").category("supplies")
                .procedure("open").amount(2_400_000).launch(month(2027, 3)).suppliersKnown(3).coverage("full", null).build());
        assertTrue(f.message().startsWith("Lancement au plus tard le 31 mars 2027, 55 jours après le salon (moins de 8 semaines) : publiez pour tous"),
                f.message());
        assertEquals("low", f.severity());
        assertEquals("I", f.section());
        // look-alikes: under the EU threshold, services or works (lawyer 1: CA27-01, UA27-01, D27-036 were noise), 4 makers, 1 April
        assertFalse(run.fires(need().cpv("34144210").category("supplies").procedure("open").amount(200_000).launch(month(2027, 3))
                .suppliersKnown(3).build()));
        assertFalse(run.fires(need().category("services").procedure("open").amount(2_200_000).launch(month(2027, 3)).suppliersKnown(3).build()));
        assertFalse(run.fires(need().cpv("34144210").category("supplies").procedure("open").amount(2_400_000).launch(month(2027, 3))
                .suppliersKnown(4).build()), "4 makers: a generic reminder (lawyer D's SDIS27-01 was not asked for)");
        assertFalse(run.fires(need().cpv("34144210").category("supplies").procedure("open").amount(2_400_000).launch(month(2027, 3))
                .build()), "no count of suppliers: no evidence");
        assertFalse(run.fires(need().works().cpv("45221111").procedure("open").amount(3_800_000).launch(month(2027, 3)).suppliersKnown(4).build()));
        assertFalse(run.fires(need().cpv("34144210").category("supplies").procedure("open").amount(2_400_000).launch(day(2027, 4, 1)).suppliersKnown(3).build()));
    }

    @Test
    void doesNotFireOn1AprilExactlyEightWeeksAfter() {
        assertFalse(run.fires(need().launch(day(2027, 4, 1)).build()));
    }

    @Test
    void doesNotFireOnQ1WhichStraddlesTheEvent() {
        assertFalse(run.fires(need().launch(quarter(2027, 1)).build()));
    }

    @Test
    void doesNotFireUnder90kOrOnAnExemptPurchase() {
        assertFalse(run.fires(need().launch(month(2027, 3)).amount(80_000).build()));
        assertFalse(run.fires(need().launch(month(2027, 3)).procedure("exempt").build()));
    }

    @Test
    void theSummaryCountsTheCompetitiveNeedsLaunchedBeforeOrWithinEightWeeks() {
        List<org.vitrine.model.Need> needs = List.of(need().id("a").launch(month(2027, 1)).build(),
                need().id("b").launch(month(2027, 3)).build(), need().id("c").launch(month(2027, 6)).build(),
                need().id("d").launch(month(2027, 9)).build(), need().id("e").route("central_purchasing").launch(month(2027, 1)).build());
        assertEquals(50, ShortNotice.share(needs, RuleRun.EVENT, 8));
        assertEquals(-1, ShortNotice.share(needs, null, 8));
    }

    @Test
    void aLaunchWithinThreeWeeksOfTheEventIsFlaggedWhateverItsSuppliers() {
        // version 2.6, lawyer D T17: VB27-23 launched 4 days after the event, 6 known suppliers, full coverage
        RiskFlag f = run.one(need().launch(day(2027, 2, 8)).suppliersKnown(6).coverage("full", null).build());
        assertTrue(f.message().startsWith("Lancement au plus tard le 8 février 2027, 4 jours seulement après le salon"), f.message());
        assertEquals("low", f.severity());
        assertEquals("I", f.section());
        assertFalse(run.fires(need().launch(day(2027, 2, 25)).suppliersKnown(6).build()), "21 days after: the summary line only");
    }

    @Test
    void aLaunchJustAfterTheEventAboveTheEuThresholdIsToSettleBeforeTheEvent() {
        // lawyer H, D12 (UNIV-27-09): 1.8 M€ of IT outsourcing launched 4 days after the event was « faible / pour
        // information »; above the formalised threshold the stake calls for the officer before the event
        RiskFlag f = run.one(need().category("services").procedure("open").amount(1_800_000).launch(day(2027, 2, 8))
                .suppliersKnown(6).build());
        assertEquals("medium", f.severity());
        assertEquals("S", f.section());
        RiskFlag small = run.one(need().category("services").procedure("adapted").amount(150_000).launch(day(2027, 2, 8)).build());
        assertEquals("I", small.section(), "under T it stays information");
    }

    @Test
    void aLaunchJustAfterTheEventIsNotToldToWaitWhenWaitingLeavesTheBuyerWithoutAContract() {
        // lawyer F, D13 (DHA-27-18): launched 4 days after the event, the incumbent ends 30 April: three weeks more leave a gap
        String m = run.message(need().procedure("adapted").launch(day(2027, 2, 8)).incumbentEnd(day(2027, 3, 10)).build());
        assertTrue(m.startsWith("Lancement au plus tard le 8 février 2027, 4 jours seulement après le salon"), m);
        assertTrue(m.contains("Ne décalez pas le lancement : le marché en cours se termine le 10 mars 2027")
                && m.contains("jours sans marché") && !m.contains("Décalez le lancement"), m);
        // a current contract ending late enough: the usual advice
        String later = run.message(need().procedure("adapted").launch(day(2027, 2, 8)).incumbentEnd(day(2027, 12, 31)).build());
        assertTrue(later.contains("Décalez le lancement d’au moins trois semaines"), later);
        // one day after the event: « 1 jour »
        assertTrue(run.message(need().procedure("adapted").launch(day(2027, 2, 5)).build()).contains(", 1 jour seulement après"));
    }
}

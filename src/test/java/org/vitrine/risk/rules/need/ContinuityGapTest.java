package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;

import org.junit.jupiter.api.Test;

/** CONTINUITY_GAP, from the examples of docs/RISKS.md §3. */
class ContinuityGapTest {

    private final RuleRun run = RuleRun.of(new ContinuityGap());

    @Test
    void firesWhenTheContractEnded31JanuaryAndTheOpenCallLaunchesInQ3() {
        String m = run.message(need().incumbentEnd(day(2027, 1, 31)).launch(quarter(2027, 3)).build());
        assertTrue(m.startsWith("Le marché en cours se termine le 31 janvier 2027 ; le nouveau ne peut guère commencer avant le "
                + "16 septembre 2027 (lancement 3e trimestre 2027 et 77 jours de procédure estimés) : 227 jours sans marché."), m);
    }

    @Test
    void doesNotFireWhenTheContractEnds30SeptemberAndTheNewOneStarts1OctoberAfterAMarchLaunch() {
        assertFalse(run.fires(need().incumbentEnd(day(2027, 9, 30)).contractStart(day(2027, 10, 1)).launch(month(2027, 3)).build()));
    }

    @Test
    void anEntiteAdjudicatricesNegotiatedProcedureTakesAbout110Days() {
        // lawyer J: an energy syndicate's negotiated procedure for its network follows R2161-21/22, not the 140 days of a PA
        var pa = need().procedure("negotiated_with_call").amount(2_400_000).launch(day(2027, 5, 3)).incumbentEnd(day(2027, 9, 10));
        assertTrue(run.fires(pa.build()), "a pouvoir adjudicateur: 3 May + 140 days = 20 September, 9 days after the end");
        assertFalse(run.fires(need().kind("utility").procedure("negotiated_with_call").amount(2_400_000).launch(day(2027, 5, 3))
                .incumbentEnd(day(2027, 9, 10)).build()), "an entité adjudicatrice: 3 May + 110 days = 21 August");
        String m = run.message(need().kind("utility").procedure("negotiated_with_call").amount(1_800_000).launch(day(2027, 6, 1))
                .incumbentEnd(day(2027, 8, 31)).build());
        assertTrue(m.contains("ne peut guère commencer avant le 19 septembre 2027 (lancement 1er juin 2027 et 110 jours de procédure estimés) : 18 jours"), m);
    }

    @Test
    void firesOnAPlannedStartAfterTheEnd() {
        assertTrue(run.message(need().incumbentEnd(day(2027, 7, 31)).contractStart(day(2027, 8, 20)).launch(day(2027, 3, 1)).build())
                .contains("(début d’exécution prévu) : 19 jours sans marché"));
    }

    @Test
    void doesNotFireUnderTheDispenseThreshold() {
        // issue 17 third review: press subscriptions at 18 000 €, an order closes the gap (R2122-8)
        assertFalse(run.fires(need().supplies().cpv("22200000").procedure("adapted").amount(18_000)
                .launch(TestNeeds.month(2027, 1)).incumbentEnd(TestNeeds.day(2026, 12, 31)).build()));
        assertTrue(run.fires(need().supplies().cpv("22200000").procedure("adapted").amount(90_000)
                .launch(TestNeeds.month(2027, 1)).incumbentEnd(TestNeeds.day(2026, 12, 31)).build()));
    }
    @Test
    void judgesAQuarterLaunchOnItsLastDayTooAndGivesTheLatestLaunch() {
        // version 2.10, lawyer G defect 8 (CA-27-09): « T3 2027 », incumbent ends 30/09/2027; a launch on 1 July leaves no
        // gap, one on 30 September leaves 76 days: a task before the launch, not a certain gap
        var f = need().incumbentEnd(day(2027, 9, 30)).launch(quarter(2027, 3)).build();
        String m = run.message(f);
        assertTrue(m.startsWith("Le marché en cours se termine le 30 septembre 2027. Jugé sur la fin de la fenêtre de lancement : si le "
                + "lancement a lieu en fin de fenêtre, le 30 septembre 2027 (3e trimestre 2027), le nouveau ne peut guère commencer avant "
                + "le 16 décembre 2027 (77 jours de procédure estimés) : 76 jours sans marché. Lancez au plus tard le 16 juillet 2027"), m);
        assertTrue("medium".equals(run.one(f).severity()) && "L".equals(run.one(f).section()));
    }

    @Test
    void aWindowWhoseLastDayStillLeavesNoGapIsQuiet() {
        assertFalse(run.fires(need().incumbentEnd(day(2027, 12, 31)).launch(quarter(2027, 3)).build()));
        assertFalse(run.fires(need().incumbentEnd(day(2027, 9, 30)).launch(day(2027, 7, 1)).build()), "a launch known to the day");
        assertFalse(run.fires(need().incumbentEnd(day(2027, 6, 30)).procedure("negotiated_without_call").launch(month(2027, 6)).build()),
                "the one holder's negotiation: no bid period to plan");
    }
}

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
}

package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;
import org.vitrine.risk.BuyerFacts;

/** TIGHT_SCHEDULE, from the examples of docs/RISKS.md §3. */
class TightScheduleTest {

    private final RuleRun run = RuleRun.of(new TightSchedule());

    @Test
    void firesOnAnOpenCallOn15MayWithAStartOn1June() {
        String m = run.message(need().launch(day(2027, 5, 15)).contractStart(day(2027, 6, 1)).build());
        assertTrue(m.startsWith("Du lancement (15 mai 2027) au début d’exécution (1er juin 2027) : 17 jours au plus, pour un minimum de 77 jours"), m);
        assertTrue(m.contains("l’urgence impérieuse (R2122-1)"), m);
    }

    @Test
    void firesOnARestrictedProcedureInJuneWithNotificationOn1July() {
        assertTrue(run.fires(need().procedure("restricted").launch(month(2027, 6)).notification(day(2027, 7, 1)).build()));
    }

    @Test
    void doesNotFireOnAnOpenCallOn1MarchWithAStartOn1October() {
        assertFalse(run.fires(need().launch(day(2027, 3, 1)).contractStart(day(2027, 10, 1)).build()));
    }

    @Test
    void theLegalityCheckAdds15DaysFrom216k() {
        var n = need().buyer("region").amount(300_000).launch(day(2027, 4, 5)).notification(day(2027, 7, 1)).build();
        assertFalse(run.fires(n), "87 days against 77");
        String m = RuleRun.of(new TightSchedule()).buyer("region", new BuyerFacts(true, true, true, false)).message(n);
        assertTrue(m.contains("minimum de 92 jours") && m.contains("contrôle de légalité compris"), m);
    }
}

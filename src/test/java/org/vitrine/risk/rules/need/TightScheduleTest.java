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
        assertTrue(m.startsWith("Du lancement (15 mai 2027) au début d’exécution (1er juin 2027) : 17 jours au plus, pour 77 jours estimés (Appel d’offres ouvert"), m);
        assertTrue(m.contains("l’urgence impérieuse (R2122-1)"), m);
        // the margin stated (version 2.6): the lawyers found 77 days arbitrary
        assertTrue(m.contains("(Appel d’offres ouvert : 35 jours de remise des offres et 42 d’analyse et d’attribution, délai de suspension de 11 jours R2182-1 compris, durées usuelles et non minima légaux)"), m);
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
    void theLegalityCheckAddsAThreeDayTransmissionFrom216k() {
        var n = need().buyer("region").amount(300_000).launch(day(2027, 4, 5)).notification(day(2027, 6, 22)).build();
        assertFalse(run.fires(n), "78 days against 77");
        String m = RuleRun.of(new TightSchedule()).buyer("region", new BuyerFacts(true, true, true, false)).message(n);
        assertTrue(m.contains("pour 80 jours estimés") && m.contains("3 jours de transmission au contrôle de légalité"), m);
        assertFalse(m.contains("minimum"), "an estimate, not a legal minimum (CGCT L2131-1: executory on transmission)");
        var later = need().buyer("region").amount(300_000).launch(day(2027, 4, 5)).notification(day(2027, 7, 1)).build();
        assertFalse(RuleRun.of(new TightSchedule()).buyer("region", new BuyerFacts(true, true, true, false)).fires(later),
                "87 days: version 2's 15 days flagged it");
    }

    @Test
    void countsFromTheBidDeadlineWhenTheRowGivesIt() {
        // the lawyer's D27-030: open call launched 2 February, bids until 8 March, start 1 May: 54 days after the deadline
        var n = need().launch(day(2027, 2, 2)).deadline(day(2027, 3, 8)).contractStart(day(2027, 5, 1)).build();
        assertFalse(run.fires(n), "54 days after the deadline against 42");
        var tight = need().launch(day(2027, 2, 2)).deadline(day(2027, 3, 8)).contractStart(day(2027, 4, 1)).build();
        assertTrue(run.message(tight).startsWith("De la date limite de remise des offres (8 mars 2027) au début d’exécution (1er avril 2027) : 24 jours au plus, pour 42 jours estimés"),
                run.message(tight));
    }

    @Test
    void aStartBeforeTheNotificationIsSaidAsSuch() {
        // lawyer D's VB27-01 (version 2.6): launched 15 April, notified 20 June, started 1 June
        String m = run.message(need().launch(day(2027, 4, 15)).notification(day(2027, 6, 20)).contractStart(day(2027, 6, 1)).build());
        assertTrue(m.startsWith("Début d’exécution (1er juin 2027) avant la notification (20 juin 2027) : le marché est notifié avant tout commencement d’exécution (R2182-4)."), m);
    }

    // lawyer L, defect 3: a MAPA's remedy cited R2161-3 3°, the urgency reduction of a formalised procedure
    @Test
    void aMapaIsToldOfTheReasonablePeriodNotAFormalisedArticle() {
        String m = run.message(need().procedure("adapted").amount(120_000).launch(day(2027, 5, 3)).contractStart(day(2027, 6, 1)).build());
        assertTrue(m.startsWith("Du lancement (3 mai 2027) au début d’exécution (1er juin 2027) : 29 jours au plus, pour 49 jours estimés"), m);
        assertTrue(m.contains("doit rester raisonnable au regard de la complexité du marché (R2143-1, R2151-1)"), m);
        assertFalse(m.contains("R2161"), m);
        assertFalse(m.contains("R2182-1"), m);
        // from the deadline given: analysis and award, no standstill (R2182-1 binds formalised procedures)
        String d = run.message(need().procedure("adapted").amount(120_000).launch(day(2027, 4, 1)).deadline(day(2027, 5, 20))
                .contractStart(day(2027, 6, 1)).build());
        assertTrue(d.contains(": analyse et attribution, durées usuelles)"), d);
        assertFalse(d.contains("R2161") || d.contains("R2182-1"), d);
        String en = RuleRun.of(new TightSchedule()).lang("en").message(need().procedure("adapted").amount(120_000).launch(day(2027, 5, 3))
                .contractStart(day(2027, 6, 1)).build());
        assertTrue(en.contains("an adapted procedure has no legal minimum time limit") && !en.contains("R2161"), en);
        // an open call keeps the formalised article
        assertTrue(run.message(need().launch(day(2027, 5, 15)).contractStart(day(2027, 6, 1)).build()).contains("R2161-3 3°"));
    }
}

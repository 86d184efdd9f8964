package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;
import org.vitrine.model.RiskFlag;

/** BID_PERIOD_SHORT (docs/RISKS.md §8 version 2.6): lawyer C's SEHV-27-15 and the floors of R2161-2 to R2161-8. */
class BidPeriodShortTest {

    private final RuleRun run = RuleRun.of(new BidPeriodShort());

    @Test
    void firesOnAnOpenTenderAboveTheThresholdWith14DaysForBids() {
        // SEHV-27-15: appel d'offres ouvert, 480 000 €, response time 14 days
        String m = run.message(need().amount(480_000).launch(day(2027, 4, 6)).responseDays(14).build());
        assertTrue(m.startsWith("Délai de réponse prévu : 14 jours, pour une procédure formalisée obligatoire ("), m);
        assertTrue(m.contains("R2161-2") && m.contains("30 jours avec la remise électronique") && m.contains("R2161-3"), m);
        assertTrue(m.endsWith("Allongez le délai de réponse avant publication."), m);
    }

    @Test
    void theThirtyDaysAreR2161_3_2AndElectronicSubmissionIsCompulsoryByR2132_7() {
        // lawyer O: the 30 days were tied to R2132-7 (which makes electronic exchanges compulsory), not to the
        // reduction of R2161-3 2°; the 15 days are R2161-3 1° (prior information) and 3° (urgency)
        var n = need().amount(480_000).launch(day(2027, 4, 6)).responseDays(14).build();
        String fr = run.message(n);
        assertTrue(fr.contains("30 jours avec la remise électronique (R2161-3 2°), obligatoire (R2132-7)"), fr);
        assertTrue(fr.contains("urgence dûment justifiée (R2161-3 3°) ou d’avis de préinformation (R2161-3 1°)"), fr);
        String en = RuleRun.of(new BidPeriodShort()).lang("en").message(n);
        assertTrue(en.contains("30 with electronic submission (R2161-3 2°), which is compulsory (R2132-7)"), en);
        assertTrue(en.contains("duly justified urgency (R2161-3 3°) or after a prior information notice (R2161-3 1°)"), en);
        String two = run.message(need().procedure("restricted").amount(480_000).launch(day(2027, 4, 1)).responseDays(20).build());
        assertTrue(two.contains("25 pour les offres avec la remise électronique (R2161-7, R2161-8 2°)"), two);
    }

    @Test
    void countsFromTheEarliestLaunchToTheDeadlineColumn() {
        var n = need().amount(480_000).launch(month(2027, 4)).deadline(day(2027, 4, 28)).build();
        assertTrue(run.message(n).startsWith("Du lancement (avril 2027) à la date limite de remise des offres : 27 jours"), run.message(n));
        assertFalse(run.fires(need().amount(480_000).launch(day(2027, 4, 1)).deadline(day(2027, 5, 1)).build()), "30 days");
    }

    @Test
    void urgencyWrittenLowersTheFloorTo15Days() {
        var urgent = need().amount(480_000).launch(day(2027, 4, 6)).responseDays(20)
                .description("Urgence dûment justifiée (crue de janvier)").build();
        assertFalse(run.fires(urgent), "20 days under a written urgency (R2161-3)");
        var tooShort = need().amount(480_000).launch(day(2027, 4, 6)).responseDays(10)
                .description("Urgence dûment justifiée (crue de janvier)").build();
        assertTrue(run.message(tooShort).contains("motif qui figure dans la ligne mais ne suffit pas"), run.message(tooShort));
    }

    @Test
    void twoStageProceduresAreFlaggedUnderTheApplicationsOwn30Days() {
        assertTrue(run.fires(need().procedure("restricted").amount(480_000).launch(day(2027, 4, 1)).deadline(day(2027, 4, 20)).build()));
        assertFalse(run.fires(need().procedure("negotiated_with_call").amount(1_100_000).launch(day(2027, 6, 21)).deadline(day(2027, 7, 26)).build()),
                "lawyer D's CHU27-13: 35 days may be the applications' deadline");
        // a response time of a two-stage procedure does not say which stage: under 25 days it is under either's minimum
        assertTrue(run.fires(need().procedure("restricted").amount(480_000).launch(day(2027, 4, 1)).responseDays(20).build()),
                "lawyer E's CHM-27-24: 20 days for tenders (R2161-8: 30, 25 with electronic submission)");
        assertFalse(run.fires(need().procedure("restricted").amount(480_000).launch(day(2027, 4, 1)).responseDays(28).build()),
                "28 days may be the tenders' stage, at or above its 25 days");
    }

    @Test
    void aMapaUnderTheUsualFifteenDaysGetsAdviceNeverABreach() {
        // version 2.10, lawyer G T38 (COM-27-06): 8 days for 180 000 € of road works under MAPA
        RiskFlag f = run.one(need().works().cpv("45233140").procedure("adapted").amount(180_000).launch(TestNeeds.month(2027, 5))
                .responseDays(8).build());
        assertEquals("low", f.severity());
        assertEquals("L", f.section());
        assertTrue(f.message().startsWith("Conseil : délai de réponse prévu de 8 jours pour une procédure adaptée de travaux")
                && f.message().contains("Pas de minimum légal en MAPA") && f.message().contains("R2143-1, R2151-1"), f.message());
        assertFalse(run.fires(need().procedure("adapted").amount(150_000).launch(day(2027, 4, 6)).responseDays(15).build()),
                "15 days: the practice");
        assertFalse(run.fires(need().procedure("adapted").amount(480_000).launch(day(2027, 4, 6)).responseDays(14).build()),
                "at or above T the MAPA itself is the fault (MAPA_ABOVE_THRESHOLD), not its days");
        assertFalse(run.fires(need().procedure("adapted").amount(30_000).launch(day(2027, 4, 6)).responseDays(5).build()),
                "under the dispense threshold: no publicity needed, no period to judge");
    }

    @Test
    void aFormalisedProcedureChosenUnderTheThresholdIsLawfulButBoundByItsMinima() {
        // version 2.14 (lawyer J): the choice is lawful, said so; the chosen procedure's days apply, medium, before the launch
        RiskFlag f = run.one(need().amount(150_000).launch(day(2027, 4, 6)).responseDays(14).build());
        assertEquals("medium", f.severity());
        assertEquals("L", f.section());
        assertTrue(f.message().contains("pour une procédure formalisée choisie sous le seuil (" + RuleRun.fr("150 000 €") + ", sous le seuil de " + RuleRun.fr("216 000 €"))
                && f.message().contains("ce choix est permis") && f.message().contains("corrigez la colonne Procédure")
                && !f.message().contains("procédure formalisée obligatoire"), f.message());
        assertFalse(run.fires(need().amount(150_000).launch(day(2027, 4, 6)).responseDays(35).build()), "35 days: nothing to say");
        assertFalse(run.fires(need().amount(40_000).launch(day(2027, 4, 6)).responseDays(14).build()), "under the dispense threshold");
        assertFalse(run.fires(need().amount(480_000).launch(day(2027, 4, 6)).build()), "no days written: R of the table");
    }

    @Test
    void anEntiteAdjudicatricesOpenTenderHasTheOpenProceduresMinimumAtAnyValueChosen() {
        // lawyer J: an energy syndicate's open tender for its network with 25 days, at 350 000 € (under its 432 000 €) was missed
        RiskFlag f = run.one(need().kind("utility").amount(350_000).launch(day(2027, 4, 19)).responseDays(25).build());
        assertEquals("medium", f.severity());
        assertTrue(f.message().contains("sous le seuil de " + RuleRun.fr("432 000 €")) && f.message().contains("R2161-2"), f.message());
        assertEquals("high", run.one(need().kind("utility").amount(900_000).launch(day(2027, 4, 12)).responseDays(25).build()).severity());
    }

    @Test
    void anEntiteAdjudicatricesTwoStagesHaveTheirOwnMinima() {
        // R2161-21: 15 days for applications, never less; R2161-22: offers by agreement, else 10 days
        var ea = need().kind("utility").procedure("negotiated_with_call").amount(800_000).launch(day(2027, 3, 1));
        assertFalse(run.fires(ea.deadline(day(2027, 3, 22)).build()), "21 days: over an EA's 15 (a pouvoir adjudicateur's 30 do not apply)");
        assertTrue(run.fires(need().procedure("negotiated_with_call").amount(800_000).launch(day(2027, 3, 1)).deadline(day(2027, 3, 22)).build()),
                "the same for a pouvoir adjudicateur: under 30 days");
        String m = run.message(need().kind("utility").procedure("restricted").amount(1_200_000).launch(day(2027, 3, 8))
                .deadline(day(2027, 3, 18)).description("Urgence : renouvellement des câbles").build());
        assertTrue(m.contains("Entité adjudicatrice, pour son activité de réseau : au moins 15 jours pour les candidatures")
                && m.contains("R2161-21") && m.contains("R2161-22") && !m.contains("urgence") && !m.contains("motif qui figure"), m);
        assertFalse(run.fires(need().kind("utility").procedure("restricted").amount(1_200_000).launch(day(2027, 3, 8)).responseDays(12).build()),
                "12 days may be the offers' stage: at least 10 absent agreement");
        assertTrue(run.fires(need().kind("utility").procedure("restricted").amount(1_200_000).launch(day(2027, 3, 8)).responseDays(8).build()));
        assertTrue(run.fires(need().kind("utility").networkActivity(false).procedure("restricted").amount(1_200_000).launch(day(2027, 3, 8))
                .deadline(day(2027, 3, 29)).build()), "outside its network a utility is a pouvoir adjudicateur: 21 days under 30");
    }
}

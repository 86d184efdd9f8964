package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;

import org.junit.jupiter.api.Test;

/** HOLIDAY_DEADLINE, from the examples of docs/RISKS.md §3. */
class HolidayDeadlineTest {

    private final RuleRun run = RuleRun.of(new HolidayDeadline());

    @Test
    void firesOnAnOpenCallOn13JulyWith35DaysOfOverlap() {
        assertTrue(run.message(need().launch(day(2027, 7, 13)).build())
                .startsWith("Remise des offres jusqu’au 17 août 2027 (date estimée), dont au moins 35 jours entre le 14 juillet et le 22 août."));
    }

    @Test
    void aDeadlineGivenByTheBuyerIsNotCalledEstimated() {
        // lawyer O (RO-27-15): an estimated deadline was written as if known
        String m = run.message(need().launch(day(2027, 7, 13)).deadline(day(2027, 8, 17)).build());
        assertTrue(m.startsWith("Remise des offres jusqu’au 17 août 2027, dont"), m);
    }

    @Test
    void firesOnAMapaOn16DecemberWith14Days() {
        assertTrue(run.message(need().procedure("adapted").launch(day(2027, 12, 16)).build())
                .contains("au moins 14 jours entre le 20 décembre et le 2 janvier"));
    }

    @Test
    void doesNotFireOnAnOpenCallOn1JuneWithItsDeadlineOn6July() {
        assertFalse(run.fires(need().launch(day(2027, 6, 1)).deadline(day(2027, 7, 6)).build()));
    }

    @Test
    void doesNotFireOnAQ2Launch() {
        assertFalse(run.fires(need().launch(quarter(2027, 2)).build()));
    }

    @Test
    void firesOnAJulyLaunchWhateverItsDay() {
        assertTrue(run.fires(need().procedure("adapted").launch(month(2027, 7)).build()));
    }

    // version 2.6: a two-stage procedure is judged per stage, and the message names the stage
    @Test
    void aRestrictedProcedureLaunched1JulyHasItsApplicationsInTheSummer() {
        String m = run.message(need().procedure("restricted").launch(day(2027, 7, 1)).build());
        assertTrue(m.startsWith("Procédure en deux phases : remise des candidatures jusqu’au 31 juillet 2027 (estimée), dont au moins 18 jours entre le 14 juillet et le 22 août."), m);
        assertFalse(m.contains("remise des offres"), "the tenders (15 August – 14 September) overlap 8 days only: " + m);
    }

    @Test
    void aRestrictedProcedureLaunched5JuneHasItsTendersInTheSummer() {
        String m = run.message(need().procedure("restricted").launch(day(2027, 6, 5)).build());
        assertTrue(m.startsWith("Procédure en deux phases : remise des offres jusqu’au 19 août 2027 (estimée), dont au moins 31 jours"), m);
    }

    @Test
    void theDeadlineColumnClosesTheTendersNotTheApplications() {
        String m = run.message(need().procedure("negotiated_with_call").launch(day(2027, 7, 10)).deadline(day(2027, 10, 15)).build());
        assertTrue(m.startsWith("Procédure en deux phases : remise des candidatures jusqu’au 9 août 2027 (estimée), dont au moins 27 jours"), m);
    }

    @Test
    void twoStagesOf13DaysEachAreNotOneOf26() {
        assertFalse(run.fires(need().procedure("restricted").launch(day(2027, 6, 26)).build()),
                "applications 26 June – 26 July and tenders 10 August – 9 September overlap 13 days each");
    }

    @Test
    void aPeriodLeaving30ClearDaysIsReasonable() {
        // lawyer D's USB27-21: an open call from 1 July with its deadline on 9 September: 70 days, 40 in the summer
        assertFalse(run.fires(need().amount(350_000).launch(day(2027, 7, 1)).deadline(day(2027, 9, 9)).build()));
        assertTrue(run.fires(need().amount(350_000).launch(day(2027, 7, 1)).deadline(day(2027, 9, 5)).build()), "26 clear days");
    }

    @Test
    void worksAreTestedOnTheBuildingTradesAugustClosure() {
        // lawyer D's PREF27-12: a works MAPA from 28 June to 28 July overlaps the second half of July only
        assertFalse(run.fires(need().works().cpv("45453000").procedure("adapted").amount(350_000).launch(day(2027, 6, 28))
                .deadline(day(2027, 7, 28)).build()));
        // bids from 2 August: the closure's days only (24 of them, 2 to 25 August)
        String m = run.message(need().works().cpv("45453000").procedure("adapted").amount(350_000).launch(day(2027, 8, 2)).build());
        assertTrue(m.contains("dont au moins 24 jours entre le 1er et le 25 août, fermeture des entreprises du bâtiment"), m);
        // from 20 July into the closure: counted from 14 July since version 2.25 (lawyer R, TCG-27-10), 31 days
        m = run.message(need().works().cpv("45453000").procedure("adapted").amount(350_000).launch(day(2027, 7, 20)).build());
        assertTrue(m.contains("dont au moins 31 jours entre le 14 juillet et le 25 août"), m);
    }

    @Test
    void worksWhoseBidsRunIntoTheAugustClosureCountTheSummerFrom14July() {
        // lawyer R's TCG-27-10 (missed, lawyer T): a works AOO launched 5 July 2027, 35 days to 9 August: 27 days from
        // 14 July, 9 of them in the building trade's closure; only those 9 were counted, under the 15 of the trigger
        String m = run.message(need().works().cpv("45310000").amount(650_000).launch(day(2027, 7, 5)).build());
        assertTrue(m.startsWith("Remise des offres jusqu’au 9 août 2027 (date estimée), dont au moins 27 jours entre le 14 juillet"
                + " et le 25 août (congés d’été, puis fermeture des entreprises du bâtiment du 1er au 25 août)."), m);
        String en = RuleRun.of(new HolidayDeadline()).lang("en").message(need().works().cpv("45310000").amount(650_000)
                .launch(day(2027, 7, 5)).build());
        assertTrue(en.contains("with at least 27 days between 14 July and 25 August (summer holidays, then building firms close from 1 to 25 August)"), en);
        // still quiet: bids due before the closure (PREF27-12, above), or a works period leaving 30 clear days
        assertFalse(run.fires(need().works().cpv("45310000").amount(650_000).launch(day(2027, 7, 2)).deadline(day(2027, 9, 15)).build()));
        assertFalse(run.fires(need().works().cpv("45310000").amount(650_000).launch(day(2027, 6, 1)).deadline(day(2027, 7, 6)).build()));
    }

    // lawyer L, defect 1: a consultation already launched on the event day (4 February 2027) whose stated deadline
    // leaves the legal minimum outside the holidays cannot be « launched later »: noise
    @Test
    void aLaunchedMapaWhoseDeadlineLeavesItsUsualDaysOutsideTheHolidaysIsQuiet() {
        // 7 December 2026 to 15 January 2027: 39 days, 14 of them from 20 December to 2 January, 25 outside (MAPA: no
        // legal minimum, the 15 days of practice)
        assertFalse(run.fires(need().procedure("adapted").amount(150_000).launch(day(2026, 12, 7)).deadline(day(2027, 1, 15)).build()));
        // the same period a year later, not launched yet on the event day: advice before the launch, as before
        assertTrue(run.fires(need().procedure("adapted").amount(150_000).launch(day(2027, 12, 7)).deadline(day(2028, 1, 15)).build()));
    }

    @Test
    void aLaunchedOpenCallUnderItsLegalMinimumSaysTheFiguresAndTheCorrigendum() {
        // 1 December 2026 to 12 January 2027: 42 days, 14 in the holidays, 28 outside, under the 30 of R2161-2
        String m = run.message(need().amount(300_000).launch(day(2026, 12, 1)).deadline(day(2027, 1, 12)).build());
        assertTrue(m.startsWith("Consultation déjà lancée le jour du salon (1er décembre 2026) : du lancement à la date limite de remise des offres"
                + " (12 janvier 2027), 42 jours, dont au moins 14 jours entre le 20 décembre et le 2 janvier, soit 28 jours hors congés,"
                + " moins que 30 jours, le minimum légal (R2161-2, R2161-3 2°, remise électronique)."), m);
        assertTrue(m.contains("reportez la date limite d’au moins 2 jours par un avis rectificatif"), m);
        assertFalse(m.contains("lancez après"), m);
        // 31 days outside the holidays: quiet
        assertFalse(run.fires(need().amount(300_000).launch(day(2026, 12, 1)).deadline(day(2027, 1, 15)).build()));
        String en = RuleRun.of(new HolidayDeadline()).lang("en").message(need().amount(300_000).launch(day(2026, 12, 1))
                .deadline(day(2027, 1, 12)).build());
        assertTrue(en.contains("leaving 28 days outside the holidays, less than 30 days, the legal minimum"), en);
    }

    @Test
    void eachFloorCitesTheParagraphThatSetsIt() {
        // lawyer O: the 30 days are R2161-3 2°, the 15 R2161-3 1° (prior information) or 3° (urgency); a two-stage
        // procedure's tenders 25 days by R2161-8 2° / R2161-15 2°, 10 under urgency or a PIN by their 1° and 3°
        String urgent = run.message(need().amount(300_000).launch(day(2026, 12, 10)).deadline(day(2027, 1, 2))
                .description("Urgence dûment justifiée (crue)").build());
        assertTrue(urgent.contains("le minimum réduit pour urgence ou avis de préinformation (R2161-3 1° et 3°)"), urgent);
        String tenders = run.message(need().procedure("restricted").amount(400_000).launch(day(2026, 12, 1)).responseDays(40).deadline(day(2027, 1, 8)).build());
        assertTrue(tenders.contains("le minimum légal pour les offres (R2161-8 2°, R2161-15 2°, remise électronique)"), tenders);
        String reduced = run.message(need().procedure("restricted").amount(400_000).launch(day(2026, 12, 12)).responseDays(20).deadline(day(2027, 1, 2))
                .description("Urgence dûment justifiée (crue)").build());
        assertTrue(reduced.contains("le minimum réduit des offres pour urgence ou avis de préinformation (R2161-8 1° et 3°, R2161-15 1° et 3°)"), reduced);
        String en = RuleRun.of(new HolidayDeadline()).lang("en").message(need().amount(300_000).launch(day(2026, 12, 1))
                .deadline(day(2027, 1, 12)).build());
        assertTrue(en.contains("the legal minimum (R2161-2, R2161-3 2°, electronic submission)"), en);
    }

    @Test
    void aLaunchedRestrictedProcedureJudgesItsTendersOnTheirLegalMinimum() {
        // launched 20 October 2026, tenders from about 4 December to 12 January: 39 days, 14 in the holidays, 25 outside,
        // the tenders' minimum with electronic submission (R2161-8); before the launch it would be advice (30 clear days)
        assertFalse(run.fires(need().procedure("restricted").amount(400_000).launch(day(2026, 10, 20)).deadline(day(2027, 1, 12)).build()));
        assertTrue(run.fires(need().procedure("restricted").amount(400_000).launch(day(2027, 10, 20)).deadline(day(2028, 1, 12)).build()));
    }
}

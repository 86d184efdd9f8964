package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.RiskFlag;

/** Open procedure: 77 days (11 weeks) from launch to notification by default. */
class TightScheduleTest {

    private final RuleRun run = RuleRun.of(new TightSchedule());

    private static TestNeeds.Builder open() {
        return need().procedure("open");
    }

    @Test
    void certainWhenEvenTheWindowsStartIsTooLate() {
        // 1 April to 31 May: 60 days at best
        RiskFlag f = run.one(open().launch(month(2027, 4)).notification(month(2027, 5)).build());
        assertEquals("high", f.severity());
        assertTrue(f.message().contains("au mieux 60 jours") && f.message().contains("au moins 77"), f.message());
        assertTrue(f.message().contains("avril 2027") && f.message().contains("mai 2027"), f.message());
        assertTrue(f.message().contains("« Appel d’offres ouvert »"), f.message());
        assertTrue(f.message().contains("la notification"), f.message());
    }

    @Test
    void englishMessageStatesDaysAndProcedure() {
        String en = RuleRun.of(new TightSchedule()).lang("en")
                .message(open().launch(month(2027, 4)).notification(month(2027, 5)).build());
        assertTrue(en.contains("at best 60 days") && en.contains("at least 77") && en.contains("Open procedure"), en);
        assertTrue(en.contains("April 2027") && en.contains("award notification"), en);
    }

    @Test
    void exactlyTheMinimumIsEnoughAndOneDayLessIsCertain() {
        // 1 April + 77 days = 17 June
        assertEquals(0, run.on(open().launch(day(2027, 4, 1)).notification(day(2027, 6, 17)).build()).size());
        RiskFlag f = run.one(open().launch(day(2027, 4, 1)).notification(day(2027, 6, 16)).build());
        assertEquals("high", f.severity());
        assertTrue(f.message().contains("76 jours"), f.message());
    }

    @Test
    void possibleWhenOnlyTheWindowsEndIsTooLate() {
        // launch 1 April - 30 June, notification in September: 63 days from 30 June to 1 September
        RiskFlag f = run.one(open().launch(quarter(2027, 2)).notification(month(2027, 9)).build());
        assertEquals("medium", f.severity());
        assertTrue(f.message().contains("30 juin 2027") && f.message().contains("1er septembre 2027"), f.message());
        assertTrue(f.message().contains("63 jours") && f.message().contains("au moins 77"), f.message());
        String en = RuleRun.of(new TightSchedule()).lang("en").message(open().launch(quarter(2027, 2)).notification(month(2027, 9)).build());
        assertTrue(en.contains("30 June 2027") && en.contains("1 September 2027") && en.contains("63 days"), en);
    }

    @Test
    void possibleProblemEndsOneDayOutsideTheWindow() {
        // 30 June + 77 days = 15 September
        assertEquals(0, run.on(open().launch(quarter(2027, 2)).notification(day(2027, 9, 15)).build()).size());
        assertEquals("medium", run.one(open().launch(quarter(2027, 2)).notification(day(2027, 9, 14)).build()).severity());
    }

    @Test
    void usesTheContractStartWhenNoNotificationIsGiven() {
        String m = run.message(open().launch(month(2027, 4)).contractStart(month(2027, 5)).build());
        assertTrue(m.contains("le début du contrat (mai 2027)"), m);
    }

    @Test
    void notificationWinsOverContractStart() {
        assertEquals(0, run.on(open().launch(month(2027, 4)).notification(month(2027, 9)).contractStart(month(2027, 5)).build())
                .size());
    }

    @Test
    void noTargetDateOrNoLaunchIsNotFlaggedAndDoesNotFail() {
        assertEquals(0, run.on(open().launch(month(2027, 4)).build()).size());
        assertEquals(0, run.on(open().launch(null).notification(month(2027, 5)).build()).size());
    }

    @Test
    void noProcedureUsesTheDefaultDays() {
        String m = run.message(need().procedure(null).launch(day(2027, 4, 1)).notification(day(2027, 6, 16)).build());
        assertTrue(m.contains("au moins 77 pour une procédure non précisée"), m);
        assertEquals(0, RuleRun.of(new TightSchedule()).set("defaultDays", 60)
                .on(need().procedure(null).launch(day(2027, 4, 1)).notification(day(2027, 6, 16)).build()).size());
    }

    @Test
    void localBuyerOverTheEuThresholdNeedsTheLegalityCheck() {
        // 80 days: enough for an open procedure, not with 15 days of legality check
        TestNeeds.Builder n = open().amount(300_000).launch(day(2027, 4, 1)).notification(day(2027, 6, 20));
        String m = run.message(n.kind("local").build());
        assertTrue(m.contains("au moins 92") && m.contains("dont 15 jours de contrôle de légalité"), m);
        String en = RuleRun.of(new TightSchedule()).lang("en").message(n.kind("local").build());
        assertTrue(en.contains("at least 92") && en.contains("15 days of legality check"), en);
        assertEquals(0, run.on(n.kind("central").build()).size(), "no legality check for central government");
        assertEquals(0, run.on(n.kind("local").amount(200_000).build()).size(), "under the EU threshold");
    }

    @Test
    void minimaSeverityAndLegalityDaysComeFromTheSettings() {
        TestNeeds.Builder adapted = need().procedure("adapted").launch(day(2027, 4, 1)).notification(day(2027, 5, 5));
        assertEquals(1, run.on(adapted.build()).size(), "34 days < 49");
        assertEquals(0, RuleRun.of(new TightSchedule()).set("minimumDays", Map.of("adapted", 30)).on(adapted.build()).size());
        assertEquals("low", RuleRun.of(new TightSchedule()).set("severity", "low").one(adapted.build()).severity());
        assertEquals("low", RuleRun.of(new TightSchedule()).set("possibleSeverity", "low")
                .one(open().launch(quarter(2027, 2)).notification(month(2027, 9)).build()).severity());
        assertEquals(0, RuleRun.of(new TightSchedule()).set("localLegalityCheckDays", 0)
                .on(open().amount(300_000).launch(day(2027, 4, 1)).notification(day(2027, 6, 20)).build()).size());
    }

    @Test
    void skipsClosedRoutes() {
        assertTrue(new TightSchedule().openOpportunitiesOnly());
    }
}

package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.RiskFlag;

class ContinuityGapTest {

    private final RuleRun run = RuleRun.of(new ContinuityGap());

    @Test
    void endingTheDayBeforeTheNewStartIsNoGap() {
        assertEquals(0, run.on(need().incumbentEnd(day(2027, 6, 30)).contractStart(day(2027, 7, 1)).build()).size());
    }

    @Test
    void oneDayWithoutAContractIsAGap() {
        RiskFlag f = run.one(need().incumbentEnd(day(2027, 6, 29)).contractStart(day(2027, 7, 1)).build());
        assertEquals("high", f.severity());
        assertTrue(f.message().contains("se termine le 29 juin 2027") && f.message().contains("avant le 1er juillet 2027")
                && f.message().contains("1 jour sans contrat"), f.message());
        String en = RuleRun.of(new ContinuityGap()).lang("en")
                .message(need().incumbentEnd(day(2027, 6, 29)).contractStart(day(2027, 7, 1)).build());
        assertTrue(en.contains("ends on 29 June 2027") && en.contains("before 1 July 2027") && en.contains("1 day without a contract"),
                en);
    }

    @Test
    void comparesTheLastDayOfTheEndWithTheFirstDayOfTheStart() {
        // ends by 30 June at the latest, starts on 1 September at the earliest: July and August uncovered
        String m = run.message(need().incumbentEnd(month(2027, 6)).contractStart(month(2027, 9)).build());
        assertTrue(m.contains("62 jours sans contrat"), m);
        assertEquals(0, run.on(need().incumbentEnd(month(2027, 6)).contractStart(month(2027, 7)).build()).size());
    }

    @Test
    void withoutContractStartTheNewOneStartsAfterLaunchPlusTheProcedureMinimum() {
        // adapted: 3 May + 49 days = 21 June; the current contract ends on 10 June
        TestNeeds.Builder n = need().procedure("adapted").launch(day(2027, 5, 3)).incumbentEnd(day(2027, 6, 10));
        String m = run.message(n.build());
        assertTrue(m.contains("avant le 21 juin 2027") && m.contains("lancement 3 mai 2027 + 49 jours")
                && m.contains("10 jours sans contrat"), m);
        String en = RuleRun.of(new ContinuityGap()).lang("en").message(n.build());
        assertTrue(en.contains("before 21 June 2027") && en.contains("launch 3 May 2027 + at least 49 days")
                && en.contains("10 days without a contract"), en);
        assertEquals(0, run.on(n.incumbentEnd(day(2027, 6, 20)).build()).size(), "ends the day before");
    }

    @Test
    void theEstimateFollowsTheTightScheduleTableAndItsLegalityCheck() {
        TestNeeds.Builder n = need().procedure("adapted").launch(day(2027, 5, 3)).incumbentEnd(day(2027, 6, 10));
        assertEquals(0, RuleRun.of(new ContinuityGap()).set("TIGHT_SCHEDULE", "minimumDays", Map.of("adapted", 20))
                .on(n.build()).size());
        String m = run.message(n.procedure("open").amount(300_000).build());
        assertTrue(m.contains("+ 92 jours"), "77 days of open procedure + 15 of legality check: " + m);
    }

    @Test
    void noEndDateNoFlagEvenForARenewal() {
        assertEquals(0, run.on(need().renewal(true).contractStart(day(2027, 7, 1)).build()).size());
    }

    @Test
    void neitherContractStartNorLaunchIsNotFlaggedAndDoesNotFail() {
        assertEquals(0, run.on(need().launch(null).incumbentEnd(day(2027, 1, 31)).build()).size());
    }

    @Test
    void severityComesFromTheSettings() {
        assertEquals("medium", RuleRun.of(new ContinuityGap()).set("severity", "medium")
                .one(need().incumbentEnd(day(2027, 6, 29)).contractStart(day(2027, 7, 1)).build()).severity());
    }
}

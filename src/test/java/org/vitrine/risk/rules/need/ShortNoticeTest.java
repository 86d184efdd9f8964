package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;

import org.junit.jupiter.api.Test;
import org.vitrine.model.RiskFlag;

/** The event is on 4 February 2027; 8 weeks later is 1 April 2027. */
class ShortNoticeTest {

    private final RuleRun run = RuleRun.of(new ShortNotice());

    @Test
    void aLaunchSoonAfterTheEvent() {
        RiskFlag f = run.one(need().launch(day(2027, 3, 1)).build());
        assertEquals("medium", f.severity());
        assertTrue(f.message().contains("25 jours après la rencontre du 4 février 2027") && f.message().contains("8 semaines"),
                f.message());
        String en = RuleRun.of(new ShortNotice()).lang("en").message(need().launch(day(2027, 3, 1)).build());
        assertTrue(en.contains("25 days after the event of 4 February 2027") && en.contains("8 weeks"), en);
    }

    @Test
    void eightWeeksAfterIsEnoughOneDayLessIsNot() {
        assertEquals(0, run.on(need().launch(day(2027, 4, 1)).build()).size());
        assertTrue(run.message(need().launch(day(2027, 3, 31)).build()).contains("55 jours"));
    }

    @Test
    void usesTheFirstDayOfTheLaunchWindow() {
        assertEquals(1, run.on(need().launch(month(2027, 3)).build()).size());
        assertEquals(0, run.on(need().launch(quarter(2027, 2)).build()).size());
    }

    @Test
    void aLaunchOnTheEventDay() {
        assertTrue(run.message(need().launch(day(2027, 2, 4)).build()).contains("le jour même de la rencontre"));
    }

    @Test
    void aLaunchBeforeTheEventHasItsOwnMessage() {
        String m = run.message(need().launch(month(2027, 1)).build());
        assertTrue(m.contains("34 jours avant la rencontre du 4 février 2027"), m);
        String en = RuleRun.of(new ShortNotice()).lang("en").message(need().launch(month(2027, 1)).build());
        assertTrue(en.contains("34 days before the event of 4 February 2027"), en);
    }

    @Test
    void noEventDateNoFlag() {
        assertEquals(0, RuleRun.of(new ShortNotice()).event(null).on(need().launch(day(2027, 3, 1)).build()).size());
    }

    @Test
    void noLaunchNoFlag() {
        assertEquals(0, run.on(need().launch(null).build()).size());
    }

    @Test
    void weeksAndSeverityComeFromTheSettings() {
        RuleRun fourWeeks = RuleRun.of(new ShortNotice()).set("minWeeks", 4).set("severity", "low");
        assertEquals(0, fourWeeks.on(need().launch(day(2027, 3, 4)).build()).size(), "28 days");
        RiskFlag f = fourWeeks.one(need().launch(day(2027, 3, 3)).build());
        assertEquals("low", f.severity());
        assertTrue(f.message().contains("4 semaines"), f.message());
    }
}

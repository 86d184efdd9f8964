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
                .startsWith("Remise des offres jusqu’au 17 août 2027, dont au moins 35 jours entre le 14 juillet et le 22 août."));
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
}

package org.vitrine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The edition's day and where it comes from: one precedence rule (review R7), --date first. */
class DefaultsTest {

    @Test
    void aGivenDateIsTheDayAndSaidGiven() {
        assertEquals(org.vitrine.config.DayOrigin.GIVEN, Defaults.dayOrigin("2026-11-26"));
        assertEquals(java.time.LocalDate.of(2026, 11, 26), Defaults.editionDate("2026-11-26"));
    }

    @Test
    void withoutDateTheEpochIsTheOriginWhenSetElseToday() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        boolean set = epoch != null && !epoch.isBlank();
        assertEquals(set ? org.vitrine.config.DayOrigin.EPOCH : org.vitrine.config.DayOrigin.TODAY, Defaults.dayOrigin(null));
    }
}

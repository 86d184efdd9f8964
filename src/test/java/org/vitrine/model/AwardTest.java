package org.vitrine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The last day of an awarded contract: notification plus its months, less one day (lawyer D, defect 12). */
class AwardTest {

    static Award award(String notified, Integer months) {
        return new Award("A", "21710001200010", "A", "90919200", "Marché", null,
                notified == null ? null : LocalDate.parse(notified), months, BigDecimal.ONE, List.of(), null, null, null);
    }

    @ParameterizedTest
    @CsvSource({
            "2024-03-01, 12, 2025-02-28", // the brief's case: 12 months from 1 March 2024
            "2024-01-01, 48, 2027-12-31", // lawyer D: 48 months from 1 January 2024
            "2023-10-01, 48, 2027-09-30", // lawyer D's 2023VB031
            "2025-03-01, 1, 2025-03-31", // a month from the 1st is the whole month
            "2024-01-31, 1, 2024-02-29", // February has no 31st: its last day
            "2024-01-30, 1, 2024-02-29",
            "2024-01-29, 1, 2024-02-28", // the day before 29 February
            "2024-02-29, 12, 2025-02-28", // 2025 has no 29 February
            "2024-03-31, 1, 2024-04-30"})
    void aContractEndsTheDayBeforeTheSameDayOfItsLastMonth(String notified, int months, String end) {
        assertEquals(LocalDate.parse(end), award(notified, months).end());
    }

    @Test
    void noEndWithoutADurationOrANotification() {
        assertNull(award("2024-03-01", null).end());
        assertNull(award(null, 12).end());
    }
}

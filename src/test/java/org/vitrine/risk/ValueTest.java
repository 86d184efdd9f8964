package org.vitrine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values as thresholds compare them (docs/RISKS.md §1): [min, max] totals, "< x" strictly under, "> x" open. */
class ValueTest {

    @ParameterizedTest(name = "[{0}, {1}] vs {2}: atLeast={3} below={4} straddles={5}")
    @CsvSource({
            "214500, 214500, 216000, false, true,  false",
            "216000, 216000, 216000, true,  false, false",
            "180000, 250000, 216000, false, false, true",
            "0,      216000, 216000, false, true,  false",
            "0,      300000, 216000, false, false, true",
            "300000, ,       216000, true,  false, false",
            "100000, ,       216000, false, false, true",
    })
    void comparesWithAThreshold(Long min, Long max, double t, boolean atLeast, boolean below, boolean straddles) {
        Value v = Value.of(need().range(min, max).build());
        assertEquals(atLeast, v.atLeast(t));
        assertEquals(below, v.below(t));
        assertEquals(straddles, v.straddles(t));
    }

    @ParameterizedTest(name = "{0} a year for {1} months: {2}")
    @CsvSource({"45000, 48, 180000", "1450000, 48, 5800000", "60000, , 60000"})
    void countsAnAnnualAmountOverTheWholeDuration(long annual, Integer months, double total) {
        Value v = Value.of(need().amount(annual).annual().durationMonths(months).build());
        assertEquals(total, v.min());
        assertEquals(total, v.max());
    }

    @ParameterizedTest
    @CsvSource({"205200, true", "205199, false", "216000, false"})
    void justUnderMeansWithinFivePercent(long amount, boolean under) {
        assertEquals(under, Value.of(need().amount(amount).build()).justUnder(216_000, 5));
        assertFalse(Value.of(need().range(100_000L, null).build()).justUnder(216_000, 5));
        assertTrue(Value.of(need().range(0L, 216_000L).build()).justUnder(216_000, 5), "< 216 000 sits just under it");
    }
}

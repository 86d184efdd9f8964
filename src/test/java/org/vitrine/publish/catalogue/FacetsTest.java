package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.Amount;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.risk.rules.need.TestNeeds;

/** Bands and quarters a need is filed under: totals over the duration, every band or quarter a range may fall in. */
class FacetsTest {

    static Need need(String min, String max, String basis, Integer months) {
        return TestNeeds.need().amount(new Amount(min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
                "EUR", basis)).durationMonths(months).build();
    }

    @ParameterizedTest(name = "[{0}, {1}] {2} over {3} months → {4}")
    @CsvSource({
        // "< 40 000" is min 0, max 40 000 (excluded): below 40 000, not "de 40 000 à 100 000"
        "0, 40000, total, , b0",
        "40000, 40000, total, , b1",
        "39999, 39999, total, , b0",
        "40000, 90000, total, , b1",
        "80000, 150000, total, , b1 b2",
        // "> 1 M€": open-ended, in every band from 1 M€ up
        "1000000, , total, , b4 b5",
        // 900 k€ a year for 36 months is 2.7 M€ in total
        "900000, 900000, annual, 36, b4",
        // a yearly amount without a duration stays the yearly figure
        "900000, 900000, annual, , b3",
        "5000000, 5000000, total, , b5",
    })
    void bandsFollowTheTotalAndEveryBandARangeOverlaps(String min, String max, String basis, Integer months, String bands) {
        assertEquals(Arrays.asList(bands.split(" ")), Facets.bands(need(min, max, basis, months)));
    }

    @ParameterizedTest(name = "{0}…{1} → {2}")
    @CsvSource({
        "2027-03-15, 2027-03-15, day, 2027-Q1",
        "2027-03-01, 2027-03-31, month, 2027-Q1",
        "2027-04-01, 2027-06-30, quarter, 2027-Q2",
        // a first half may launch in either quarter: the filter of each shows it
        "2027-01-01, 2027-06-30, half, 2027-Q1 2027-Q2",
        "2027-01-01, 2027-12-31, year, 2027-Q1 2027-Q2 2027-Q3 2027-Q4",
        "2026-12-01, 2026-12-31, month, 2026-Q4",
    })
    void aVagueWindowIsInEveryQuarterItOverlaps(LocalDate start, LocalDate end, Period.Precision precision, String quarters) {
        assertEquals(Arrays.asList(quarters.split(" ")), Facets.quarters(TestNeeds.need().launch(new Period(start, end, precision)).build()));
    }

    @ParameterizedTest
    @CsvSource({"900000, annual, 36, 2700000", "900000, annual, 18, 1350000", "900000, total, 36, 900000", "900000, annual, , 900000"})
    void sortsByTheTotal(String amount, String basis, Integer months, String total) {
        assertEquals(0, new BigDecimal(total).compareTo(Facets.value(need(amount, amount, basis, months))));
    }

    @org.junit.jupiter.api.Test
    void noAmountMeansNoBand() {
        assertEquals(List.of(), Facets.bands(TestNeeds.need().amount((Amount) null).build()));
    }

    @org.junit.jupiter.api.Test
    void theCalendarCountsAQuarterAsTheFilterDoesVagueLaunchesIncluded() {
        List<Need> needs = new java.util.ArrayList<>(CatalogueFixture.needs());
        Need.Builder year = needs.get(0).toBuilder();
        year.id = "year";
        year.launch = new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Period.Precision.year);
        needs.add(year.build());
        org.vitrine.messages.Messages msg = org.vitrine.messages.Messages.of("fr");
        List<Timeline.Quarter> quarters = Timeline.quarters(Timeline.slots(needs, msg), msg);
        assertEquals(4, quarters.size());
        for (Timeline.Quarter q : quarters) {
            String key = q.id().substring(1);
            long filter = needs.stream().filter(n -> Facets.quarters(n).contains(key)).count();
            long vague = needs.stream().filter(n -> Facets.quarters(n).contains(key) && Timeline.isVague(n.launch())).count();
            assertEquals(filter, q.count(), key);
            assertEquals(vague, q.vague(), key);
        }
        // T1 2027: a month (January), a quarter, the first half and the year
        assertEquals(List.of(5, 2), List.of(quarters.get(0).count(), quarters.get(0).vague()));
    }
}

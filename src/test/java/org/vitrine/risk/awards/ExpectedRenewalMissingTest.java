package org.vitrine.risk.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.risk.awards.AwardMatcherTest.BUYERS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Award;

class ExpectedRenewalMissingTest {

    static Award award(String id, String cpv, String nature, String notified, Integer months) {
        return new Award(id, "21710001200010", id, cpv, nature, null, LocalDate.parse(notified), months,
                BigDecimal.ONE, List.of(), null, null, null);
    }

    static List<String> missing(List<Award> awards, Set<String> linked) {
        Map<String, List<Award>> m = ExpectedRenewalMissing.of(awards, linked, BUYERS, 2027);
        return m.getOrDefault("ville", List.of()).stream().map(Award::id).toList();
    }

    @Test
    void aRecurringContractEndingInTheYearOrSixMonthsAfterWithNoNeedIsMissing() {
        List<Award> awards = List.of(
                award("ends-jan-2027", "90919200", "Marché", "2023-01-02", 48), // ends 1 January 2027, the year's first day
                award("ends-jun-2028", "90919201", "Marché", "2024-07-01", 48), // ends 30 June 2028, the window's last day
                award("ends-jul-2028", "90919202", "Marché", "2024-07-02", 48), // ends 1 July 2028
                award("ends-2026", "90919203", "Marché", "2023-01-01", 48)); // ends 31 December 2026
        assertEquals(List.of("ends-jan-2027", "ends-jun-2028"), missing(awards, Set.of()));
    }

    @Test
    void withTheEditionDateAContractEndingBeforeTheYearOrLatelyEndedIsMissingToo() {
        // version 2.10, lawyer G T37 (2023CCASA19): the cleaning ends 31/12/2026, after the edition of 26/11/2026 and
        // before the forecast year; one ended on 31/08/2026 is a gap already open; one ended in 2025 is history
        List<Award> awards = List.of(award("ends-2026", "90919203", "Marché", "2023-01-01", 48),
                award("ended-aug-2026", "90919204", "Marché", "2022-09-01", 48),
                award("ended-2025", "90919205", "Marché", "2021-04-01", 48));
        Map<String, List<Award>> m = ExpectedRenewalMissing.of(awards, Set.of(), BUYERS, 2027, LocalDate.of(2026, 11, 26));
        assertEquals(List.of("ended-aug-2026", "ends-2026"), m.get("ville").stream().map(Award::id).toList());
    }

    @Test
    void worksOneOffsShortContractsSubsequentContractsAndLinkedAwardsAreNot() {
        List<Award> awards = List.of(
                // each would end on 31 January 2027 (notified 1 February 2023), in the forecast year
                award("works", "45233140", "Marché", "2023-02-01", 48),
                award("short", "90919200", "Marché", "2026-06-01", 11),
                award("no-duration", "90919200", "Marché", "2026-06-01", null),
                award("subsequent", "09310000", "Marché subséquent", "2023-02-01", 48),
                award("linked", "66515000", "Marché", "2023-02-01", 48),
                award("kept", "66516000", "Accord-cadre", "2023-02-01", 48));
        assertEquals(List.of("kept"), missing(awards, Set.of("linked")));
    }

    @Test
    void anAwardAlreadyFollowedByANewerOneOfTheSameMarketWasRenewed() {
        List<Award> awards = List.of(
                award("old", "90919200", "Marché", "2023-02-01", 48), // ends 31 January 2027
                award("new", "90919200", "Marché", "2026-12-01", 48));
        assertEquals(List.of(), missing(awards, Set.of()));
    }

    @Test
    void aLaterLotOfTheSameConsultationIsNoRenewalOfTheOthers() {
        // officer Y3, D2: six lots notified 8–29 January 2024 for 36 months; only the last was said missing
        List<Award> awards = List.of(
                award("lot1", "33600000", "Marché", "2024-01-08", 36),
                award("lot3", "33600000", "Marché", "2024-01-15", 36),
                award("lot6", "33600000", "Marché", "2024-01-29", 36));
        assertEquals(List.of("lot1", "lot3", "lot6"), missing(awards, Set.of()));
    }

    @Test
    void lotsGroupAsTheMatcherGroupsThemEvenWithoutANotificationDate() {
        // the matcher's own key (AwardMatcher.consultation): the copy it replaced threw on a null notification
        Award a = award("lot-1", "90919200", "Marché", "2023-02-01", 48);
        Award b = award("lot-2", "90919200", "Marché", "2023-02-20", 48);
        Award undated = new Award("lot-3", "21710001200010", "lot-3", "90919200", "Marché", null, null, 48,
                BigDecimal.ONE, List.of(), null, null, null);
        assertEquals(List.of(List.of(a, b), List.of(undated)), ExpectedRenewalMissing.consultations(List.of(a, b, undated)));
    }
}

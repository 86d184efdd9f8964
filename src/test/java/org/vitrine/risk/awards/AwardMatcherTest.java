package org.vitrine.risk.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.config.AwardOverrides;
import org.vitrine.config.Buyers;
import org.vitrine.config.TestBuyers;
import org.vitrine.model.Award;
import org.vitrine.model.AwardLink;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.Needs;

class AwardMatcherTest {

    static final Buyers BUYERS = TestBuyers.of("ville", "21710001200010", "chu", "26710000100017");

    static Award award(String id, String siret, String cpv, String notified, Integer months) {
        return new Award(id, siret, "Nettoyage " + id, cpv, "Marché", "Appel d'offres ouvert", LocalDate.parse(notified), months,
                BigDecimal.valueOf(100_000), List.of(new Award.Holder("11122233300014", "Net Pro")), 3, "71", "Code département");
    }

    static Need need(String buyer, String ref, String cpv, String incumbentEnd, String start) {
        Need.Builder b = Needs.need(buyer, ref, "Nettoyage", 200_000, "public", "f.xlsx", 2).toBuilder();
        b.cpv = new Cpv(cpv, Map.of());
        b.incumbentEnd = incumbentEnd == null ? null : day(incumbentEnd);
        b.contractStart = start == null ? null : day(start);
        return b.build();
    }

    static Period day(String d) {
        return new Period(LocalDate.parse(d), LocalDate.parse(d), Period.Precision.day);
    }

    static List<String> linked(List<AwardLink> links) {
        return links.stream().map(l -> l.award().id() + ":" + l.reason() + (l.daysApart() == null ? "" : ":" + l.daysApart())).toList();
    }

    static final List<Award> AWARDS = List.of(
            award("2023-NET-01", "21710001200010", "90919200", "2023-03-01", 48), // ends 2027-02-28, the day before 1 March
            award("2023-NET-02", "21710001200010", "90910000", "2023-01-01", 48), // same class 9091, ends 2026-12-31
            award("2022-INF-11", "26710000100017", "90919200", "2023-03-01", 48)); // another buyer

    @Test
    void anAwardAlreadyLinkedByACloserEndIsNotLinkedAgain() {
        // lawyer G, defect 9: CH-27-02 (sterilisation, ends 30/09/2027) and CH-27-33 (imaging, ends 31/12/2027) share the
        // generic CPV 50421000; the imaging contract ending 31/12/2027 renews CH-27-33 only
        List<Award> awards = List.of(award("2023CHA09", "26710000100017", "50421000", "2024-01-01", 48));
        AwardMatcher m = new AwardMatcher(awards, BUYERS, 120, AwardOverrides.none());
        List<AwardLink> links = m.links(List.of(need("chu", "CH-27-02", "50421000-2", "2027-09-30", null),
                need("chu", "CH-27-33", "50421000-2", "2027-12-31", null)));
        assertEquals(List.of("2023CHA09:cpv:0"), linked(links));
        assertEquals("CH-27-33", links.get(0).needReference());
        // alone, the sterilisation need still finds it (92 days apart)
        assertEquals(List.of("2023CHA09:cpv:92"), linked(m.links(List.of(need("chu", "CH-27-02", "50421000-2", "2027-09-30", null)))));
    }

    @Test
    void theSameCpvWithAnEndNearTheIncumbentEndIsTheCurrentContract() {
        AwardMatcher m = new AwardMatcher(AWARDS, BUYERS, 120, AwardOverrides.none());
        // 1 to 28 February 2027: 27 days
        assertEquals(List.of("2023-NET-01:cpv:27"), linked(m.links(need("ville", "N1", "90919200-4", "2027-02-01", null))));
    }

    @Test
    void withoutAnIncumbentEndTheDayBeforeTheStartIsUsed() {
        AwardMatcher m = new AwardMatcher(AWARDS, BUYERS, 120, AwardOverrides.none());
        // the new contract starts on 1 March 2027, the day after the current one ends
        assertEquals(List.of("2023-NET-01:cpv:0"), linked(m.links(need("ville", "N1", "90919200-4", null, "2027-03-01"))));
    }

    @Test
    void theClassIsUsedWhenNoAwardHasTheCode() {
        AwardMatcher m = new AwardMatcher(AWARDS, BUYERS, 120, AwardOverrides.none());
        assertEquals(List.of("2023-NET-02:class:0"), linked(m.links(need("ville", "N1", "90911000-6", "2026-12-31", null))));
    }

    @Test
    void anEndTooFarAnotherMarketOrAnotherBuyerIsNoLink() {
        AwardMatcher m = new AwardMatcher(AWARDS, BUYERS, 120, AwardOverrides.none());
        assertTrue(m.links(need("ville", "N1", "90919200-4", "2027-09-01", null)).isEmpty());
        assertTrue(m.links(need("ville", "N1", "30200000-1", "2027-03-01", null)).isEmpty());
        assertTrue(m.links(need("other", "N1", "90919200-4", "2027-03-01", null)).isEmpty());
    }

    @Test
    void theClosestNeedOfTheCpvTooFarInTimeIsTheNearMissOfTheAward() {
        AwardMatcher m = new AwardMatcher(AWARDS, BUYERS, 120, AwardOverrides.none());
        // 2023-NET-01 ends 28 February 2027: N1 ends 1 September (185 days), N2 1 December (276), N3 another CPV, N4
        // another buyer
        m.links(List.of(need("ville", "N2", "90919200-4", "2027-12-01", null), need("ville", "N1", "90919200-4", "2027-09-01", null),
                need("ville", "N3", "30200000-1", "2027-09-01", null), need("chu", "N4", "90919200-4", "2027-09-01", null)));
        AwardLink near = m.nearMiss(AWARDS.get(0), l -> true);
        assertEquals("N1:near:185", near.needReference() + ":" + near.reason() + ":" + near.daysApart());
        // the caller's filter (needs already linked elsewhere) leaves the next one
        assertEquals("N2", m.nearMiss(AWARDS.get(0), l -> !l.needReference().equals("N1")).needReference());
        assertEquals(null, m.nearMiss(AWARDS.get(1), l -> true)); // same class only: no near miss
    }

    @Test
    void aReferenceNamingTheAwardLinksItWhateverTheDates() {
        AwardMatcher m = new AwardMatcher(AWARDS, BUYERS, 120, AwardOverrides.none());
        assertEquals(List.of("2023-NET-02:reference"),
                linked(m.links(need("ville", "Renouv. 2023 NET 02", "30200000-1", null, null))));
    }

    @Test
    void lotsEndingTheSameMonthAreAllLinked() {
        List<Award> lots = List.of(award("L1", "21710001200010", "09310000", "2022-01-06", 60),
                award("L2", "21710001200010", "09310000", "2022-01-07", 60),
                award("L3", "21710001200010", "09310000", "2022-03-06", 60));
        AwardMatcher m = new AwardMatcher(lots, BUYERS, 120, AwardOverrides.none());
        // L1 ends on 5 January 2027, L2 on the 6th, L3 on 5 March: a consultation notified over two days is one contract
        assertEquals(List.of("L1:cpv:0", "L2:cpv:1"), linked(m.links(need("ville", "E", "09310000-5", "2027-01-05", null))));
    }

    @Test
    void twoConsultationsEndingTheSameMonthAreATieNotTwoCurrentContracts() {
        // C1: a 60-month consultation notified January 2022 (ends 5 January 2027); C2: a 48-month one notified January 2023
        // (ends 19 January 2027), same end month.
        List<Award> lots = List.of(award("C1", "21710001200010", "09310000", "2022-01-06", 60),
                award("C2", "21710001200010", "09310000", "2023-01-20", 48));
        AwardMatcher m = new AwardMatcher(lots, BUYERS, 120, AwardOverrides.none());
        assertEquals(List.of("C1:cpv-tie:0", "C2:cpv-tie:14"), linked(m.links(need("ville", "E", "09310000-5", "2027-01-05", null))));
    }

    @Test
    void aCallOffAndItsFrameworkAreOneContractAndALotWithoutProcedureJoinsItsConsultation() {
        // The State's real awards: a call-off (« Marché subséquent ») has its own id and dates, and 49 lots give no
        // procedure; both looked like a second contract ending the same month, so the need had « deux contrats
        // possibles » (68 % of renewal needs alone on their contract before, 92 % after: RealAwardsMatchingTest).
        Award framework = new Award("AC-1", "21710001200010", "Lot 3", "09310000", "Accord-cadre", "Appel d'offres ouvert",
                LocalDate.parse("2022-01-06"), 60, BigDecimal.TEN, List.of(), null, "71", "Code département"); // ends 2027-01-05
        Award callOff = new Award("MS-1", "21710001200010", "Commande 1", "09310000", "Marché subséquent", null,
                LocalDate.parse("2024-02-10"), 35, BigDecimal.TEN, List.of(), null, "71", "Code département"); // ends 2027-01-09
        Award lot = new Award("AC-2", "21710001200010", "Lot 2", "09310000", "Accord-cadre", null,
                LocalDate.parse("2022-01-20"), 60, BigDecimal.TEN, List.of(), null, "71", "Code département");
        Award lot1 = new Award("AC-3", "21710001200010", "Lot 1", "09310000", "Accord-cadre", "Appel d'offres ouvert",
                LocalDate.parse("2022-01-21"), 60, BigDecimal.TEN, List.of(), null, "71", "Code département");
        AwardMatcher m = new AwardMatcher(List.of(framework, callOff, lot, lot1), BUYERS, 120, AwardOverrides.none());
        List<AwardLink> links = m.links(need("ville", "E1", "09310000-5", "2027-01-31", null));
        assertEquals(List.of("cpv"), links.stream().map(AwardLink::reason).distinct().toList(), linked(links).toString());
        assertEquals(1, links.stream().map(l -> m.contract(l.award())).distinct().count());
    }

    @Test
    void staffConfirmAndRejectLinks() {
        AwardOverrides overrides = new AwardOverrides(List.of(
                new AwardOverrides.Entry("ville", "N1", "2023-NET-01", "reject", null),
                new AwardOverrides.Entry("ville", "N2", "2023-NET-02", "confirm", "même prestation")));
        AwardMatcher m = new AwardMatcher(AWARDS, BUYERS, 120, overrides);
        // rejected: the next best award (same class, ends 31 December 2026: 32 days before 1 February) is linked instead
        assertEquals(List.of("2023-NET-02:class:32"), linked(m.links(need("ville", "N1", "90919200-4", "2027-02-01", null))));
        assertEquals(List.of("2023-NET-02:confirmed"), linked(m.links(need("ville", "n 2", "30200000-1", null, null))));
    }

    @Test
    void aNeedGivingNoDateIsProbablyTheRenewalOfTheOneContractOfItsCpvEndingInTheYear() {
        // lawyer F, D2: SIE-27-03 (meters, no incumbent end, no start) renews 2023SIE010 (same CPV, ends 31 May 2027)
        AwardMatcher m = new AwardMatcher(AWARDS, BUYERS, 120, AwardOverrides.none(), 2027);
        assertEquals(List.of("2023-NET-01:probable"), linked(m.links(need("ville", "N1", "90919200-4", null, null))));
        // the class is not enough for so weak a link; another buyer's award never links
        assertTrue(m.links(need("ville", "N1", "90911000-6", null, null)).isEmpty());
        assertTrue(m.links(need("chu", "N1", "90910000-9", null, null)).isEmpty());
        // outside the window (ends 2026): none; without the forecast year (the old matcher): none
        assertTrue(new AwardMatcher(AWARDS, BUYERS, 120, AwardOverrides.none(), 2028)
                .links(need("ville", "N1", "90919200-4", null, null)).isEmpty());
        assertTrue(new AwardMatcher(AWARDS, BUYERS, 120, AwardOverrides.none())
                .links(need("ville", "N1", "90919200-4", null, null)).isEmpty());
        // two contracts of that CPV ending in the year: which one is unknown, no link
        List<Award> two = new java.util.ArrayList<>(AWARDS);
        two.add(award("2024-NET-07", "21710001200010", "90919200", "2024-06-01", 36));
        assertTrue(new AwardMatcher(two, BUYERS, 120, AwardOverrides.none(), 2027)
                .links(need("ville", "N1", "90919200-4", null, null)).isEmpty());
    }
}

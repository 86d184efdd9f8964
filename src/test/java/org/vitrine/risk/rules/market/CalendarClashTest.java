package org.vitrine.risk.rules.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.market.MarketNeeds.day;
import static org.vitrine.risk.rules.market.MarketNeeds.flag;
import static org.vitrine.risk.rules.market.MarketNeeds.month;
import static org.vitrine.risk.rules.market.MarketNeeds.need;
import static org.vitrine.risk.rules.market.MarketNeeds.quarter;
import static org.vitrine.risk.rules.market.MarketNeeds.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.Flags;

class CalendarClashTest {

    private final CalendarClash rule = new CalendarClash();

    @Test
    void openProceduresOfTwoBuyersWhoseBidPeriodsShareOneDayClashForBoth() {
        // open: 35 days, so 1 March gives bids until 5 April, the day the other one starts
        Need a = need("a").buyer("ville-a").launch(day(2027, 3, 1)).build();
        Need b = need("b").buyer("ville-b").launch(day(2027, 4, 5)).build();
        Flags flags = run(rule, List.of(a, b));
        RiskFlag fa = flag(flags, "a");
        assertEquals("high", fa.severity());
        assertEquals(List.of("b"), fa.related());
        assertEquals(List.of("a"), flag(flags, "b").related());
        assertEquals("Période de remise des offres estimée du 1er mars 2027 au 5 avril 2027, en même temps que 1 besoin "
                + "de 1 autre acheteur sur le même marché (CPV 30190000 – Machines, fournitures et équipement de bureau divers) ; "
                + "ensemble, ces périodes vont du 1er mars 2027 au 10 mai 2027. À coordonner avec ces acheteurs pour que les "
                + "entreprises puissent répondre à chacun.", fa.message());
    }

    @Test
    void bidPeriodsOneDayApartDoNotClash() {
        Need a = need("a").buyer("ville-a").launch(day(2027, 3, 1)).build();
        Need b = need("b").buyer("ville-b").launch(day(2027, 4, 6)).build();
        assertTrue(run(rule, List.of(a, b)).all().isEmpty());
    }

    @Test
    void needsOfTheSameBuyerDoNotClash() {
        Need a = need("a").buyer("ville-a").launch(month(2027, 3)).build();
        Need b = need("b").buyer("ville-a").launch(month(2027, 3)).build();
        assertTrue(run(rule, List.of(a, b)).all().isEmpty());
    }

    @Test
    void needsInDifferentCpvClassesDoNotClash() {
        Need a = need("a").buyer("ville-a").cpv("30192000-1").launch(month(2027, 3)).build();
        Need b = need("b").buyer("ville-b").cpv("30210000-4").launch(month(2027, 3)).build();
        assertTrue(run(rule, List.of(a, b)).all().isEmpty());
    }

    @Test
    void quarterWindowsGiveAPossibleClashAtLowSeverity() {
        Need a = need("a").buyer("ville-a").launch(quarter(2027, 2)).build();
        Need b = need("b").buyer("ville-b").launch(month(2027, 6)).build();
        Flags flags = run(rule, List.of(a, b));
        for (String id : List.of("a", "b")) {
            RiskFlag f = flag(flags, id);
            assertEquals("low", f.severity());
            assertTrue(f.message().startsWith("Chevauchement possible"), f.message());
        }
    }

    @Test
    void aPreciseNeedWithAlsoAPreciseClashIsCertainAndCountsEveryOverlap() {
        Need a = need("a").buyer("ville-a").launch(month(2027, 3)).build();
        Need b = need("b").buyer("ville-b").launch(month(2027, 3)).build();
        Need c = need("c").buyer("ville-c").launch(quarter(2027, 1)).build();
        Flags flags = run(rule, List.of(a, b, c));
        assertEquals("high", flag(flags, "a").severity());
        assertTrue(flag(flags, "a").message().contains("2 besoins de 2 autres acheteurs"), flag(flags, "a").message());
        assertEquals("low", flag(flags, "c").severity());
    }

    @Test
    void aClashAmongTenBuyersFlagsEachNeedOnceWithTheNineOthers() {
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            needs.add(need("n" + i).buyer("buyer-" + i).launch(day(2027, 5, 1 + i)).build());
        }
        Flags flags = run(rule, needs);
        assertEquals(10, flags.all().size());
        for (Need n : needs) {
            RiskFlag f = flag(flags, n.id());
            assertEquals(9, f.related().size());
            assertTrue(f.message().contains("9 besoins de 9 autres acheteurs"), f.message());
            assertTrue(f.message().contains("du 1er mai 2027 au 14 juin 2027"), f.message());
        }
    }

    @Test
    void twoNeedsOfOneOtherBuyerCountAsOneBuyer() {
        Need a = need("a").buyer("ville-a").launch(month(2027, 3)).build();
        Need b1 = need("b1").buyer("ville-b").launch(month(2027, 3)).build();
        Need b2 = need("b2").buyer("ville-b").launch(month(2027, 4)).build();
        Flags flags = run(rule, List.of(a, b1, b2));
        assertEquals(List.of("b1", "b2"), flag(flags, "a").related());
        assertTrue(flag(flags, "a").message().contains("2 besoins de 1 autre acheteur "), flag(flags, "a").message());
        assertEquals(List.of("a"), flag(flags, "b1").related());
    }

    @Test
    void relatedIsCappedSymmetricallyWhileTheMessageKeepsTheFullCount() {
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            needs.add(need(String.format("n%02d", i)).buyer("buyer-" + i).launch(month(2027, 9)).build());
        }
        Flags flags = run(rule, needs, "fr", Map.of("CALENDAR_CLASH", Map.of("maxRelated", 4)));
        assertEquals(30, flags.all().size());
        for (Need n : needs) {
            RiskFlag f = flag(flags, n.id());
            assertTrue(f.related().size() <= 4 && !f.related().isEmpty(), f.related().toString());
            assertTrue(f.message().contains("29 besoins de 29 autres acheteurs"), f.message());
            for (String other : f.related()) {
                assertTrue(flag(flags, other).related().contains(n.id()), n.id() + " / " + other);
            }
        }
    }

    @Test
    void theMessageIsInEnglishWithTheSameFigures() {
        Need a = need("a").buyer("ville-a").launch(day(2027, 3, 1)).procedure("adapted").build();
        Need b = need("b").buyer("ville-b").launch(quarter(2027, 1)).procedure(null).build();
        Flags flags = run(rule, List.of(a, b), "en", Map.of());
        assertEquals("Possible overlap, as a launch is known only to the quarter, half or year: estimated bid period from "
                + "1 March 2027 to 22 March 2027, at the same time as 1 need of 1 other buyer in the same market "
                + "(CPV 30190000 – Various office equipment and supplies); together these periods run from 1 January 2027 "
                + "to 30 April 2027. Please set the launch month and coordinate with these buyers.", flag(flags, "a").message());
    }

    @Test
    void settingsChangeTheMarketDepthTheResponseDaysAndTheSeverities() {
        Need a = need("a").buyer("ville-a").cpv("30192000-1").launch(day(2027, 3, 1)).build();
        Need b = need("b").buyer("ville-b").cpv("30210000-4").launch(day(2027, 3, 20)).build();
        assertTrue(run(rule, List.of(a, b)).all().isEmpty());
        Flags wide = run(rule, List.of(a, b), "fr", Map.of("CALENDAR_CLASH", Map.of("cpvDepth", 2, "severity", "medium")));
        assertEquals("medium", flag(wide, "a").severity());
        assertTrue(flag(wide, "a").message().contains("CPV 30000000"), flag(wide, "a").message());
        Flags shortBids = run(rule, List.of(a, b), "fr",
                Map.of("CALENDAR_CLASH", Map.of("cpvDepth", 2, "responseDays", Map.of("open", 10))));
        assertTrue(shortBids.all().isEmpty());
        Need q = need("q").buyer("ville-q").cpv("30192000-1").launch(quarter(2027, 1)).build();
        Flags possible = run(rule, List.of(a, q), "fr", Map.of("CALENDAR_CLASH", Map.of("possibleSeverity", "medium")));
        assertEquals("medium", flag(possible, "q").severity());
    }

    @Test
    void needsWithoutLaunchOrCpvAreLeftOutWithoutError() {
        Need a = need("a").buyer("ville-a").launch(null).build();
        Need b = need("b").buyer("ville-b").cpv(null).build();
        Need c = need("c").buyer("ville-c").build();
        assertTrue(run(rule, List.of(a, b, c)).all().isEmpty());
    }
}

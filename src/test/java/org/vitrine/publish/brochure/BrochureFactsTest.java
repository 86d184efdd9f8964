package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.Need;
import org.vitrine.model.Period;

class BrochureFactsTest {

    @Test
    void totalsMonthsAndDivisions() throws Exception {
        List<Need> needs = BrochureFixture.needs(ConfigLoader.load(Path.of("config")));
        BrochureFacts facts = new BrochureFacts(needs, 2027, "fr", Locale.FRENCH, new org.vitrine.messages.Fmt(org.vitrine.messages.Messages.of("fr")));
        List<Need> inYear = needs.stream().filter(n -> !n.beyondYear() && n.launch().start().getYear() == 2027).toList();
        assertEquals(needs.size() - 2, inYear.size(), "the fixture has one need launching after the year, one before");
        int byCategory = facts.categories().stream().mapToInt(BrochureFacts.CategoryTotal::count).sum();
        assertEquals(inYear.size(), byCategory);
        BigDecimal sum = inYear.stream().map(org.vitrine.model.TotalValue::low).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(facts.low()));
        assertTrue(facts.forecast().open(), "the fixture has an open-ended amount");
        assertEquals(inYear.size(), facts.forecast().count());
        assertEquals(1, facts.later().count());
        assertEquals(1, facts.before().count());
        assertEquals(12, facts.months().size());
        assertEquals("Janvier", facts.months().get(0).label());
        long byMonth = inYear.stream().filter(n -> n.launch().precision() == Period.Precision.month
                || n.launch().precision() == Period.Precision.day).count();
        assertTrue(byMonth < inYear.size(), "the fixture has launches known only to the quarter");
        assertEquals(byMonth, facts.months().stream().mapToInt(BrochureFacts.MonthCount::count).sum());
        assertEquals(inYear.size() - byMonth, facts.unspecified().stream().mapToInt(BrochureFacts.MonthCount::count).sum());
        assertEquals(List.of("2e trimestre 2027"), facts.unspecified().stream().map(BrochureFacts.MonthCount::label).toList());
        assertEquals(100, facts.months().stream().mapToInt(BrochureFacts.MonthCount::percent).max().orElse(0));
        int indexed = facts.divisions().stream().mapToInt(d -> d.needs().size()).sum();
        assertEquals(needs.size(), indexed);
        assertEquals("09", facts.divisions().get(0).code());
        assertEquals(List.of("09", "30", "33", "45", "72", "90"), facts.divisions().stream().map(BrochureFacts.Division::code).toList());
    }

    /** A launch known to the quarter is not counted in January, April...: it has its own row, and none in the months. */
    @Test
    void launchesWithoutAMonthAreCountedApart() {
        List<Need> needs = List.of(launch(Period.Precision.month, 1, 1), launch(Period.Precision.year, 1, 12),
                launch(Period.Precision.half, 1, 6), launch(Period.Precision.quarter, 1, 3), launch(Period.Precision.quarter, 4, 6),
                launch(Period.Precision.quarter, 1, 3));
        BrochureFacts facts = facts(needs);
        assertEquals(1, facts.months().get(0).count());
        assertEquals(1, facts.months().stream().mapToInt(BrochureFacts.MonthCount::count).sum());
        assertEquals(List.of("1er trimestre 2027 2", "2e trimestre 2027 1", "1er semestre 2027 1", "2027 1"),
                facts.unspecified().stream().map(m -> m.label() + " " + m.count()).toList());
        assertEquals(100, facts.unspecified().get(0).percent(), "one scale: the busiest row is the quarter");
        assertEquals(50, facts.months().get(0).percent());
    }

    /**
     * « Mois à préciser » lists the quarters, then the halves, then the year (designer Y, D6): in the order they end,
     * T1, T2, S1, T3, T4, S2, 2027, it read oddly.
     */
    @Test
    void periodsWithoutAMonthReadQuartersThenHalvesThenTheYear() {
        List<Need> needs = List.of(launch(Period.Precision.year, 1, 12), launch(Period.Precision.half, 7, 12),
                launch(Period.Precision.quarter, 10, 12), launch(Period.Precision.quarter, 7, 9),
                launch(Period.Precision.half, 1, 6), launch(Period.Precision.quarter, 4, 6), launch(Period.Precision.quarter, 1, 3));
        assertEquals(List.of("1er trimestre 2027", "2e trimestre 2027", "3e trimestre 2027", "4e trimestre 2027",
                "1er semestre 2027", "2e semestre 2027", "2027"),
                facts(needs).unspecified().stream().map(BrochureFacts.MonthCount::label).toList());
    }

    /**
     * A yearly amount counts for its total over the duration; a total over ranges runs from the sum of the
     * minimums to the sum of the maximums; an open-ended amount, a yearly one without a duration or none at
     * all leave only the sum of the minimums, "au moins". (The upper figure of a range added to the floor of
     * an open amount, "au moins 1 320 000 €", was neither a floor nor a ceiling.)
     */
    @Test
    void totalsRunFromTheMinimumsToTheMaximumsAndAreAFloorWhenOneIsOpen() {
        Need.Builder yearly = launch(Period.Precision.month, 1, 1).toBuilder();
        yearly.amount = new org.vitrine.model.Amount(new BigDecimal("100000"), new BigDecimal("100000"), "EUR", "annual");
        yearly.durationMonths = 36;
        Need.Builder range = launch(Period.Precision.month, 2, 2).toBuilder();
        range.id = "range";
        range.amount = new org.vitrine.model.Amount(new BigDecimal("10000"), new BigDecimal("20000"), "EUR", "total");
        Need.Builder under = launch(Period.Precision.month, 2, 2).toBuilder();
        under.id = "under";
        under.amount = new org.vitrine.model.Amount(BigDecimal.ZERO, new BigDecimal("40000"), "EUR", "total"); // "< 40 000"
        Need.Builder open = launch(Period.Precision.month, 3, 3).toBuilder();
        open.id = "open";
        open.amount = new org.vitrine.model.Amount(new BigDecimal("1000000"), null, "EUR", "total");
        BrochureAmounts words = new BrochureAmounts(org.vitrine.messages.Messages.of("fr"), new org.vitrine.messages.Fmt(org.vitrine.messages.Messages.of("fr")));

        BrochureFacts exact = facts(List.of(yearly.build()));
        assertTrue(exact.forecast().exact());
        assertEquals("300 000 €", plain(words.sum(exact.forecast())));

        BrochureFacts ranges = facts(List.of(yearly.build(), range.build(), under.build()));
        assertEquals(new BigDecimal("310000"), ranges.forecast().low());
        assertEquals(new BigDecimal("360000"), ranges.forecast().high());
        assertFalse(ranges.forecast().open());
        assertEquals("de 310 000 à 360 000 €", plain(words.sum(ranges.forecast())));

        BrochureFacts floor = facts(List.of(yearly.build(), range.build(), open.build()));
        assertTrue(floor.forecast().open());
        assertEquals(new BigDecimal("1310000"), floor.low());
        assertEquals("au moins 1 310 000 €", plain(words.sum(floor.forecast())));
        assertTrue(floor.categories().stream().anyMatch(c -> c.sum().open()), floor.categories().toString());

        yearly.durationMonths = null; // the yearly figure alone: its total is not known above it
        assertTrue(facts(List.of(yearly.build())).forecast().open());
        Need.Builder none = range.build().toBuilder();
        none.amount = null;
        BrochureFacts unknown = facts(List.of(range.build(), none.build()));
        assertEquals("au moins 10 000 €", plain(words.sum(unknown.forecast())));
    }

    private static String plain(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /**
     * A buyer's needs read in the chart's order: the year's months first (a quarter's need is not among
     * January's), then « Mois à préciser » in the same order as the chart's rows, then after the year.
     */
    @Test
    void needsAreListedInTheChartsOrderWithUnspecifiedMonthsAfterTheMonths() {
        Need q1 = named(launch(Period.Precision.quarter, 1, 3), "q1");
        Need year = named(launch(Period.Precision.year, 1, 12), "year");
        Need s1 = named(launch(Period.Precision.half, 1, 6), "s1");
        Need q2 = named(launch(Period.Precision.quarter, 4, 6), "q2");
        Need jan = named(launch(Period.Precision.month, 1, 1), "jan");
        Need.Builder d = launch(Period.Precision.day, 3, 3).toBuilder();
        d.launch = new Period(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 15), Period.Precision.day);
        Need mar15 = named(d.build(), "mar15");
        Need dec = named(launch(Period.Precision.month, 12, 12), "dec");
        Need.Builder a = jan.toBuilder();
        a.launch = new Period(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 3, 31), Period.Precision.quarter);
        a.beyondYear = true;
        Need after = named(a.build(), "after");
        Need.Builder b = jan.toBuilder();
        b.launch = new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), Period.Precision.month);
        Need before = named(b.build(), "before");
        Need.Builder u = jan.toBuilder();
        u.launch = null;
        Need none = named(u.build(), "none");
        List<Need> given = List.of(none, after, year, q2, s1, dec, q1, mar15, before, jan);
        List<String> order = given.stream().sorted(BrochureFacts.launchOrder(2027, Locale.FRENCH)).map(Need::id).toList();
        assertEquals(List.of("before", "jan", "mar15", "dec", "q1", "q2", "s1", "year", "after", "none"), order);
        // The vague ones in the list read as the chart's « Mois à préciser » rows.
        assertEquals(List.of("1er trimestre 2027", "2e trimestre 2027", "1er semestre 2027", "2027"),
                facts(List.of(year, q2, s1, q1)).unspecified().stream().map(BrochureFacts.MonthCount::label).toList());
    }

    private static Need named(Need n, String id) {
        Need.Builder b = n.toBuilder();
        b.id = id;
        b.title = id;
        return b.build();
    }

    /** Needs launching after the forecast year, or before it, are not in its figures: they are counted apart. */
    @Test
    void launchesOutsideTheYearAreCountedApart() {
        Need in = launch(Period.Precision.month, 5, 5);
        Need.Builder after = in.toBuilder();
        after.id = "after";
        after.launch = new Period(LocalDate.of(2028, 3, 1), LocalDate.of(2028, 3, 31), Period.Precision.month);
        after.beyondYear = true;
        Need.Builder earlier = in.toBuilder();
        earlier.id = "before";
        earlier.launch = new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), Period.Precision.month);
        earlier.beforeYear = true;
        BrochureFacts facts = facts(List.of(in, after.build(), earlier.build()));
        assertEquals(1, facts.forecast().count());
        assertEquals(new BigDecimal("1000"), facts.low());
        assertEquals(1, facts.later().count());
        assertEquals(new BigDecimal("1000"), facts.later().high());
        assertEquals(1, facts.before().count());
        assertEquals(1, facts.categories().stream().mapToInt(BrochureFacts.CategoryTotal::count).sum());
        assertEquals(1, facts.months().stream().mapToInt(BrochureFacts.MonthCount::count).sum());
    }

    @Test
    void totalsAreWholeEuros() {
        Need a = amount(launch(Period.Precision.month, 1, 1), "100.25");
        Need b = amount(launch(Period.Precision.month, 2, 2), "0.25");
        BrochureFacts facts = facts(List.of(a, b));
        assertEquals(new BigDecimal("101"), facts.low());
        assertEquals(new BigDecimal("101"), facts.forecast().high());
        assertEquals("101", new org.vitrine.messages.Fmt(org.vitrine.messages.Messages.of("fr")).number(facts.low()));
    }

    /** French dictionary order: accented capitals among their letter, not after Z. */
    @Test
    void indexSortsTitlesWithAFrenchCollator() {
        List<Need> needs = new java.util.ArrayList<>();
        for (String t : List.of("Zinc", "Étude de sol", "Échographes", "eau potable", "Entretien", "Ébénisterie")) {
            Need.Builder n = launch(Period.Precision.month, 1, 1).toBuilder();
            n.title = t;
            n.id = t;
            needs.add(n.build());
        }
        List<String> order = facts(needs).divisions().get(0).needs().stream().map(Need::title).toList();
        assertEquals(List.of("eau potable", "Ébénisterie", "Échographes", "Entretien", "Étude de sol", "Zinc"), order);
    }

    @Test
    void allNewOnlyWhenNoNeedIsUnchangedOrRevised() {
        Need n = launch(Period.Precision.month, 1, 1);
        Need.Builder b = n.toBuilder();
        b.change = "new";
        Need fresh = b.build();
        b.change = "unchanged";
        assertTrue(facts(List.of(fresh, fresh)).allNew());
        assertFalse(facts(List.of(fresh, b.build())).allNew());
    }

    /**
     * A groupement de commandes is one contract (designer W: the cover said 226 needs and the figures 219 with four
     * groups' 16 shares counted apart): counted once, with every share's amount, and listed once in the index.
     */
    @Test
    void aGroupementIsOneContractWithAllItsShares() throws Exception {
        List<Need> needs = new java.util.ArrayList<>(BrochureFixture.needs(ConfigLoader.load(Path.of("config"))));
        BrochureFacts alone = facts(needs);
        // the first need of three buyers become the shares of one group, the second buyer's the coordinator
        java.util.Set<String> buyers = new java.util.HashSet<>();
        List<Need> shares = new java.util.ArrayList<>();
        for (int i = 0; i < needs.size() && shares.size() < 3; i++) {
            Need n = needs.get(i);
            if (!n.beyondYear() && n.launch().start().getYear() == 2027 && n.live() == null && buyers.add(n.buyer().id())) {
                Need.Builder b = n.toBuilder();
                b.jointGroup = new org.vitrine.model.JointGroup("Énergie 2027", shares.size() == 1);
                b.cpv = needs.get(0).cpv();
                needs.set(i, b.build());
                shares.add(needs.get(i));
            }
        }
        assertEquals(3, shares.size());
        org.vitrine.messages.Messages fr = org.vitrine.messages.Messages.of("fr");
        var groups = new org.vitrine.publish.catalogue.JointGroups(needs, id -> null, fr);
        BrochureFacts facts = new BrochureFacts(needs, groups, 2027, "fr", Locale.FRENCH, new org.vitrine.messages.Fmt(fr));
        // the cover counts as the catalogue does (JointGroups.contracts): the same one group
        assertEquals(needs.size() - 2, groups.contracts(needs));
        assertEquals(1, groups.all().size());
        assertEquals(alone.forecast().count() - 2, facts.forecast().count());
        assertEquals(0, alone.forecast().low().compareTo(facts.forecast().low()), "every share's amount is in the total");
        long listed = facts.divisions().stream().flatMap(d -> d.needs().stream())
                .filter(n -> n.jointGroup() != null).count();
        assertEquals(1, listed, "the index lists the group once");
        assertTrue(facts.divisions().stream().anyMatch(d -> d.needs().contains(shares.get(1))), "by its coordinator's share");
    }

    private static BrochureFacts facts(List<Need> needs) {
        return new BrochureFacts(needs, 2027, "fr", Locale.FRENCH, new org.vitrine.messages.Fmt(org.vitrine.messages.Messages.of("fr")));
    }

    private static Need launch(Period.Precision precision, int firstMonth, int lastMonth) {
        Need.Builder n = org.vitrine.normalise.Needs.need("b", "r" + precision + firstMonth, "t", 1000, "public", "f.xlsx", 2).toBuilder();
        LocalDate start = LocalDate.of(2027, firstMonth, 1);
        LocalDate end = LocalDate.of(2027, lastMonth, 1);
        n.launch = new Period(start, end.withDayOfMonth(end.lengthOfMonth()), precision);
        return n.build();
    }

    private static Need amount(Need n, String value) {
        Need.Builder b = n.toBuilder();
        b.amount = new org.vitrine.model.Amount(new BigDecimal(value), new BigDecimal(value), "EUR", "total");
        return b.build();
    }
}

package org.vitrine.publish.brochure;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.messages.Fmt;
import org.vitrine.model.TotalValue;
import org.vitrine.model.TotalValue.Sum;
import org.vitrine.publish.catalogue.JointGroups;

/**
 * The figures of the brochure's at-a-glance page and its CPV index, computed once from the public
 * needs so that templates only lay them out. Exposed to templates as {@code facts}. The headline figures
 * are the forecast year's: needs launching after it (or before it, between the edition and the year) are
 * counted apart. Amounts are totals over the duration (a yearly amount times the duration, as the
 * catalogue's {@link TotalValue}), summed by {@link TotalValue.Sum}: from the sum of the lower figures to
 * the sum of the upper ones, only a floor ("au moins") when some amount has no upper figure.
 * A groupement de commandes is one contract (the catalogue's {@link JointGroups}): counted once, in its leading
 * share's category and month, with all its shares' amounts, and listed once in the index (designer W: the cover and
 * the figures counted each member's share as a need of its own).
 */
public final class BrochureFacts {

    /** Needs and summed estimated value of one category (works, supplies, services). */
    public record CategoryTotal(String code, Sum sum) {
        public int count() {
            return sum.count();
        }
    }

    /**
     * Launches in one month of the forecast year, or in a quarter, half or the whole year when the buyer
     * gave no month ("à préciser"); {@code percent} of the busiest row, for the bar.
     */
    public record MonthCount(String label, int count, int percent) {
    }

    /** A CPV division (two first digits) and its needs, sorted by title. */
    public record Division(String code, String label, List<Need> needs) {
    }

    private final int year;
    private final List<CategoryTotal> categories = new ArrayList<>();
    private final List<MonthCount> months = new ArrayList<>();
    private final List<MonthCount> unspecified = new ArrayList<>();
    private final List<Division> divisions = new ArrayList<>();
    private Sum forecast = Sum.NONE;
    private Sum later = Sum.NONE;
    private Sum before = Sum.NONE;
    private int busiest;
    private final boolean allNew;
    private final JointGroups groups;

    /** {@code fmt} words the periods of launches known only to the quarter, half or year. No groupement. */
    public BrochureFacts(List<Need> needs, int year, String lang, Locale locale, Fmt fmt) {
        this(needs, null, year, lang, locale, fmt);
    }

    /** The same with {@code groups} (may be null) the groupements de commandes among {@code needs}. */
    public BrochureFacts(List<Need> needs, JointGroups groups, int year, String lang, Locale locale, Fmt fmt) {
        this.year = year;
        this.groups = groups;
        Map<String, Sum> sums = new LinkedHashMap<>();
        for (String c : List.of("works", "supplies", "services")) {
            sums.put(c, Sum.NONE);
        }
        int[] byMonth = new int[12];
        // A launch known to the quarter, half or year is counted apart, not in its first month.
        // The quarters, then the halves, then the year, each in its own order: T1, T2, T3, T4, S1, S2, the year (designer Y,
        // D6: in the order they end, T1, T2, S1, T3, T4, S2, the year, read oddly). The cards keep their own order.
        Map<Period, int[]> byPeriod = new TreeMap<>(Comparator.comparing(Period::precision, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Period::start, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Period::end, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, List<Need>> byDivision = new TreeMap<>();
        boolean allNew = true;
        for (Need n : needs) {
            allNew &= "new".equals(n.change());
            if (groups != null && !groups.listed(n)) {
                continue; // a member's share: counted with its group's leading share
            }
            Period launch = n.launch();
            if (n.beyondYear() || (launch != null && launch.start().getYear() > year)) {
                later = plus(later, n);
            } else if (n.beforeYear() || (launch != null && launch.start().getYear() < year)) {
                before = plus(before, n);
            } else {
                String c = n.category() == null ? "other" : n.category();
                sums.put(c, plus(sums.getOrDefault(c, Sum.NONE), n));
                forecast = plus(forecast, n);
                if (launch != null && (launch.precision() == Period.Precision.day || launch.precision() == Period.Precision.month)) {
                    byMonth[launch.start().getMonthValue() - 1]++;
                } else if (launch != null) {
                    byPeriod.computeIfAbsent(launch, k -> new int[1])[0]++;
                }
            }
            if (n.cpv() != null && n.cpv().code() != null) {
                byDivision.computeIfAbsent(CpvCatalogue.division(n.cpv().code()), k -> new ArrayList<>()).add(n);
            }
        }
        forecast = forecast.rounded();
        later = later.rounded();
        before = before.rounded();
        sums.forEach((c, k) -> categories.add(new CategoryTotal(c, k.rounded())));
        this.allNew = allNew;
        // Periods that read the same (a year given twice with other end dates) make one row.
        Map<String, int[]> byLabel = new LinkedHashMap<>();
        byPeriod.forEach((p, k) -> byLabel.computeIfAbsent(fmt.period(p), x -> new int[1])[0] += k[0]);
        // One scale for both charts: a quarter's bar compares with a month's.
        for (int m : byMonth) {
            busiest = Math.max(busiest, m);
        }
        for (int[] k : byLabel.values()) {
            busiest = Math.max(busiest, k[0]);
        }
        for (int i = 0; i < 12; i++) {
            String label = Month.of(i + 1).getDisplayName(TextStyle.FULL_STANDALONE, locale);
            label = label.substring(0, 1).toUpperCase(locale) + label.substring(1);
            months.add(new MonthCount(label, byMonth[i], percent(byMonth[i])));
        }
        byLabel.forEach((label, k) -> unspecified.add(new MonthCount(label, k[0], percent(k[0]))));
        CpvCatalogue cpv = CpvCatalogue.load();
        // The index reads in a French index's order (IndexOrder): word by word, "de" and "du" before "d’un" (an elided
        // word files with its word), "Échographes" and "Étude" among the E, not after Z; case does not count.
        Comparator<Need> byTitle = Comparator.comparing((Need n) -> n.title() == null ? "" : n.title(), IndexOrder.of(locale))
                .thenComparing(Need::id);
        byDivision.forEach((d, list) -> {
            list.sort(byTitle);
            String label = cpv.label(d + "000000", lang);
            divisions.add(new Division(d, label == null ? "" : label, List.copyOf(list)));
        });
    }

    /**
     * The order of a buyer's needs in the brochure: launches before the forecast year, then the
     * year's launches known to the month or day in date order, then those known only to the quarter, half or
     * year (« Mois à préciser ») by their end, the shorter first (T1, T2, S1, T3…: a buyer's pages read as a timeline;
     * the chart lists quarters, then halves, then the year: designer Y, D6), then the launches after the
     * year (the same way), then needs without a launch; then by title (French collation) and id.
     */
    public static Comparator<Need> launchOrder(int year, Locale locale) {
        Collator collator = IndexOrder.collator(locale); // the index's strength: one French order in the brochure
        return Comparator.comparingInt((Need n) -> bucket(n, year))
                .thenComparingInt(n -> precise(n.launch()) ? 0 : 1)
                .thenComparing((Need n) -> precise(n.launch()) ? n.launch().start() : n.launch() == null ? null : n.launch().end(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing((Need n) -> n.launch() == null ? null : n.launch().start(),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing((Need n) -> n.title() == null ? "" : n.title(), collator)
                .thenComparing(Need::id);
    }

    /** 0 before the year, 1 in it, 2 after it, 3 no launch: as the figures count them. */
    private static int bucket(Need n, int year) {
        Period launch = n.launch();
        if (n.beyondYear() || (launch != null && launch.start() != null && launch.start().getYear() > year)) {
            return 2;
        }
        if (n.beforeYear() || (launch != null && launch.start() != null && launch.start().getYear() < year)) {
            return 0;
        }
        return launch == null || launch.start() == null ? 3 : 1;
    }

    private static boolean precise(Period p) {
        return p != null && p.start() != null && (p.precision() == Period.Precision.day || p.precision() == Period.Precision.month);
    }

    /** {@code s} with one more contract: a need of its own, or a group's leading share with every share's amount. */
    private Sum plus(Sum s, Need n) {
        JointGroups.Group g = groups == null ? null : groups.of(n);
        if (g == null) {
            return s.plus(n);
        }
        Sum t = s;
        for (Need m : g.members()) {
            t = t.plus(m);
        }
        return new Sum(s.count() + 1, t.low(), t.high());
    }

    private int percent(int count) {
        return busiest == 0 ? 0 : Math.round(100f * count / busiest);
    }

    public int year() {
        return year;
    }

    public List<CategoryTotal> categories() {
        return categories;
    }

    /** The forecast year's needs (neither before nor after it): the headline figures. */
    public Sum forecast() {
        return forecast;
    }

    /** The forecast year's summed value, its lower figure (whole euros). */
    public BigDecimal low() {
        return forecast.low();
    }

    public List<MonthCount> months() {
        return months;
    }

    /** Launches of the forecast year known only to the quarter, half or year: the quarters, then the halves, then the year. */
    public List<MonthCount> unspecified() {
        return unspecified;
    }

    /** Every need is new (with nothing withdrawn, a first edition: "nouveau" on each need would say nothing). */
    public boolean allNew() {
        return allNew;
    }

    /** Needs launching after the forecast year (kept, marked "beyond the year"), counted apart. */
    public Sum later() {
        return later;
    }

    /** Needs launching before the forecast year, between the edition and the year (kept), counted apart. */
    public Sum before() {
        return before;
    }

    public int busiest() {
        return busiest;
    }

    public List<Division> divisions() {
        return divisions;
    }
}

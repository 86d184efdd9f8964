package org.vitrine.publish.brochure;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.vitrine.model.Amount;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.publish.Fmt;

/**
 * The figures of the brochure's at-a-glance page and its CPV index, computed once from the public
 * needs so that templates only lay them out. Exposed to templates as {@code facts}.
 */
public final class BrochureFacts {

    /** Needs and summed estimated value of one category (works, supplies, services). */
    public record CategoryTotal(String code, int count, BigDecimal total) {
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
    private BigDecimal total = BigDecimal.ZERO;
    private int later;
    private int busiest;
    private final boolean allNew;

    /** {@code fmt} words the periods of launches known only to the quarter, half or year. */
    public BrochureFacts(List<Need> needs, int year, String lang, Locale locale, Fmt fmt) {
        this.year = year;
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (String c : List.of("works", "supplies", "services")) {
            counts.put(c, new int[1]);
            sums.put(c, BigDecimal.ZERO);
        }
        int[] byMonth = new int[12];
        // A launch known to the quarter, half or year is counted apart, not in its first month.
        // In the order they end, the shorter first: T1, T2, S1, T3, T4, S2, the year.
        Map<Period, int[]> byPeriod = new TreeMap<>(Comparator.comparing(Period::end)
                .thenComparing(Period::start, Comparator.reverseOrder()));
        Map<String, List<Need>> byDivision = new TreeMap<>();
        boolean allNew = true;
        for (Need n : needs) {
            String c = n.category() == null ? "other" : n.category();
            counts.computeIfAbsent(c, k -> new int[1])[0]++;
            BigDecimal value = value(n.amount());
            sums.merge(c, value, BigDecimal::add);
            total = total.add(value);
            allNew &= "new".equals(n.change());
            Period launch = n.launch();
            if (launch != null && launch.start().getYear() == year) {
                if (launch.precision() == Period.Precision.day || launch.precision() == Period.Precision.month) {
                    byMonth[launch.start().getMonthValue() - 1]++;
                } else {
                    byPeriod.computeIfAbsent(launch, k -> new int[1])[0]++;
                }
            } else if (n.launch() != null && n.launch().start().getYear() > year) {
                later++;
            }
            if (n.cpv() != null && n.cpv().code() != null) {
                byDivision.computeIfAbsent(CpvCatalogue.division(n.cpv().code()), k -> new ArrayList<>()).add(n);
            }
        }
        // Whole euros: a sum of estimates with cents ("204 717 000,5 €") claims a precision no estimate has.
        total = euros(total);
        counts.forEach((c, k) -> categories.add(new CategoryTotal(c, k[0], euros(sums.get(c)))));
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
        // The index reads in dictionary order: "Échographes" and "Étude" among the E, not after Z.
        Collator collator = Collator.getInstance(locale);
        Comparator<Need> byTitle = Comparator.comparing((Need n) -> n.title() == null ? "" : n.title(), collator)
                .thenComparing(Need::id);
        byDivision.forEach((d, list) -> {
            list.sort(byTitle);
            String label = cpv.label(d + "000000", lang);
            divisions.add(new Division(d, label == null ? "" : label, List.copyOf(list)));
        });
    }

    private int percent(int count) {
        return busiest == 0 ? 0 : Math.round(100f * count / busiest);
    }

    private static BigDecimal euros(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP);
    }

    /** The upper bound of the range, or its lower bound when open-ended ("> 1 M€"). */
    static BigDecimal value(Amount a) {
        if (a == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = a.max() != null ? a.max() : a.min();
        return v == null ? BigDecimal.ZERO : v;
    }

    public int year() {
        return year;
    }

    public List<CategoryTotal> categories() {
        return categories;
    }

    public BigDecimal total() {
        return total;
    }

    public List<MonthCount> months() {
        return months;
    }

    /** Launches of the forecast year known only to the quarter, half or year, by period in date order. */
    public List<MonthCount> unspecified() {
        return unspecified;
    }

    /** Every need is new (with nothing withdrawn, a first edition: "nouveau" on each need would say nothing). */
    public boolean allNew() {
        return allNew;
    }

    /** Launches after the forecast year (kept, marked "beyond the year"). */
    public int later() {
        return later;
    }

    public int busiest() {
        return busiest;
    }

    public List<Division> divisions() {
        return divisions;
    }
}

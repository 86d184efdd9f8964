package org.vitrine.publish.brochure;

import java.math.BigDecimal;
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
import org.vitrine.normalise.parse.CpvCatalogue;

/**
 * The figures of the brochure's at-a-glance page and its CPV index, computed once from the public
 * needs so that templates only lay them out. Exposed to templates as {@code facts}.
 */
public final class BrochureFacts {

    /** Needs and summed estimated value of one category (works, supplies, services). */
    public record CategoryTotal(String code, int count, BigDecimal total) {
    }

    /** Launches in one month of the forecast year; {@code percent} of the busiest month, for the bar. */
    public record MonthCount(String label, int count, int percent) {
    }

    /** A CPV division (two first digits) and its needs, sorted by title. */
    public record Division(String code, String label, List<Need> needs) {
    }

    private final int year;
    private final List<CategoryTotal> categories = new ArrayList<>();
    private final List<MonthCount> months = new ArrayList<>();
    private final List<Division> divisions = new ArrayList<>();
    private BigDecimal total = BigDecimal.ZERO;
    private int later;
    private int busiest;

    public BrochureFacts(List<Need> needs, int year, String lang, Locale locale) {
        this.year = year;
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (String c : List.of("works", "supplies", "services")) {
            counts.put(c, new int[1]);
            sums.put(c, BigDecimal.ZERO);
        }
        int[] byMonth = new int[12];
        Map<String, List<Need>> byDivision = new TreeMap<>();
        for (Need n : needs) {
            String c = n.category() == null ? "other" : n.category();
            counts.computeIfAbsent(c, k -> new int[1])[0]++;
            BigDecimal value = value(n.amount());
            sums.merge(c, value, BigDecimal::add);
            total = total.add(value);
            if (n.launch() != null && n.launch().start().getYear() == year) {
                byMonth[n.launch().start().getMonthValue() - 1]++;
            } else if (n.launch() != null && n.launch().start().getYear() > year) {
                later++;
            }
            if (n.cpv() != null && n.cpv().code() != null) {
                byDivision.computeIfAbsent(CpvCatalogue.division(n.cpv().code()), k -> new ArrayList<>()).add(n);
            }
        }
        counts.forEach((c, k) -> categories.add(new CategoryTotal(c, k[0], sums.get(c))));
        for (int m : byMonth) {
            busiest = Math.max(busiest, m);
        }
        for (int i = 0; i < 12; i++) {
            String label = Month.of(i + 1).getDisplayName(TextStyle.FULL_STANDALONE, locale);
            label = label.substring(0, 1).toUpperCase(locale) + label.substring(1);
            months.add(new MonthCount(label, byMonth[i], busiest == 0 ? 0 : Math.round(100f * byMonth[i] / busiest)));
        }
        CpvCatalogue cpv = CpvCatalogue.load();
        Comparator<Need> byTitle = Comparator.comparing((Need n) -> n.title() == null ? "" : n.title().toLowerCase(locale))
                .thenComparing(Need::id);
        byDivision.forEach((d, list) -> {
            list.sort(byTitle);
            String label = cpv.label(d + "000000", lang);
            divisions.add(new Division(d, label == null ? "" : label, List.copyOf(list)));
        });
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

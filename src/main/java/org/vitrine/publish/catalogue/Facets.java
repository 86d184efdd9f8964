package org.vitrine.publish.catalogue;

import org.vitrine.model.TotalValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.parse.CpvCatalogue;

/**
 * The filter values of a need, the same for the search index, the feeds and the pages. Amounts are
 * totals over the whole duration ({@link TotalValue}); a range or a vague launch window is filed under
 * every band or quarter it overlaps, so that no filter hides a need that may fall in it.
 */
public final class Facets {

    /** Lower bounds of the amount bands b0..b5 (b0 starts at 0, b5 has no upper bound). */
    static final long[] BANDS = {0, 40_000, 100_000, 500_000, 1_000_000, 5_000_000};

    private Facets() {
    }

    /** The figure a need is sorted by: the upper figure of its total, else the lower one; null when unknown. */
    public static BigDecimal value(Need n) {
        return TotalValue.high(n);
    }

    /** The amount bands ("b0".."b5") the total may fall in, in order; empty when no amount is given. */
    public static List<String> bands(Need n) {
        return bands(TotalValue.of(n));
    }

    /** The amount bands a total over the whole duration may fall in ({@link #bands(Need)}; a groupement's total). */
    public static List<String> bands(org.vitrine.model.Amount total) {
        BigDecimal low = total == null ? null : total.min() != null ? total.min() : total.max() == null ? null : BigDecimal.ZERO;
        if (low == null) {
            return List.of();
        }
        BigDecimal high = total.max(); // null: open-ended ("> 1 M€")
        boolean excluded = TotalValue.upperExcluded(total);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < BANDS.length; i++) {
            BigDecimal from = BigDecimal.valueOf(BANDS[i]);
            BigDecimal to = i + 1 < BANDS.length ? BigDecimal.valueOf(BANDS[i + 1]) : null;
            boolean startsBelowEnd = to == null || low.compareTo(to) < 0;
            boolean endsAboveStart = high == null || (excluded ? high.compareTo(from) > 0 : high.compareTo(from) >= 0);
            if (startsBelowEnd && endsAboveStart) {
                out.add("b" + i);
            }
        }
        return out;
    }

    /** The CPV division ("45"), or "" without a code. */
    public static String division(Need n) {
        return n.cpv() == null || n.cpv().code() == null ? "" : CpvCatalogue.division(n.cpv().code());
    }

    /** The quarters ("2027-Q2") the launch window overlaps, in order: one for a date, four for a year; empty without a launch. */
    public static List<String> quarters(Need n) {
        Period p = n.launch();
        if (p == null || p.start() == null) {
            return List.of();
        }
        LocalDate end = p.end() == null ? p.start() : p.end();
        List<String> out = new ArrayList<>();
        for (LocalDate d = p.start().withDayOfMonth(1); !d.isAfter(end); d = d.plusMonths(3 - (d.getMonthValue() - 1) % 3)) {
            out.add(quarter(d));
        }
        return out;
    }

    /** "2027-Q2" for a day of April to June 2027. */
    public static String quarter(LocalDate d) {
        return d.getYear() + "-Q" + ((d.getMonthValue() + 2) / 3);
    }

    public static boolean innovative(Need n) {
        return Boolean.TRUE.equals(n.innovation());
    }
}

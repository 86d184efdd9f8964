package org.vitrine.publish.catalogue;

import java.math.BigDecimal;
import org.vitrine.model.Amount;
import org.vitrine.model.Need;
import org.vitrine.normalise.parse.CpvCatalogue;

/** The filter values of a need, the same for the search index, the feeds and the pages. */
public final class Facets {

    /** Upper bounds of the amount bands b0..b4; above the last is b5. */
    private static final long[] BANDS = {40_000, 100_000, 500_000, 1_000_000, 5_000_000};

    private Facets() {
    }

    /** The figure a need is sorted and banded by: the maximum, else the minimum; null when unknown. */
    public static BigDecimal value(Amount a) {
        if (a == null) {
            return null;
        }
        return a.max() != null ? a.max() : a.min();
    }

    /** The amount band key ("b0".."b5"), or "" when no amount is given. */
    public static String band(Need n) {
        BigDecimal v = value(n.amount());
        if (v == null) {
            return "";
        }
        for (int i = 0; i < BANDS.length; i++) {
            if (v.compareTo(BigDecimal.valueOf(BANDS[i])) < 0) {
                return "b" + i;
            }
        }
        return "b" + BANDS.length;
    }

    /** The CPV division ("45"), or "" without a code. */
    public static String division(Need n) {
        return n.cpv() == null || n.cpv().code() == null ? "" : CpvCatalogue.division(n.cpv().code());
    }

    /** The launch quarter as "2027-Q2", or "" without a launch date. */
    public static String quarter(Need n) {
        if (n.launch() == null) {
            return "";
        }
        var d = n.launch().start();
        return d.getYear() + "-Q" + ((d.getMonthValue() + 2) / 3);
    }

    /** Reserved in any way (true or a type). */
    public static boolean reserved(Need n) {
        return n.reserved() instanceof String || Boolean.TRUE.equals(n.reserved());
    }

    public static boolean innovative(Need n) {
        return Boolean.TRUE.equals(n.innovation());
    }
}

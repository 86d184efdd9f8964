package org.vitrine.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.vitrine.model.Amount;
import org.vitrine.model.Need;

/**
 * Amounts as thresholds compare them: the total over the whole duration, renewals included
 * (an annual amount times the duration in years; one year when the duration is unknown).
 */
public final class Totals {

    private Totals() {
    }

    /** The upper total (max of the range; min when open-ended "> x"). */
    public static BigDecimal high(Need n) {
        Amount a = n.amount();
        BigDecimal v = a.max() != null ? a.max() : a.min();
        return scale(n, v);
    }

    /** The lower total (min of the range). */
    public static BigDecimal low(Need n) {
        Amount a = n.amount();
        return scale(n, a.min() != null ? a.min() : BigDecimal.ZERO);
    }

    private static BigDecimal scale(Need n, BigDecimal v) {
        if (v == null || !"annual".equals(n.amount().basis()) || n.durationMonths() == null) {
            return v;
        }
        return v.multiply(BigDecimal.valueOf(n.durationMonths())).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}

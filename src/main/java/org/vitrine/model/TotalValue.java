package org.vitrine.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A need's estimated value over its whole duration: what thresholds, amount bands, sorting and OCDS use
 * (CONTRACT §4: thresholds are tested on the total). An amount given per year is multiplied by the
 * duration in years; without a duration it stays the yearly figure (the page says the duration is unknown).
 */
public final class TotalValue {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private TotalValue() {
    }

    /** The amount as a total (basis {@code total}), or the amount as given when it is not yearly or has no duration. */
    public static Amount of(Need n) {
        return of(n.amount(), n.durationMonths());
    }

    /**
     * Any amount as a total over {@code months} (a need's, a framework agreement's maximum): a yearly amount times the
     * duration in years, basis {@code total}; the amount as given when it is not yearly or the duration is unknown.
     */
    public static Amount of(Amount a, Integer months) {
        if (!isScaled(a, months)) {
            return a;
        }
        return new Amount(scale(a.min(), months), scale(a.max(), months), a.currency(), "total");
    }

    /** Whether the total differs from the amount given: a yearly amount with a known duration. */
    public static boolean isScaled(Need n) {
        return isScaled(n.amount(), n.durationMonths());
    }

    /** Whether {@link #of(Amount, Integer)} scales the amount: a yearly amount with a known duration. */
    public static boolean isScaled(Amount a, Integer months) {
        return a != null && "annual".equals(a.basis()) && months != null && months > 0;
    }

    /** The upper figure of the total (the lower one when open-ended, "> x"); null without an amount. */
    public static BigDecimal high(Need n) {
        Amount t = of(n);
        return t == null ? null : t.max() != null ? t.max() : t.min();
    }

    /** The lower figure of the total (0 for "< x"); null without an amount. */
    public static BigDecimal low(Need n) {
        Amount t = of(n);
        return t == null ? null : t.min() != null ? t.min() : t.max() == null ? null : BigDecimal.ZERO;
    }

    /** "< 40 000" is read as min 0 and max 40 000: the upper figure is then excluded ("less than"). */
    public static boolean upperExcluded(Amount a) {
        return a != null && a.min() != null && a.max() != null && a.min().signum() == 0 && a.max().signum() > 0;
    }

    /**
     * A sum of needs' totals, honest about what it does not know: from {@code low}, the sum of the lower
     * figures (0 for "< x"), to {@code high}, the sum of the upper ones. {@code high} is null ("au moins
     * low") as soon as one total has no upper figure: an open-ended amount ("> 1 000 000"), no amount, or a
     * yearly amount without a duration (counted for one year in {@code low}). Every sum of amounts shown
     * to the public (the brochure's figures) goes through this one rule.
     */
    public record Sum(int count, BigDecimal low, BigDecimal high) {
        public static final Sum NONE = new Sum(0, BigDecimal.ZERO, BigDecimal.ZERO);

        public Sum plus(Need n) {
            Amount t = of(n);
            BigDecimal lo = TotalValue.low(n);
            boolean open = t == null || t.max() == null || ("annual".equals(t.basis()) && !isScaled(n));
            return new Sum(count + 1, low.add(lo == null ? BigDecimal.ZERO : lo),
                    open || high == null ? null : high.add(t.max()));
        }

        /** No upper figure: the sum is only a floor ("au moins …"). */
        public boolean open() {
            return high == null;
        }

        /** One figure: every total in it was exact. */
        public boolean exact() {
            return high != null && low.compareTo(high) == 0;
        }

        /** In whole euros: a sum of estimates with cents ("204 717 000,5 €") claims a precision no estimate has. */
        public Sum rounded() {
            return new Sum(count, low.setScale(0, RoundingMode.HALF_UP), high == null ? null : high.setScale(0, RoundingMode.HALF_UP));
        }
    }

    private static BigDecimal scale(BigDecimal v, int months) {
        if (v == null) {
            return null;
        }
        BigDecimal t = v.multiply(BigDecimal.valueOf(months)).divide(TWELVE, 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return t.scale() < 0 ? t.setScale(0) : t;
    }
}

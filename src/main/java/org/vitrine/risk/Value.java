package org.vitrine.risk;

import java.math.BigDecimal;
import org.vitrine.model.Amount;
import org.vitrine.model.Need;

/**
 * A need's value as thresholds compare it (docs/RISKS.md §1): [min, max], the total over the whole duration with
 * renewals (an annual amount times the duration in years; one year when the duration is unknown). {@code max} is
 * infinite for "> x"; {@code ceiling} marks "< x", whose max is excluded. Certainly at least T: min ≥ T;
 * certainly under T: max < T; straddles: min < T ≤ max. Floors ("≥ 90 k€") test max.
 */
public record Value(double min, double max, boolean ceiling, Options options) {

    public Value(double min, double max, boolean ceiling) {
        this(min, max, ceiling, Options.NONE);
    }

    /**
     * The value of a need, or null when it gives no amount. Options and renewals written only in the description
     * ({@link Options}) count: an option's amount is added to min and max; N renewals multiply max by N + 1 (the
     * amount may already cover them, so the value becomes a range), or add N times a renewal's amount stated apart.
     */
    public static Value of(Need n) {
        Amount a = n.amount();
        if (a == null || (a.min() == null && a.max() == null)) {
            return null;
        }
        double factor = years(a, n);
        double min = a.min() == null ? 0 : a.min().doubleValue() * factor;
        double max = a.max() == null ? Double.POSITIVE_INFINITY : a.max().doubleValue() * factor;
        boolean ceiling = a.min() != null && a.min().signum() == 0 && a.max() != null && a.max().signum() > 0;
        Options o = Options.of(n.description());
        if (o.any() && o.perRenewal() > 0) {
            // the renewals' amount is stated apart: the amount is the firm period's, the total is known
            min = min + o.amount() + o.renewals() * o.perRenewal();
            max = max + o.amount() + o.renewals() * o.perRenewal();
        } else if (o.any()) {
            max = (max + o.amount()) * (o.renewals() + 1);
            min = min + o.amount();
        }
        return new Value(min, max, ceiling, o);
    }

    /**
     * The value of one contract as the procedure is chosen on it (version 2.14, lawyer J): a framework agreement's is
     * its maximum when the row gives one (R2121-8: the maximum of all the contracts it allows; an estimate above it
     * still counts, FRAMEWORK_MAXIMUM says the two disagree); else {@link #of}. Null without an amount.
     */
    public static Value contract(Need n) {
        Value v = of(n);
        Double max = frameworkMaximum(n);
        if (v == null || max == null) {
            return v;
        }
        return new Value(Math.max(v.min, max), Math.max(v.max, max), v.ceiling && v.max >= max, v.options);
    }

    /**
     * A framework agreement's maximum over its whole duration, as {@link #of} reads the estimate (a maximum given per
     * year times the duration in years), for the value the procedure is chosen on and the test that the estimate
     * exceeds it (FRAMEWORK_MAXIMUM); null when the row gives none, or zero.
     */
    public static Double frameworkMaximum(Need n) {
        Amount m = n.frameworkMaximum();
        BigDecimal figure = m == null ? null : m.max() != null ? m.max() : m.min();
        return figure == null || figure.signum() <= 0 ? null : figure.doubleValue() * years(m, n);
    }

    /** The duration in years an amount given per year is multiplied by: 1 for a total, or when the duration is unknown. */
    private static double years(Amount a, Need n) {
        return "annual".equals(a.basis()) && n.durationMonths() != null && n.durationMonths() > 0 ? n.durationMonths() / 12.0 : 1;
    }

    /** The sum of two values: the members' shares of a groupement de commandes as one contract (L2113-6, L2113-7). */
    public Value plus(Value other) {
        return new Value(min + other.min, max + other.max, false, options);
    }

    /** Certainly at or above t. */
    public boolean atLeast(double t) {
        return min >= t;
    }

    /** Certainly under t. */
    public boolean below(double t) {
        return ceiling ? max <= t : max < t;
    }

    /** Possibly at or above t: the test of a floor; an open-ended max passes. */
    public boolean reaches(double t) {
        return !below(t);
    }

    /** min < t ≤ max: the row allows amounts on both sides of t. */
    public boolean straddles(double t) {
        return min < t && reaches(t);
    }

    /** Under t by at most {@code percent} of it: (100 − percent) % of t ≤ max < t. */
    public boolean justUnder(double t, double percent) {
        return below(t) && !Double.isInfinite(max) && max >= t * (100 - percent) / 100;
    }

    public boolean openEnded() {
        return Double.isInfinite(max);
    }

    /** One figure for sorting and scale: max, or min when open-ended. */
    public double figure() {
        return openEnded() ? min : max;
    }
}

package org.vitrine.risk;

import org.vitrine.model.Amount;
import org.vitrine.model.Need;

/**
 * A need's value as thresholds compare it (docs/RISKS.md §1): [min, max], the total over the whole duration with
 * renewals (an annual amount times the duration in years; one year when the duration is unknown). {@code max} is
 * infinite for "> x"; {@code ceiling} marks "< x", whose max is excluded. Certainly at least T: min ≥ T;
 * certainly under T: max < T; straddles: min < T ≤ max. Floors ("≥ 90 k€") test max.
 */
public record Value(double min, double max, boolean ceiling) {

    /** The value of a need, or null when it gives no amount. */
    public static Value of(Need n) {
        Amount a = n.amount();
        if (a == null || (a.min() == null && a.max() == null)) {
            return null;
        }
        double factor = "annual".equals(a.basis()) && n.durationMonths() != null && n.durationMonths() > 0
                ? n.durationMonths() / 12.0 : 1;
        double min = a.min() == null ? 0 : a.min().doubleValue() * factor;
        double max = a.max() == null ? Double.POSITIVE_INFINITY : a.max().doubleValue() * factor;
        boolean ceiling = a.min() != null && a.min().signum() == 0 && a.max() != null && a.max().signum() > 0;
        return new Value(min, max, ceiling);
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

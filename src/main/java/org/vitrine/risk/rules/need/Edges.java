package org.vitrine.risk.rules.need;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.vitrine.model.Amount;
import org.vitrine.model.Need;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.Threshold;
import org.vitrine.risk.Totals;

/** Threshold arithmetic shared by THRESHOLD_EDGE, NOT_ALLOTTED and AMOUNT_CUT. */
final class Edges {

    static final double DEFAULT_MARGIN_PERCENT = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Edges() {
    }

    /** Thresholds are those in force on the launch date; 1 January of the forecast year without one. */
    static LocalDate date(Need n, RiskContext c) {
        return n.launch() != null ? n.launch().start() : LocalDate.of(c.year(), 1, 1);
    }

    /** The buyer's kind, never null: Thresholds.eu fails on null and reads an unknown kind as local. */
    static String kind(Need n) {
        return n.buyer() == null || n.buyer().kind() == null ? "" : n.buyer().kind();
    }

    /** The need's thresholds, EU first: when several match, the EU one matters most. */
    static List<Threshold> euFirst(Need n, RiskContext c) {
        List<Threshold> t = c.thresholds().applicable(kind(n), n.category(), date(n, c));
        return List.of(t.get(1), t.get(0));
    }

    /** Under the threshold by at most marginPercent of it: {@code v × (1 − m) <= total < v}. */
    static boolean justUnder(BigDecimal total, BigDecimal threshold, double marginPercent) {
        BigDecimal floor = threshold.multiply(BigDecimal.valueOf(100 - marginPercent)).divide(HUNDRED);
        return total != null && total.compareTo(threshold) < 0 && total.compareTo(floor) >= 0;
    }

    static boolean atOrOver(BigDecimal total, BigDecimal threshold) {
        return total != null && total.compareTo(threshold) >= 0;
    }

    /** How far under, as a percentage of the threshold, one decimal. */
    static BigDecimal percentUnder(BigDecimal total, BigDecimal threshold) {
        return threshold.subtract(total).multiply(HUNDRED).divide(threshold, 1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The threshold's name in the edition's language, e.g. "seuil européen … pour une collectivité". */
    static String name(Threshold t, RiskContext c) {
        return c.fmt().label("risk.threshold", t.id());
    }

    /** The threshold's value in euros, formatted. */
    static String value(Threshold t, RiskContext c) {
        return euros(t.value(), c);
    }

    /** A ceiling only ("< 40 000": min 0): the buyer states it is under that figure. */
    static boolean ceiling(Need n) {
        return n.amount().max() != null && n.amount().min() != null && n.amount().min().signum() == 0;
    }

    /** The total over the whole duration as the pages write amounts: "190 000 – 200 000 €", "> 1 000 000 €". */
    static String totalText(Need n, RiskContext c) {
        BigDecimal high = n.amount().max() == null ? null : Totals.high(n);
        return c.fmt().amount(new Amount(Totals.low(n), high, "EUR", "total"));
    }

    static String euros(BigDecimal v, RiskContext c) {
        return c.fmt().number(v) + "\u00A0€";
    }

    /** 1 when the latest published thresholds stand in for a later period (for a choice in the message). */
    static int latest(Threshold t) {
        return t.latestKnown() ? 1 : 0;
    }
}

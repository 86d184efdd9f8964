package org.vitrine.risk.rules.need;

import java.math.BigDecimal;
import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Threshold;
import org.vitrine.risk.Totals;

/**
 * AMOUNT_CUT: the total was at or over a threshold in the previous edition and now sits just under
 * it (within {@code marginPercent}, THRESHOLD_EDGE's margin unless set here). Both editions are
 * compared with the thresholds in force on the current launch date, so a threshold change alone
 * never reads as a cut.
 */
public final class AmountCut implements RiskRule {

    @Override
    public String code() {
        return "AMOUNT_CUT";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        String severity = context.severity(this);
        double margin = context.settings().doubleParam(code(), "marginPercent",
                context.settings().doubleParam("THRESHOLD_EDGE", "marginPercent", Edges.DEFAULT_MARGIN_PERCENT));
        for (Need n : needs) {
            Need before = context.previous() == null ? null : context.previous().get(n.id());
            if (before == null || !hasAmount(before) || !hasAmount(n)) {
                continue;
            }
            BigDecimal was = Totals.high(before);
            BigDecimal now = Totals.high(n);
            for (Threshold t : Edges.euFirst(n, context)) {
                BigDecimal v = t.value();
                // "< v" exactly is a cut to just under v too: the buyer now states it is under
                boolean justUnder = Edges.justUnder(now, v, margin) || (Edges.ceiling(n) && now.compareTo(v) == 0);
                if (Edges.atOrOver(was, v) && justUnder) {
                    flags.add(code(), n, severity, List.of(), "risk.AMOUNT_CUT", Edges.totalText(before, context),
                            Edges.totalText(n, context), Edges.name(t, context), Edges.value(t, context),
                            Edges.euros(v.subtract(now), context), context.fmt().number(Edges.percentUnder(now, v)),
                            Edges.latest(t));
                    break;
                }
            }
        }
    }

    private static boolean hasAmount(Need n) {
        return n.amount() != null && (n.amount().min() != null || n.amount().max() != null);
    }
}

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
 * THRESHOLD_EDGE: the total sits just under a threshold of this buyer's kind (within
 * {@code marginPercent} below it), or its range [low, high] straddles one (low &lt; v &lt;= high).
 * A ceiling "&lt; x" is [0, x). Thresholds in force on the launch date; one flag per need, the EU
 * threshold first.
 */
public final class ThresholdEdge implements RiskRule {

    @Override
    public String code() {
        return "THRESHOLD_EDGE";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public boolean openOpportunitiesOnly() {
        return true;
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        String severity = context.severity(this);
        double margin = context.settings().doubleParam(code(), "marginPercent", Edges.DEFAULT_MARGIN_PERCENT);
        for (Need n : needs) {
            if (n.amount() == null || (n.amount().min() == null && n.amount().max() == null)) {
                continue;
            }
            BigDecimal low = Totals.low(n);
            BigDecimal high = Totals.high(n);
            boolean openEnded = n.amount().max() == null;
            boolean ceiling = Edges.ceiling(n);
            for (Threshold t : Edges.euFirst(n, context)) {
                BigDecimal v = t.value();
                // "< x" means strictly under x; "> x" has no upper bound
                boolean straddles = low.compareTo(v) < 0
                        && (openEnded || (ceiling ? v.compareTo(high) < 0 : v.compareTo(high) <= 0));
                if (straddles) {
                    flags.add(code(), n, severity, List.of(), "risk.THRESHOLD_EDGE.straddle", Edges.name(t, context),
                            Edges.value(t, context), Edges.totalText(n, context), Edges.latest(t));
                    break;
                }
                // a ceiling is how buyers say "under the threshold": not an estimate sitting near it
                if (!ceiling && Edges.justUnder(high, v, margin)) {
                    flags.add(code(), n, severity, List.of(), "risk.THRESHOLD_EDGE", Edges.name(t, context),
                            Edges.value(t, context), Edges.totalText(n, context), Edges.euros(v.subtract(high), context),
                            context.fmt().number(Edges.percentUnder(high, v)), Edges.latest(t));
                    break;
                }
            }
        }
    }
}

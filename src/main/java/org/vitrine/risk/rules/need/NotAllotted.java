package org.vitrine.risk.rules.need;

import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Threshold;
import org.vitrine.risk.Totals;

/**
 * NOT_ALLOTTED: total at or over the EU threshold with at most one lot (or lots not given). A range
 * counts when its high end reaches the threshold (the message then says "may reach").
 * French law makes division into lots the rule unless justified, so the message invites a check.
 */
public final class NotAllotted implements RiskRule {

    @Override
    public String code() {
        return "NOT_ALLOTTED";
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
        for (Need n : needs) {
            if (n.amount() == null || (n.lots() != null && n.lots() > 1)) {
                continue;
            }
            Threshold eu = context.thresholds().eu(Edges.kind(n), n.category(), Edges.date(n, context));
            // "< x" is strictly under x
            boolean over = Edges.ceiling(n) ? Totals.high(n).compareTo(eu.value()) > 0 : Edges.atOrOver(Totals.high(n), eu.value());
            if (over) {
                flags.add(code(), n, severity, List.of(), "risk.NOT_ALLOTTED", Edges.totalText(n, context),
                        Edges.name(eu, context), Edges.value(eu, context), n.lots() == null ? 0 : 1, Edges.latest(eu),
                        Totals.low(n).compareTo(Totals.high(n)) == 0 ? 0 : 1);
            }
        }
    }
}

package org.vitrine.risk.rules.need;

import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/** LOW_COMPETITION: fewer known suppliers than {@code minSuppliers}; unknown counts are not flagged. */
public final class LowCompetition implements RiskRule {

    static final int DEFAULT_MIN_SUPPLIERS = 3;

    @Override
    public String code() {
        return "LOW_COMPETITION";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        String severity = context.severity(this);
        int min = context.settings().intParam(code(), "minSuppliers", DEFAULT_MIN_SUPPLIERS);
        for (Need n : needs) {
            Integer known = n.suppliersKnown();
            if (known != null && known < min) {
                flags.add(code(), n, severity, List.of(), "risk.LOW_COMPETITION", known, min);
            }
        }
    }
}

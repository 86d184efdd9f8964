package org.vitrine.risk.rules.need;

import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/**
 * LOW_COMPETITION (docs/RISKS.md §3): 0, 1 or 2 known suppliers ({@code maxSuppliers}) for a competitive need
 * launched after the event, insurance left out; an unknown count gives no flag. Its public text never gives the count.
 */
public final class LowCompetition implements RiskRule {

    static final int MAX_SUPPLIERS = 2;

    @Override
    public String code() {
        return "LOW_COMPETITION";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public String section() {
        return "I";
    }

    /**
     * Insurance (CPV 665, 666): few insurers answer public calls for a given risk anywhere (hospital liability: a
     * handful of mutuals), so a low count describes the market, not a sourcing the event could widen (issue 17 review).
     */
    static boolean insurance(Need n) {
        return n.cpv() != null && (n.cpv().code().startsWith("665") || n.cpv().code().startsWith("666"));
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        int max = context.settings().intParam(code(), "maxSuppliers", MAX_SUPPLIERS);
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            Integer known = n.suppliersKnown();
            if (known != null && known <= max && PartialCoverage.afterEvent(f, context) && !insurance(n)) {
                flags.on(this, context, f).add("risk.LOW_COMPETITION", known);
            }
        }
    }
}

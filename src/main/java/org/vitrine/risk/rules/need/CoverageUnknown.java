package org.vitrine.risk.rules.need;

import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/**
 * COVERAGE_UNKNOWN (docs/RISKS.md §3): the buyer does not know what the market can cover, for a competitive need
 * launched after the event whose value may reach T: the sourcing agenda of the event (R2111-1). May be public.
 */
public final class CoverageUnknown implements RiskRule {

    @Override
    public String code() {
        return "COVERAGE_UNKNOWN";
    }

    @Override
    public String defaultSeverity() {
        return "low";
    }

    @Override
    public String section() {
        return "S";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            if (n.coverage() != null && "unknown".equals(n.coverage().level()) && f.comparable()
                    && PartialCoverage.afterEvent(f, context) && f.value().reaches(f.eu().value())) {
                flags.on(this, context, f).add("risk.COVERAGE_UNKNOWN");
            }
        }
    }
}

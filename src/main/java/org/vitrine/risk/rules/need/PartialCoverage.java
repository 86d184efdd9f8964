package org.vitrine.risk.rules.need;

import java.util.List;
import org.vitrine.model.Coverage;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/** PARTIAL_COVERAGE: the buyer expects no single offer to cover the whole need. */
public final class PartialCoverage implements RiskRule {

    @Override
    public String code() {
        return "PARTIAL_COVERAGE";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        String severity = context.severity(this);
        for (Need n : needs) {
            Coverage c = n.coverage();
            if (c == null) {
                continue;
            }
            boolean under = c.percent() != null && c.percent() < 100;
            if (under) {
                flags.add(code(), n, severity, List.of(), "risk.PARTIAL_COVERAGE.percent", c.percent(), 100 - c.percent());
            } else if ("partial".equals(c.level())) {
                flags.add(code(), n, severity, List.of(), "risk.PARTIAL_COVERAGE");
            }
        }
    }
}

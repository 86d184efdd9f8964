package org.vitrine.risk.rules.market;

import java.util.List;
import org.vitrine.risk.RiskRule;

/** The rules that compare needs with each other, in the order of docs/RISKS.md §3–4. */
public final class MarketRules {

    private MarketRules() {
    }

    public static List<RiskRule> all() {
        return List.of(new SplitSuspect(), new DeadlineCongestion(), new SharedStart(), new GroupingOpportunity(),
                new WorkloadPeak());
    }
}

package org.vitrine.risk.rules.market;

import java.util.List;
import org.vitrine.risk.RiskRule;

/** The rules that compare needs with each other, in the order of CONTRACT §6. */
public final class MarketRules {

    private MarketRules() {
    }

    public static List<RiskRule> all() {
        return List.of(new CalendarClash(), new SplitSuspect(), new WorkloadPeak(), new GroupingOpportunity());
    }
}

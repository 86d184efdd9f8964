package org.vitrine.risk;

import java.util.List;

/**
 * Every risk rule, in the order of CONTRACT §6. Each rule is a class of its own under
 * {@code rules/need} (one need at a time) or {@code rules/market} (needs compared with each other);
 * its parameters are in config/risks.yaml.
 */
public final class Rules {

    private Rules() {
    }

    public static List<RiskRule> all() {
        List<RiskRule> all = new java.util.ArrayList<>(org.vitrine.risk.rules.need.NeedRules.all());
        all.addAll(org.vitrine.risk.rules.market.MarketRules.all());
        return List.copyOf(all);
    }
}

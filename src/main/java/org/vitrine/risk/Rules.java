package org.vitrine.risk;

import java.util.ArrayList;
import java.util.List;
import org.vitrine.risk.rules.market.MarketRules;
import org.vitrine.risk.rules.need.NeedRules;

/**
 * Every risk rule of docs/RISKS.md version 2, in its order. Each rule is a class of its own under
 * {@code rules/need} (one need at a time) or {@code rules/market} (needs compared with each other); its parameters
 * are in config/risks.yaml.
 */
public final class Rules {

    private Rules() {
    }

    public static List<RiskRule> all() {
        List<RiskRule> all = new ArrayList<>(NeedRules.all());
        all.addAll(MarketRules.all());
        return List.copyOf(all);
    }
}

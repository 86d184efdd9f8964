package org.vitrine.risk.rules.market;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vitrine.cli.Messages;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/** The four market rules complete on 100,000 needs and find something; no timing here (see the report). */
class MarketRulesScaleTest {

    @Test
    void everyMarketRuleCompletesOnAHundredThousandNeedsAndRaisesFlags() {
        List<Need> needs = SyntheticNeeds.generate(100_000, 2_000, 300, 20270101L);
        List<Need> open = needs.stream().filter(Need::isOpenOpportunity).toList();
        RiskContext context = MarketNeeds.context("fr");
        Flags flags = new Flags(Messages.of("fr"));
        for (RiskRule rule : MarketRules.all()) {
            rule.apply(rule.openOpportunitiesOnly() ? open : needs, context, flags);
        }
        Set<String> codes = new HashSet<>();
        flags.all().values().forEach(list -> list.forEach(f -> {
            codes.add(f.code());
            assertTrue(f.related().size() <= 20, f.code() + " " + f.related().size());
        }));
        assertFalse(flags.all().isEmpty());
        assertTrue(codes.containsAll(List.of("CALENDAR_CLASH", "SPLIT_SUSPECT", "WORKLOAD_PEAK", "GROUPING_OPPORTUNITY")),
                codes.toString());
    }
}

package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.RiskRule;

class NeedRulesTest {

    @Test
    void aNeedWithNothingButAnIdFailsNoRuleAndIsOnlyIncomplete() {
        Need bare = need().kind(null).cpv(null).category(null).noAmount().launch(null).contact(null).procedure(null)
                .durationMonths(null).build();
        for (RiskRule rule : NeedRules.all()) {
            List<RiskFlag> flags = RuleRun.of(rule).previous(bare).on(bare);
            assertEquals(rule.code().equals("INCOMPLETE") ? 1 : 0, flags.size(), rule.code() + " " + flags);
        }
    }

    @Test
    void theDefaultNeedOfTheTestsRaisesNothing() {
        for (RiskRule rule : NeedRules.all()) {
            assertEquals(List.of(), RuleRun.of(rule).on(need().build()), rule.code());
        }
    }
}

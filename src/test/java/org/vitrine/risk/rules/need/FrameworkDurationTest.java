package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;

/** FRAMEWORK_DURATION (docs/RISKS.md §3, version 2.6): L2125-1 1°, from lawyer D's T10. */
class FrameworkDurationTest {

    private final RuleRun run = RuleRun.of(new FrameworkDuration());

    @Test
    void firesOnAFrameworkOf72MonthsOfAPouvoirAdjudicateur() {
        String m = run.message(need().supplies().cpv("22200000").technique("framework").procedure("open").durationMonths(72)
                .amount(600_000).build());
        assertTrue(m.startsWith("Accord-cadre de 72 mois") && m.contains("4 ans pour un pouvoir adjudicateur (L2125-1 1°)"), m);
    }

    @Test
    void leavesAloneFourYearsAJustifiedTermAContractThatIsNoFramework() {
        assertFalse(run.fires(need().technique("framework").procedure("open").durationMonths(48).amount(600_000).build()));
        assertFalse(run.fires(need().technique("framework").procedure("open").durationMonths(72).amount(600_000)
                .description("Durée justifiée par l'amortissement des équipements").build()));
        assertFalse(run.fires(need().procedure("open").durationMonths(72).amount(600_000).build()), "not a framework");
    }
}

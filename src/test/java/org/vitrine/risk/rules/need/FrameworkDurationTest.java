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

    @Test
    void anEntiteAdjudicatricesNetworkWorksHaveEightYearsNotFour() {
        // Lawyer F (SIE-27-06/07): a water syndicate's works frameworks; works have the works threshold, not the
        // network one, but the buyer's 8 years (L2125-1 1°) still apply.
        assertFalse(run.fires(need().works().kind("utility").networkActivity(true).cpv("45247270").technique("framework")
                .procedure("open").durationMonths(96).amount(1_200_000).build()), "96 months is within the 8 years");
        String m = run.message(need().works().kind("utility").networkActivity(true).cpv("45232151").technique("framework")
                .procedure("open").durationMonths(120).amount(4_000_000).build());
        assertTrue(m.startsWith("Accord-cadre de 120 mois") && m.contains("8 ans") && !m.contains("4 ans"), m);
        assertTrue(run.fires(need().works().kind("utility").networkActivity(false).cpv("45247270").technique("framework")
                .procedure("open").durationMonths(96).amount(1_200_000).build()), "outside its network: 4 years");
    }
}

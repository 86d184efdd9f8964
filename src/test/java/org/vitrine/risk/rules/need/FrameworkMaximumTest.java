package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;

/** FRAMEWORK_MAXIMUM (docs/RISKS.md §3, version 2.7): R2162-4, from lawyer E's T24 (DDT-27-14). */
class FrameworkMaximumTest {

    private final RuleRun run = RuleRun.of(new FrameworkMaximum());

    @Test
    void firesWhenTheRowSaysTheFrameworkHasNoMaximum() {
        String m = run.message(need().cpv("71240000").technique("framework").procedure("open").amount(800_000)
                .title("Accord-cadre d'études d'urbanisme et de planification (sans montant maximum)").build());
        assertTrue(m.contains("« sans montant maximum »") && m.contains("R2162-4") && m.contains("C-23/20"), m);
        assertTrue(run.fires(need().technique("framework").procedure("open").amount(300_000)
                .description("Bons de commande sans plafond").build()));
    }

    @Test
    void anEmptyMaximumOrAContractThatIsNoFrameworkIsNoFlag() {
        // an empty maximum column is a missing field, asked in the feedback file (Feedback.missingFields)
        assertFalse(run.fires(need().technique("framework").procedure("open").amount(800_000).title("Études d'urbanisme").build()));
        assertFalse(run.fires(need().technique("framework").procedure("open").amount(800_000).frameworkMaximum(900_000)
                .title("Études d'urbanisme (sans montant minimum)").build()), "a minimum is optional");
        assertFalse(run.fires(need().procedure("open").amount(800_000).title("Marché sans montant maximum").build()), "not a framework");
    }

    @Test
    void firesOnAnEstimateAboveTheMaximumOfTheFramework() {
        // version 2.9, lawyer G T35 (CH-27-14): 600 000 €/an × 48 months = 2 400 000 € against a maximum of 1 800 000 €
        String m = run.message(need().works().cpv("45453000").technique("framework").procedure("open").amount(600_000).annual()
                .durationMonths(48).frameworkMaximum(1_800_000).build());
        assertTrue(m.startsWith("Estimation de " + RuleRun.fr("2 400 000 €") + " au-dessus du maximum de l’accord-cadre, " + RuleRun.fr("1 800 000 €")), m);
        assertTrue(m.contains("vers le 36e mois sur 48") && m.contains("R2162-4"), m);
        assertFalse(run.fires(need().technique("framework").procedure("open").amount(400_000).durationMonths(48).frameworkMaximum(500_000).build()));
    }

    @Test
    void aMaximumGivenPerYearIsComparedOverTheWholeDurationAsTheEstimateIs() {
        // 600 000 €/an × 48 months = 2 400 000 € against 700 000 €/an × 48 months = 2 800 000 €: within the maximum (the
        // annual figure alone, 700 000 €, was compared with the estimate's total before review B6)
        assertFalse(run.fires(need().works().cpv("45453000").technique("framework").procedure("open").amount(600_000).annual()
                .durationMonths(48).frameworkMaximumPerYear(700_000).build()));
        // 500 000 €/an × 48 months = 2 000 000 €: reached around month 40
        String m = run.message(need().works().cpv("45453000").technique("framework").procedure("open").amount(600_000).annual()
                .durationMonths(48).frameworkMaximumPerYear(500_000).build());
        assertTrue(m.startsWith("Estimation de " + RuleRun.fr("2 400 000 €") + " au-dessus du maximum de l’accord-cadre, " + RuleRun.fr("2 000 000 €")), m);
        assertTrue(m.contains("vers le 40e mois sur 48"), m);
    }
}

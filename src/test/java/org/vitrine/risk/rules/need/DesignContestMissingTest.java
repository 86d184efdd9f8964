package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;

/** DESIGN_CONTEST_MISSING (docs/RISKS.md §8, R2172-2), from the lawyers' case RBV-2027-11. */
class DesignContestMissingTest {

    private final RuleRun run = RuleRun.of(new DesignContestMissing());

    private static Need moe(String title, long amount) {
        return need().cpv("71240000").title(title).procedure("negotiated_with_call").amount(amount).launch(day(2027, 3, 18)).build();
    }

    @Test
    void firesOnTheDesignOfANewGymnasiumAboveTheThresholdWithoutAContest() {
        var f = run.one(moe("Maîtrise d'œuvre pour la construction d'un gymnase au lycée Simone-Veil", 540_000));
        assertEquals("high", f.severity());
        assertEquals("S", f.section());
        assertTrue(f.message().startsWith("Maîtrise d’œuvre d’un bâtiment neuf estimée à " + RuleRun.fr("540 000 €")
                + ", au moins égale au seuil de " + RuleRun.fr("216 000 €")), f.message());
        assertTrue(f.message().contains("R2172-2"), f.message());
    }

    @Test
    void doesNotFireOnAContestUnderTheThresholdOrAnExistingBuilding() {
        assertFalse(run.fires(need().cpv("71240000").title("Maîtrise d'œuvre pour la construction d'un gymnase").technique("design_contest")
                .amount(540_000).launch(day(2027, 3, 18)).build()), "a contest");
        assertFalse(run.fires(moe("Maîtrise d'œuvre pour la construction d'un gymnase", 150_000)), "under T");
        assertFalse(run.fires(moe("Maîtrise d'œuvre pour la réhabilitation du lycée Simone-Veil", 540_000)), "rehabilitation (R2172-2 exception)");
        assertFalse(run.fires(moe("Maîtrise d'œuvre pour l'extension du service des urgences", 650_000)), "an extension may be either");
        assertFalse(run.fires(moe("Maîtrise d'œuvre de la construction d'une station d'épuration", 900_000)), "infrastructure");
        assertFalse(run.fires(moe("Étude de programmation pour un nouveau site", 540_000)), "not maîtrise d'œuvre");
    }
}

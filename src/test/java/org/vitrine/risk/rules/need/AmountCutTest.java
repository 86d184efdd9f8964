package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.RuleRun.fr;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;

/** AMOUNT_CUT, from the examples of docs/RISKS.md §3. */
class AmountCutTest {

    @Test
    void firesOn230kThen212kUnderMapa() {
        String m = RuleRun.of(new AmountCut()).previous(need().procedure("adapted").amount(230_000).build())
                .message(need().procedure("adapted").amount(212_000).build());
        assertTrue(m.startsWith("Valeur passée de " + fr("230 000 €") + " (édition précédente) à " + fr("212 000 €")
                + ", juste sous le seuil de " + fr("216 000 €")), m);
    }

    @Test
    void doesNotFireOn230kThen150k() {
        assertFalse(RuleRun.of(new AmountCut()).previous(need().procedure("adapted").amount(230_000).build())
                .fires(need().procedure("adapted").amount(150_000).build()));
    }

    @Test
    void doesNotFireWithoutAPreviousEditionOrUnderAFormalisedProcedure() {
        assertFalse(RuleRun.of(new AmountCut()).fires(need().procedure("adapted").amount(212_000).build()));
        assertFalse(RuleRun.of(new AmountCut()).previous(need().procedure("open").amount(230_000).build())
                .fires(need().procedure("open").amount(212_000).build()));
    }
}

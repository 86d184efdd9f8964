package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.RuleRun.fr;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;
import org.vitrine.model.RiskFlag;

/** THRESHOLD_EDGE, from the examples of docs/RISKS.md §3. */
class ThresholdEdgeTest {

    private final RuleRun run = RuleRun.of(new ThresholdEdge());

    @Test
    void firesOn214500ForALocalBuyerUnderMapa() {
        // version 2.8: within 1 % under T the value looks fitted to the threshold: a task before the launch
        RiskFlag f = run.one(need().procedure("adapted").amount(214_500).build());
        assertEquals("L", f.section());
        assertTrue(f.message().startsWith("Valeur estimée " + fr("214 500 €") + ", à 0,7 % sous le seuil de " + fr("216 000 €")
                + " (autres pouvoirs adjudicateurs) : un montant aussi proche semble ajusté au seuil."), f.message());
        assertTrue(f.message().contains("R2121-1 à R2121-9"), f.message());
    }

    @Test
    void givesAValueAFewPercentUnderForInformation() {
        // version 2.8 (lawyer F, D8: SDIS-27-15, 210 000 €): nothing suggests an error: information, no due date
        RiskFlag f = run.one(need().procedure("adapted").amount(210_000).build());
        assertEquals("I", f.section());
        assertEquals("low", f.severity());
        assertEquals(null, f.due());
        assertTrue(f.message().startsWith("Pour information : valeur estimée " + fr("210 000 €") + ", à 2,8 % sous le seuil de "
                + fr("216 000 €") + " (autres pouvoirs adjudicateurs) ; rien n’indique une erreur d’estimation."), f.message());
    }

    @Test
    void firesOn139500ForTheStateUnderMapa() {
        assertTrue(run.message(need().kind("central").procedure("adapted").amount(139_500).build()).contains(fr("140 000 €")));
    }

    @Test
    void doesNotFireOn180To250kWithAnOpenProcedure() {
        assertFalse(run.fires(need().procedure("open").range(180_000L, 250_000L).build()));
    }

    @Test
    void aContractReachingTheThresholdByItsMaximumOrItsGroupIsNoEdge() {
        // version 2.14 (lawyer J): 214 000 € estimated but a 240 000 € maximum (R2121-8), or a 214 000 € share of a
        // 314 000 € groupement (L2113-6): MAPA_ABOVE_THRESHOLD's, not « just under the threshold »
        assertTrue(run.fires(need().procedure("adapted").amount(214_000).build()), "alone, 214 000 € is fitted to 216 000 €");
        assertFalse(run.fires(need().technique("framework").procedure("adapted").amount(214_000).frameworkMaximum(240_000).build()));
        assertFalse(run.fires(need().id("a").buyer("a").procedure("adapted").amount(214_000).jointGroup("Entretien", true).build(),
                need().id("b").buyer("b").procedure("adapted").amount(100_000).jointGroup("Entretien", false).build()));
    }

    @Test
    void doesNotFireOn40000UnderMapa() {
        assertFalse(run.fires(need().procedure("adapted").amount(40_000).build()));
    }

    @Test
    void firesOnARangeStraddlingThePublicityThresholdWithoutAProcedure() {
        // the buyer's own range reaches the threshold: a task before the launch
        assertEquals("L", run.one(need().procedure(null).range(80_000L, 120_000L).build()).section());
        assertTrue(run.message(need().procedure(null).range(80_000L, 120_000L).build())
                .startsWith("La fourchette " + fr("80 000") + " – " + fr("120 000 €") + " encadre le seuil de " + fr("90 000 €")));
    }

    @Test
    void leavesATooWideRangeToIncompleteD() {
        // issue 17 fourth review: 20 000 – 150 000 € is INCOMPLETE (d)'s line (tighten the estimate), not a second one
        assertFalse(run.fires(need().procedure("adapted").range(20_000L, 150_000L).build()));
    }

    @Test
    void anExemptPurchaseIsTestedAgainstTheDispenseThresholdNotThePublicityOne() {
        assertTrue(run.message(need().procedure("exempt").amount(58_000).build()).contains(fr("60 000 €")));
        assertFalse(run.fires(need().procedure("exempt").amount(88_000).build()));
    }

    @Test
    void fivePercentIsTheEdge() {
        assertTrue(run.fires(need().procedure("adapted").amount(205_200).build()));
        assertFalse(run.fires(need().procedure("adapted").amount(205_100).build()));
    }

    @Test
    void realEstateRentalsAreOutOfTheCodeAndNotTested() {
        assertFalse(run.fires(need().cpv("70322000").procedure("adapted").amount(214_000).build()));
        assertTrue(run.fires(need().cpv("70330000").procedure("adapted").amount(214_000).build()), "property management is a service");
    }
}

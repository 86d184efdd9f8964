package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.risk.BuyerFacts;

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
        assertTrue(f.message().endsWith("Prévoyez le concours avant publication, ou notez l’exception qui s’applique."), f.message());
    }

    @Test
    void aConsultationLaunchedBeforeTheEventIsCorrectedBeforeItsLaunchOrElseDeclaredSansSuite() {
        // RBV-2027-11 (version 2.6): launched 18 January 2027, live on the event day: one remedy that fits the launch
        var live = need().cpv("71240000").title("Maîtrise d'œuvre pour la construction d'un gymnase").procedure("negotiated_with_call")
                .amount(540_000).launch(day(2027, 1, 18)).build();
        String m = run.message(live);
        assertTrue(m.contains("La consultation doit être lancée (18 janvier 2027) avant le salon : corrigez avant son lancement ;"), m);
        assertTrue(m.contains("déclarer sans suite pour motif d’intérêt général (R2185-1)") && m.contains("relancer avec un concours (R2172-2)"), m);
        var launched = need().cpv("71240000").title("Maîtrise d'œuvre pour la construction d'un gymnase").procedure("negotiated_with_call")
                .amount(540_000).launch(day(2026, 11, 2)).build();
        String l = run.message(launched);
        assertTrue(l.endsWith("La consultation est déjà lancée (2 novembre 2026) : elle ne se régularise pas en cours de procédure ; "
                + "déclarez-la sans suite pour motif d’intérêt général (R2185-1), informez-en les candidats, puis relancez-la avec un concours (R2172-2)."), l);
        assertFalse(l.contains("avant publication"), "no remedy before a publication that has happened: " + l);
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

    @Test
    void aContestAnnouncedInTheDescriptionOrRemarksIsAContest() {
        // lawyer K, UNA-27-12: « sans concours indiqué » while the description announced a restricted contest
        String title = "Maîtrise d'œuvre pour la construction d'un nouveau bâtiment d'enseignement";
        assertFalse(run.fires(need().cpv("71220000").title(title).procedure("open").amount(900_000).launch(day(2027, 4, 1))
                .description("Un concours restreint de maîtrise d'œuvre est organisé (R2162-15 ss.), le marché sera négocié avec le lauréat")
                .build()), "a contest in the description");
        assertFalse(run.fires(need().cpv("71220000").title(title).procedure("open").amount(900_000).launch(day(2027, 4, 1))
                .remarks("Jury de concours prévu en mars").build()), "a contest in the remarks");
        assertTrue(run.fires(need().cpv("71220000").title(title).procedure("open").amount(900_000).launch(day(2027, 4, 1))
                .description("Marché passé sans concours").build()), "« sans concours » announces none");
    }
    @Test
    void anHlmBodysSocialRentalHousingNeedsNoContest() {
        // lawyer S, HDL-27-04: an OPH's maîtrise d'œuvre for 42 logements locatifs aidés (PLUS/PLAI) was told « Le concours
        // est obligatoire »: HLM bodies of L411-2 CCH are exempt for social rental housing (loi ELAN art. 88)
        BuyerFacts hlm = new BuyerFacts(true, false, true, false, false, true);
        BuyerFacts other = new BuyerFacts(true, false, true, false, false, false);
        Need housing = need().buyer("oph").cpv("71200000").title("Maîtrise d'œuvre pour la construction de 42 logements locatifs sociaux neufs à Outreau")
                .description("Logements locatifs aidés par l'État (PLUS/PLAI).").procedure("negotiated_with_call").amount(620_000)
                .launch(day(2027, 5, 3)).build();
        assertFalse(RuleRun.of(new DesignContestMissing()).buyer("oph", hlm).fires(housing), "an HLM body's social housing");
        assertTrue(RuleRun.of(new DesignContestMissing()).buyer("oph", other).fires(housing), "the same housing for a commune");
        Need office = need().buyer("oph").cpv("71200000").title("Maîtrise d'œuvre pour la construction du nouveau siège de l'office")
                .procedure("negotiated_with_call").amount(620_000).launch(day(2027, 5, 3)).build();
        assertTrue(RuleRun.of(new DesignContestMissing()).buyer("oph", hlm).fires(office), "an HLM body's offices are no housing");
    }
}

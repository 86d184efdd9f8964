package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.vitrine.config.RiskSettings;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.risk.Exclusions;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Rules;
import org.vitrine.risk.Thresholds;

/**
 * A purchase outside the code (in-house L2511-1, real estate, legal representation) is excluded once, in the facts
 * every rule reads (NeedFacts: not open, not competitive), not rule by rule: a rule testing {@code f.open()} gets the
 * exclusion without knowing of it (lawyer H, SMEP-27-15).
 */
class OutsideTheCodeTest {

    /** A 2.5 M€ cleaning of several buildings in one lot, adapted procedure, launched in the event's week, 18 days for bids. */
    private static Need cleaning(String description) {
        return need().cpv("90911200").title("Nettoyage des bâtiments communaux (mairie, écoles, équipements sportifs)")
                .description(description).procedure("adapted").amount(2_500_000).lots(1).launch(day(2027, 2, 1))
                .deadline(day(2027, 2, 19)).build();
    }

    private static RiskContext context(Need n) {
        return RiskContext.of(2027, LocalDate.of(2026, 11, 26), RuleRun.EVENT, new RiskSettings(Map.of()), Thresholds.load(),
                Map.of(), Messages.of("fr"), Map.of(), List.of(n));
    }

    private static Set<String> codes(Need n) {
        RiskContext c = context(n);
        Flags flags = new Flags(c.messages());
        for (RiskRule r : Rules.all()) {
            r.apply(List.of(n), c, flags);
        }
        Set<String> codes = new TreeSet<>();
        flags.all().values().forEach(l -> l.forEach(f -> codes.add(f.code())));
        return codes;
    }

    @Test
    void theFactsOfAContractOutsideTheCodeAreNeitherOpenNorCompetitive() {
        NeedFacts in = context(cleaning(null)).all().get(0);
        assertTrue(in.open() && in.competitive());
        for (String words : List.of("Quasi-régie (L2511-1) avec la SPL de la commune", "Contrat in house, article L2511-1")) {
            NeedFacts out = context(cleaning(words)).all().get(0);
            assertFalse(out.open() || out.competitive(), words);
        }
    }

    @Test
    void noRuleTestsAContractOutsideTheCode() {
        Set<String> in = codes(cleaning(null));
        // the twin in the code is a risk several rules see: the proof the outside one is skipped, not merely quiet
        assertTrue(in.containsAll(Set.of("MAPA_ABOVE_THRESHOLD", "NOT_ALLOTTED", "LIVE_DURING_EVENT")), in.toString());
        assertEquals(Set.of(), codes(cleaning("Quasi-régie (L2511-1) avec la SPL de la commune")));
    }

    /** A towing service of 500 k€, one known supplier, launched 25 days after the event: a sourcing and a notice point if open. */
    private static Need towing(String title, String procedure, String procedureCell, String remarks) {
        Need n = need().cpv("50118110").title(title).procedure(procedure).amount(500_000).lots(1).suppliersKnown(1)
                .launch(day(2027, 3, 1)).durationMonths(60).remarks(remarks).build();
        Need.Builder b = n.toBuilder();
        b.notes = procedureCell == null ? Map.of() : Map.of("procedure", procedureCell);
        return b.build();
    }

    @Test
    void anInHouseContractIsOutsideTheCodeInWordsAsByItsArticle() {
        // lawyer I, MOL-27-20: the procedure cell says « Quasi-régie », the article is only in the staff remarks
        Need mol20 = towing("Gestion de la fourrière automobile — SPL Orbe Mobilités", "other", "Quasi-régie",
                "Contrat de quasi-régie avec la SPL Orbe Mobilités (L2511-1), sans mise en concurrence");
        Need open = towing("Gestion de la fourrière automobile", "open", null, null);
        assertTrue(codes(open).containsAll(Set.of("LOW_COMPETITION", "SHORT_NOTICE")), codes(open).toString());
        assertEquals(Set.of(), codes(mol20));
        assertTrue(Exclusions.inHouse(mol20));
        for (Need in : List.of(towing("Fourrière automobile", "other", "Quasi-régie", null),
                towing("Fourrière automobile", "other", null, "Contrat in house (article L. 2511-1)"),
                towing("Fourrière automobile", "open", null, "L2511-3 : quasi-régie conjointe"),
                towing("Fourrière automobile confiée à la SPL Orbe Mobilités", null, null, null),
                towing("Fourrière automobile — Société publique locale Orbe Mobilités", "negotiated_without_call", null, null))) {
            assertTrue(Exclusions.inHouse(in), in.title() + " / " + in.notes() + " / " + in.remarks());
            NeedFacts f = context(in).all().get(0);
            assertFalse(f.open() || f.competitive(), in.title());
        }
    }

    /**
     * « Quasi-régie » with a SEM or private shareholders (lawyer O, CD81-27-82; RISKS.md §2, version 2.22): L2511-1
     * excludes any direct private capital, so the claim is no exclusion. The need stays open and competitive for every
     * rule (MAPA_ABOVE_THRESHOLD says why the ground cannot hold; LOW_COMPETITION stays quiet beside it), while its SPL twin stays outside the code.
     */
    @Test
    void anInHouseClaimWithPrivateCapitalIsNoExclusion() {
        Need sem = towing("Fourrière automobile confiée à la SEM Orbe Mobilités", "other", "Quasi-régie (L2511-1)",
                "SEM : 40 % de capitaux privés");
        Need words = towing("Fourrière automobile", "other", "in house",
                "société dont le capital est ouvert à des actionnaires privés");
        for (Need n : List.of(sem, words)) {
            assertFalse(Exclusions.inHouse(n) || Exclusions.outsideCode(n), n.title());
            NeedFacts f = context(n).all().get(0);
            assertTrue(f.open() && f.competitive(), n.title());
            assertTrue(f.inHouse() != null && !f.inHouse().holds(), n.title());
            Set<String> codes = codes(n);
            assertTrue(codes.containsAll(Set.of("MAPA_ABOVE_THRESHOLD", "SHORT_NOTICE")), codes.toString());
            // its one known supplier is the SEM itself: the in-house item already says to compete it (version 2.26, lawyer U)
            assertFalse(codes.contains("LOW_COMPETITION"), codes.toString());
        }
        Need spl = towing("Fourrière automobile confiée à la SPL Orbe Mobilités", "other", "Quasi-régie (L2511-1)", null);
        assertTrue(Exclusions.inHouse(spl) && Exclusions.outsideCode(spl));
        assertTrue(context(spl).all().get(0).inHouse().holds());
        assertEquals(Set.of(), codes(spl));
        // another exclusion written beside the untenable claim still holds on its own (L2512-5 1°)
        Need both = towing("Fourrière automobile confiée à la SEM Orbe Mobilités", "other", "Quasi-régie (L2511-1) ; L2512-5", null);
        assertTrue(Exclusions.outsideCode(both));
    }

    @Test
    void anSplNamedAsAPlaceABeneficiaryOrABidderIsNoInHouseContract() {
        for (Need lookalike : List.of(towing("Nettoyage du siège de la SPL Orbe Mobilités", null, null, null),
                towing("Fourrière automobile pour le compte de la SPL Orbe Mobilités", "other", null, null),
                towing("Fourrière automobile — SPL Orbe Mobilités", "open", null, null),
                towing("Maintenance des ascenseurs au profit de la SPL du parc des expositions", "adapted", null, null),
                towing("Splendide fourrière des véhicules SPLV", null, null, null))) {
            assertFalse(Exclusions.inHouse(lookalike), lookalike.title());
            assertTrue(context(lookalike).all().get(0).open(), lookalike.title());
        }
    }
}

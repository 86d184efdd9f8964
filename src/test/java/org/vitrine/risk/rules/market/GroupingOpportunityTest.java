package org.vitrine.risk.rules.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.market.MarketNeeds.flag;
import static org.vitrine.risk.rules.market.MarketNeeds.need;
import static org.vitrine.risk.rules.market.MarketNeeds.run;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.Flags;

class GroupingOpportunityTest {

    private static final String CLEANING = "90910000-9";
    private final GroupingOpportunity rule = new GroupingOpportunity();

    private static Need cleaning(String id, String buyer, String title) {
        return need(id).buyer(buyer).cpv(CLEANING).category("services").title(title).build();
    }

    @Test
    void similarTitlesOfTwoBuyersInTheSameClassAreBothFlagged() {
        Need a = cleaning("a", "ville-a", "Nettoyage des locaux administratifs");
        Need b = cleaning("b", "ville-b", "Nettoyage de locaux");
        Flags flags = run(rule, List.of(a, b));
        RiskFlag fa = flag(flags, "a");
        assertEquals("low", fa.severity());
        assertEquals(List.of("b"), fa.related());
        assertEquals(List.of("a"), flag(flags, "b").related());
        assertEquals("Un autre acheteur prévoit un besoin proche sur le même marché (CPV 90910000 – Services de nettoyage) : "
                + "Ville b. Un achat groupé (groupement de commandes) est peut-être possible : à étudier avec eux.", fa.message());
    }

    @Test
    void titlesSharingOneWordInThreeAreNotSimilar() {
        Need a = cleaning("a", "ville-a", "Nettoyage des vitres");
        Need b = cleaning("b", "ville-b", "Nettoyage des locaux");
        assertTrue(run(rule, List.of(a, b)).all().isEmpty());
    }

    @Test
    void needsOfTheSameBuyerOrOfAnotherClassAreNotGrouped() {
        Need a = cleaning("a", "ville-a", "Nettoyage des locaux");
        assertTrue(run(rule, List.of(a, cleaning("b", "ville-a", "Nettoyage des locaux"))).all().isEmpty());
        Need other = need("c").buyer("ville-c").cpv("90900000-6").title("Nettoyage des locaux").build();
        assertTrue(run(rule, List.of(a, other)).all().isEmpty());
    }

    @Test
    void accentsCasePunctuationStopWordsAndPluralsDoNotMatter() {
        assertEquals(Set.of("vehicule", "electrique"), Titles.tokens("Fourniture de VÉHICULES électriques"));
        assertEquals(Set.of("entretien", "espace", "vert"), Titles.tokens("Entretien d'espaces verts (lot 2)"));
        Need a = cleaning("a", "ville-a", "Location de VÉHICULES électriques");
        Need b = cleaning("b", "ville-b", "location véhicule electrique");
        assertEquals(1, run(rule, List.of(a, b)).of("a").size());
    }

    @Test
    void centralPurchasingAndCallOffsAreAlreadyGrouped() {
        Need a = cleaning("a", "ville-a", "Nettoyage des locaux");
        Need ugap = need("b").buyer("ville-b").cpv(CLEANING).title("Nettoyage des locaux").route("central_purchasing").build();
        Need callOff = need("c").buyer("ville-c").cpv(CLEANING).title("Nettoyage des locaux").route("call_off").build();
        assertTrue(run(rule, List.of(a, ugap, callOff)).all().isEmpty());
    }

    @Test
    void manyBuyersAreCountedAndTheirNamesShortened() {
        List<Need> needs = List.of(cleaning("a", "ville-a", "Nettoyage des locaux"), cleaning("b", "ville-b", "Nettoyage locaux"),
                cleaning("c", "ville-c", "Nettoyage locaux"), cleaning("d", "ville-d", "nettoyage des locaux"));
        Flags flags = run(rule, needs, "en", Map.of("GROUPING_OPPORTUNITY", Map.of("maxNames", 2)));
        assertEquals(4, flags.all().size());
        assertEquals(List.of("b", "c", "d"), flag(flags, "a").related());
        assertEquals("3 other buyers plan a similar need in the same market (CPV 90910000 – Cleaning services): Ville b, "
                + "Ville c, …. A joint purchase (purchasing group) may be possible: worth discussing with them.",
                flag(flags, "a").message());
    }

    @Test
    void settingsLowerTheSimilarityAndRaiseTheSeverity() {
        Need a = cleaning("a", "ville-a", "Nettoyage des vitres");
        Need b = cleaning("b", "ville-b", "Nettoyage des locaux");
        Flags flags = run(rule, List.of(a, b), "fr",
                Map.of("GROUPING_OPPORTUNITY", Map.of("minSimilarity", 0.3, "severity", "medium")));
        assertEquals("medium", flag(flags, "a").severity());
    }

    @Test
    void wordsUsedByTooManyNeedsOfTheClassDoNotProposeCandidates() {
        Need a = cleaning("a", "ville-a", "Nettoyage des locaux");
        Need b = cleaning("b", "ville-b", "Nettoyage des locaux");
        Flags flags = run(rule, List.of(a, b), "fr", Map.of("GROUPING_OPPORTUNITY", Map.of("maxTokenFrequency", 1)));
        assertTrue(flags.all().isEmpty());
    }
}

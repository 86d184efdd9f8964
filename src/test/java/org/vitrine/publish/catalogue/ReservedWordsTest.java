package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;

/**
 * The words a supplier types for a reserved contract (reference/reserved-words.txt; supplier Y, D4: « insertion »,
 * « économie sociale », « entreprise adaptée » found no reserved need): every reserved type has its words in French and
 * in English, a need reserved without its type has all of them, and the search index carries them aligned with the
 * badges (the matching is tested in the browser: ReservedWordsInBrowserTest).
 */
class ReservedWordsTest {

    @Test
    void everyReservedTypeHasItsWordsInBothLanguages() {
        for (String lang : List.of("fr", "en")) {
            Map<String, List<String>> byType = ReservedWords.table().get(lang);
            assertEquals(List.of("ea_esat", "siae", "ess"), List.copyOf(byType.keySet()), lang);
            for (String type : byType.keySet()) {
                // each type is one of the badges the pages show (label.reserved.<type>)
                assertTrue(Messages.of(lang).has("label.reserved." + type), type);
            }
        }
        assertTrue(ReservedWords.words("fr", "siae").contains("insertion"), ReservedWords.words("fr", "siae"));
        assertTrue(ReservedWords.words("fr", "ess").contains("économie sociale et solidaire"));
        assertTrue(ReservedWords.words("fr", "ea_esat").contains("entreprises adaptées"));
        assertTrue(ReservedWords.words("fr", "ea_esat").contains("handicap"));
        assertTrue(ReservedWords.words("en", "ess").contains("social economy"));
        assertFalse(ReservedWords.words("fr", "ess").contains("insertion"), "the SIAE's words are not the ESS's");
    }

    @Test
    void aNeedReservedWithoutItsTypeHasEveryTypesWords() {
        String all = ReservedWords.words("fr", Boolean.TRUE);
        for (String type : List.of("ea_esat", "siae", "ess")) {
            for (String w : ReservedWords.table().get("fr").get(type)) {
                assertTrue(all.contains(w), w);
            }
        }
        assertEquals("", ReservedWords.words("fr", Boolean.FALSE));
        assertEquals("", ReservedWords.words("de", "siae"));
    }

    @Test
    void theSearchIndexCarriesEachBadgesWords() {
        List<Need> needs = new ArrayList<>(CatalogueFixture.needs());
        needs.set(0, reserved(needs.get(0), "siae"));
        needs.set(1, reserved(needs.get(1), Boolean.TRUE));
        org.vitrine.publish.Site site = CatalogueFixture.site(needs, "fr");
        Map<String, Object> index = new SearchIndex(site, Messages.of("fr")).build();
        List<?> labels = (List<?>) index.get("reserved");
        List<?> words = (List<?>) index.get("reservedWords");
        assertEquals(labels.size(), words.size());
        assertEquals(ReservedWords.words("fr", "siae"), words.get(labels.indexOf("Réservé aux SIAE")));
        assertEquals(ReservedWords.words("fr", Boolean.TRUE), words.get(labels.indexOf("Marché réservé (type à préciser)")));
    }

    @Test
    void aSocialClauseHasItsWordsOnceInTheIndexAndAFlagOnItsNeeds() {
        // not a reserved type: the « social_clause » lines are kept apart from the types' (and from an untyped reservation's)
        assertTrue(ReservedWords.socialClause("fr").contains("clauses sociales"), ReservedWords.socialClause("fr"));
        assertTrue(ReservedWords.socialClause("fr").contains("clauses d'insertion"));
        assertTrue(ReservedWords.socialClause("en").contains("social clauses"), ReservedWords.socialClause("en"));
        assertFalse(ReservedWords.words("fr", Boolean.TRUE).contains("clauses sociales"));
        org.vitrine.publish.Site site = CatalogueFixture.site(CatalogueFixture.needs(), "fr");
        Map<String, Object> index = new SearchIndex(site, Messages.of("fr")).build();
        assertEquals("Clause sociale; " + ReservedWords.socialClause("fr"), index.get("socialWords"));
        List<?> columns = (List<?>) index.get("columns");
        List<?> titles = (List<?>) columns.get(1);
        List<?> flags = (List<?>) columns.get(13);
        for (int i = 0; i < titles.size(); i++) {
            String title = (String) titles.get(i);
            Need n = site.needs().stream().filter(x -> x.title().equals(title)).findFirst().orElseThrow();
            long f = ((Number) flags.get(i)).longValue();
            assertEquals(Boolean.TRUE.equals(n.socialClause()), (f & SearchIndex.SOCIAL) != 0, title);
            assertEquals(n.hasReservation(), (f >> SearchIndex.RESERVED_SHIFT) != 0, title);
        }
    }

    private static Need reserved(Need n, Object type) {
        Need.Builder b = n.toBuilder();
        b.reserved = type;
        return b.build();
    }
}

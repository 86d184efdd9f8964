package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;

/**
 * The search's trade abbreviations (reference/abbreviations.txt; supplier W: « cvc » missed « chauffage, ventilation
 * et climatisation »): each is one word standing for two or more, and the search index carries them for the page
 * script (its matching is tested in the browser: ContractsInBrowserTest).
 */
class AbbreviationsTest {

    private static Map<String, String> table() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        Abbreviations.table().forEach(a -> out.put(a.abbreviation(), a.expansion()));
        return out;
    }

    @Test
    void theTableHasTheHeatingAndVentilationAbbreviations() {
        Map<String, String> t = table();
        assertEquals("chauffage ventilation climatisation", t.get("cvc"));
        assertEquals("centrale traitement air", t.get("cta"));
        assertEquals("ventilation mécanique contrôlée", t.get("vmc"));
        assertEquals("gestion technique bâtiment", t.get("gtb"));
        for (Map.Entry<String, String> e : t.entrySet()) {
            assertTrue(e.getKey().matches("[a-z]{2,6}"), "one short word: " + e.getKey());
            assertTrue(e.getValue().split(" ").length >= 2, e.toString());
        }
    }

    @Test
    void theSearchIndexCarriesThem() {
        org.vitrine.publish.Site site = CatalogueFixture.site(CatalogueFixture.needs(), "fr");
        Map<String, Object> index = new SearchIndex(site, Messages.of("fr")).build();
        @SuppressWarnings("unchecked")
        List<List<String>> abbrev = (List<List<String>>) index.get("abbrev");
        assertTrue(abbrev.contains(List.of("cvc", "chauffage ventilation climatisation")), abbrev.toString());
        assertEquals(Abbreviations.table().size(), abbrev.size());
    }
}

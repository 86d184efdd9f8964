package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vitrine.model.Need;
import org.vitrine.model.Place;

/**
 * Issue 18, supplier Z: on the examples the place filter narrowed nothing (one département, « Saône-et-Loire (71) »,
 * held all 214 needs) and listed the needs for the whole region under every département, as if performed there only.
 * The communes the buyers write inside a département are entries of their own (« Beaumont-sur-Saône (71) »), which the
 * département's entry also holds; a site or an area (« Usine de Beaumont ») is none; and a département's count says how
 * many of its needs are for the whole region.
 */
class CommunesInBrowserTest {

    static final Place SAONE_ET_LOIRE = new Place("departement", "71", "Saône-et-Loire", "FRC13");
    static final Place REGION = new Place("region", "27", "Bourgogne-Franche-Comté", null);

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue();

    static Need at(String ref, String title, Place place, String location) {
        return SearchInBrowserTest.need(ref, title, "90911200", 50_000, SearchInBrowserTest.month(3), b -> {
            b.place = place;
            b.location = location;
        });
    }

    @BeforeAll
    static void start() throws Exception {
        List<Need> needs = List.of(
                at("P-1", "Nettoyage de la mairie", SAONE_ET_LOIRE, "Beaumont-sur-Saône"),
                at("P-2", "Nettoyage des écoles", SAONE_ET_LOIRE, "Beaumont-sur-Saône, Montrevel (71)"),
                at("P-3", "Nettoyage de l'usine", SAONE_ET_LOIRE, "Usine de Beaumont"),
                at("P-4", "Nettoyage des lycées", REGION, "Bourgogne-Franche-Comté"),
                at("P-5", "Nettoyage du siège", SAONE_ET_LOIRE, null),
                at("P-6", "Nettoyage des bureaux de la métropole", SAONE_ET_LOIRE, "Métropole — 28 communes"),
                at("P-7", "Nettoyage de la préfecture", SAONE_ET_LOIRE, "71 – Saône-et-Loire"));
        page.write(needs);
    }

    // on a phone the filters are folded away: the options' text, and a choice, through the page's script
    List<String> options() {
        page.open("index.html");
        return page.options("f-location");
    }

    List<String> shownAfterChoosing(String label) {
        return page.shownAfterChoosing("f-location", label);
    }

    @Test
    void theCommunesInsideTheDepartementAreEntriesThatNarrowTheList() {
        List<String> options = options();
        assertTrue(options.contains("Beaumont-sur-Saône (71) (7, dont 5 pour un lieu plus large qui la comprend)"), options.toString());
        assertTrue(options.contains("Montrevel (71) (6, dont 5 pour un lieu plus large qui la comprend)"), options.toString());
        assertTrue(options.stream().noneMatch(o -> o.startsWith("Usine") || o.startsWith("Métropole")), options.toString());
        // the département holds its communes' needs, its own and the region's
        assertEquals(7, shownAfterChoosing("Saône-et-Loire (71)").size());
    }

    /**
     * Supplier W: « Beaumont-sur-Saône » kept 4 of the 11 cleaning needs; the 7 placed at the département, the
     * métropole, a network or the region, which all hold Beaumont, were left out. They come after the commune's own,
     * each saying why it is there.
     */
    @Test
    void aCommuneListsTheNeedsOfTheWiderPlacesThatHoldItAfterItsOwn() {
        shownAfterChoosing("Beaumont-sur-Saône (71)");
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) page.driver.executeScript(
                "return Array.from(document.querySelectorAll('#results li.need')).map(li => li.querySelector('a').textContent"
                + " + ' | ' + (li.querySelector('.wider') ? li.querySelector('.wider').textContent : ''));");
        assertEquals(7, rows.size(), rows.toString());
        assertEquals(List.of("Nettoyage de la mairie | ", "Nettoyage des écoles | "), rows.subList(0, 2).stream().sorted().toList());
        List<String> wider = rows.subList(2, 7).stream().sorted().toList();
        assertEquals(List.of(
                "Nettoyage de l'usine | Sur tout le territoire de l’acheteur : Usine de Beaumont",
                "Nettoyage de la préfecture | Dans tout le département : Saône-et-Loire (71)",
                "Nettoyage des bureaux de la métropole | Sur tout le territoire de l’acheteur : Métropole — 28 communes",
                "Nettoyage des lycées | Dans toute la région : Bourgogne-Franche-Comté",
                "Nettoyage du siège | Dans tout le département : Saône-et-Loire (71)"), wider);
        // a département keeps its own list: no row says it holds a commune
        shownAfterChoosing("Saône-et-Loire (71)");
        assertEquals(0L, page.driver.executeScript("return document.querySelectorAll('#results .wider').length;"));
    }

    @Test
    void aDepartementSaysHowManyOfItsNeedsAreForTheWholeRegion() {
        List<String> options = options();
        assertTrue(options.contains("Saône-et-Loire (71) (7, dont 1 pour toute la région)"), options.toString());
        assertTrue(options.contains("Côte-d'Or (21) (1, toute la région)"), options.toString());
        assertEquals(List.of("Nettoyage des lycées"), shownAfterChoosing("Côte-d'Or (21)"));
    }

    @Test
    void theRowsNameTheCommuneAndTheWholeRegion() {
        page.search("nettoyage");
        List<String> where = page.titlesAndPlaces();
        assertTrue(where.stream().anyMatch(w -> w.startsWith("Nettoyage des écoles | ") && w.endsWith("Beaumont-sur-Saône (71), Montrevel (71)")), where.toString());
        assertTrue(where.stream().anyMatch(w -> w.startsWith("Nettoyage des lycées | ") && w.endsWith("Bourgogne-Franche-Comté (toute la région)")), where.toString());
        assertFalse(where.stream().anyMatch(w -> w.startsWith("Nettoyage des lycées | ") && w.contains("Côte-d'Or")), where.toString());
    }
}

package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vitrine.model.Need;

/**
 * The place filter as a supplier uses it, from a buyer's file to Chromium (issue 22.5, 18): a place spelt several
 * ways ("ROUBAIX", "Roubaix", "59100 Roubaix"; "(14) Calvados", "CALVADOS", "14") is one entry by name; a row with
 * no place is filed under its buyer's département (buyers.yaml place), whose page says so; no « Non précisé ».
 */
class PlaceFilterInBrowserTest {

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue(1280, 1000);

    @BeforeAll
    static void start() throws Exception {
        // chu-beaumont.csv: the file names the buyer, whose buyers.yaml place is 71
        List<Need> needs = page.needsOf("chu-beaumont.csv",
                "P-1;Nettoyage des locaux;90910000-9;120 000;T2 2027;ROUBAIX\n"
                + "P-2;Gardiennage du site;79713000-5;90 000;T2 2027;Roubaix\n"
                + "P-3;Entretien des espaces verts;77310000-6;60 000;T3 2027;59100 Roubaix\n"
                + "P-4;Travaux de voirie;45233141-9;300 000;T3 2027;(14) Calvados\n"
                + "P-5;Signalisation routière;34992000-8;70 000;T3 2027;CALVADOS\n"
                + "P-6;Déneigement;90620000-9;50 000;T4 2027;14\n"
                + "P-7;Fournitures de bureau;30192000-1;45 000;T2 2027;\n"
                // a place no reference list reads: shown as written, filed under the buyer's place
                + "P-8;Maintenance des pompes;50511000-0;80 000;T2 2027;Usine de la Sablière\n"
                // the whole region (Bourgogne-Franche-Comté, of which 71 is a département)
                + "P-9;Formation des agents;80533100-0;70 000;T3 2027;Bourgogne-Franche-Comté\n");
        assertEquals(9, needs.size());
        page.write(needs);
    }

    List<String> shownAfterChoosing(String value) {
        return page.shownAfterSelecting(value);
    }

    @Test
    void eachPlaceIsOneEntryByNameWhateverItsSpellingAndNoneIsUnknown() {
        List<String> options = page.locationOptions();
        assertTrue(options.contains("Roubaix (3)"), options.toString());
        assertTrue(options.contains("Calvados (14) (3)"), options.toString());
        // one of its three is for the whole region, said so (supplier Z, issue 18)
        assertTrue(options.contains("Saône-et-Loire (71) (3, dont 1 pour toute la région)"), options.toString());
        // the region holds its départements' needs (P-7, P-8 by their buyer's 71) and the one for the whole region
        assertTrue(options.contains("Bourgogne-Franche-Comté (3)"), options.toString());
        assertTrue(options.stream().noneMatch(o -> o.contains("Sablière")), options.toString());
        assertTrue(options.stream().noneMatch(o -> o.startsWith("Non précisé") || o.startsWith("ROUBAIX") || o.startsWith("14")),
                options.toString());
        assertEquals(List.of("Entretien des espaces verts", "Gardiennage du site", "Nettoyage des locaux"),
                shownAfterChoosing("commune:59512"));
        assertEquals(List.of("Déneigement", "Signalisation routière", "Travaux de voirie"), shownAfterChoosing("departement:14"));
    }

    @Test
    void aNeedIsUnderEachPlaceItIsPerformedInAndEveryCountIsTheRowsItsChoiceShows() {
        // outside supplier X: « Nièvre (58) 15 » counted the needs for all Bourgogne-Franche-Comté, « Bourgogne-Franche-Comté 5 »
        // not those of the Nièvre: one rule, the region holds its départements' needs and a département its region's
        assertEquals(List.of("Formation des agents", "Fournitures de bureau", "Maintenance des pompes"), shownAfterChoosing("region:27"));
        assertEquals(shownAfterChoosing("region:27"), shownAfterChoosing("departement:71"));
        page.open("index.html");
        @SuppressWarnings("unchecked")
        List<String> mismatches = (List<String>) page.driver.executeScript("var out = [];"
                + "['buyer', 'division', 'category', 'quarter', 'band', 'procedure', 'location'].forEach(function (f) {"
                + "  var s = document.getElementById('f-' + f);"
                + "  Array.from(s.options).slice(1).map(function (o) { return [o.value, o.textContent]; }).forEach(function (o) {"
                + "    s.value = o[0]; window.VitrineCatalogue.apply();"
                + "    var count = /\\((\\d+)[,)][^(]*$/.exec(o[1])[1], rows = document.querySelectorAll('#results li.need').length;"
                + "    if (String(rows) !== count) { out.push(f + ' ' + o[1] + ': ' + rows + ' rows'); }"
                + "  });"
                + "  s.value = ''; window.VitrineCatalogue.apply();"
                + "});"
                + "return out;");
        assertEquals(List.of(), mismatches);
    }

    @Test
    void aNeedWithoutAPlaceIsUnderItsBuyersDepartementAndItsPageSaysSo() throws Exception {
        assertEquals(List.of("Formation des agents", "Fournitures de bureau", "Maintenance des pompes"), shownAfterChoosing("departement:71"));
        String html;
        try (var files = Files.list(page.site.resolve("needs"))) {
            Path p = files.filter(f -> f.toString().endsWith(".html")).filter(f -> {
                try {
                    return Files.readString(f).contains("Fournitures de bureau");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).findFirst().orElseThrow();
            html = Files.readString(p);
        }
        assertTrue(html.contains("Saône-et-Loire (71) (lieu : celui de l’acheteur)"), html);
    }

    @Test
    void aNeedForTheWholeRegionIsListedUnderEachOfItsDepartementsMarkedAsSuch() throws Exception {
        // outside supplier: « Saône-et-Loire (71) » left out the needs for all Bourgogne-Franche-Comté, performed in 71 too
        assertTrue(shownAfterChoosing("departement:71").contains("Formation des agents"));
        List<String> where = page.titlesAndPlaces();
        assertTrue(where.stream().anyMatch(w -> w.startsWith("Formation des agents | ") && w.endsWith(" · Bourgogne-Franche-Comté (toute la région)")),
                where.toString());
        // not under a département of another region
        assertFalse(shownAfterChoosing("departement:14").contains("Formation des agents"));
        // the page's own rows say the same (the buyer's page, before any script)
        assertTrue(Files.readString(page.site.resolve("buyers/chu-beaumont.html")).contains("Bourgogne-Franche-Comté (toute la région)"));
    }

    @Test
    void aPlaceNoListReadsIsShownAsWrittenAndFiledUnderTheBuyersPlace() throws Exception {
        try (var files = Files.list(page.site.resolve("needs"))) {
            String html = files.filter(f -> f.toString().endsWith(".html")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(h -> h.contains("Maintenance des pompes")).findFirst().orElseThrow();
            assertTrue(html.contains("Usine de la Sablière"), html);
            assertFalse(html.contains("celui de l’acheteur"), "the row gave a place: the page shows it");
        }
    }
}

package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.vitrine.model.Need;
import org.vitrine.publish.Catalogue;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * Supplier Y (a cleaning SME, issue 18, D4), typing in the search box on a 390 px phone: the reserved needs were found
 * only by their badge's acronyms (« insertion » 0 though both SIAE-reserved needs are for « structures d'insertion
 * par l'activité économique »; « économie sociale » fell back to one unrelated need, « entreprise adaptée » to 25), and
 * « bionettoyage » found no hospital cleaning. The words of each reserved type come from reference/reserved-words.txt
 * (French and English), « bionettoyage » from reference/trade-words.txt; the same needs, in the English edition, by the
 * English words.
 */
class ReservedWordsInBrowserTest {

    static final String EA = "Produits d'entretien et d'hygiène pour les collèges";
    static final String SIAE = "Entretien des espaces verts des lycées du secteur nord";
    static final String ESS = "Accompagnement vers l'emploi des bénéficiaires du RSA";
    static final String UNTYPED = "Accompagnement social lié au logement (ASLL)";
    static final String TRANSPORT = "Transport scolaire des élèves en situation de handicap";
    static final String HOSPITAL = "Nettoyage des locaux administratifs et des consultations externes";
    static final String OFFICES = "Nettoyage des locaux de l'hôtel de métropole";
    static final String WINDOWS = "Nettoyage des vitres des bâtiments administratifs";
    static final String VEHICLES = "Nettoyage des véhicules et des stations du réseau";
    static final String SOCIAL_FORUM = "Organisation du forum de l'entreprise et de l'emploi";

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue();

    @BeforeAll
    static void start() throws Exception {
        List<Need> needs = new ArrayList<>();
        needs.add(SearchInBrowserTest.need("R-1", EA, "39830000", 60_000, SearchInBrowserTest.month(2), b -> b.reserved = "ea_esat"));
        needs.add(SearchInBrowserTest.need("R-2", SIAE, "77310000", 90_000, SearchInBrowserTest.month(3), b -> b.reserved = "siae"));
        needs.add(SearchInBrowserTest.need("R-3", ESS, "79611000", 200_000, SearchInBrowserTest.month(4), b -> b.reserved = "ess"));
        // reserved, its type not given yet: the notice may reserve it to any of them
        needs.add(SearchInBrowserTest.need("R-4", UNTYPED, "85312000", 150_000, SearchInBrowserTest.month(5), b -> b.reserved = true));
        // open to all, « handicap » in its title: found by the word as written, as before
        needs.add(SearchInBrowserTest.need("T-1", TRANSPORT, "60130000", 400_000, SearchInBrowserTest.month(6), b -> b.reserved = false));
        // open to all, « entreprise » and « sociale »-free: no reserved word brings it
        needs.add(SearchInBrowserTest.need("F-1", SOCIAL_FORUM, "79952000", 30_000, SearchInBrowserTest.month(7), b -> b.reserved = false));
        needs.add(SearchInBrowserTest.need("N-1", HOSPITAL, "90911200", 300_000, SearchInBrowserTest.month(2), b -> { }));
        needs.add(SearchInBrowserTest.need("N-2", OFFICES, "90919200", 250_000, SearchInBrowserTest.month(3), b -> { }));
        needs.add(SearchInBrowserTest.need("N-3", WINDOWS, "90911300", 40_000, SearchInBrowserTest.month(4), b -> { }));
        needs.add(SearchInBrowserTest.need("N-4", VEHICLES, "90910000", 80_000, SearchInBrowserTest.month(5), b -> { }));
        Site fr = CatalogueFixture.site(needs, "fr");
        new Catalogue(new Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates")).write(page.site, fr);
        Site en = CatalogueFixture.site(needs, "en");
        new Catalogue(new Templates(Path.of("templates"), Locale.ENGLISH), Path.of("templates")).write(page.site.resolve("en"), en);
        page.start();
    }

    /** The words typed in the search box of the edition's home page, then Enter: the titles shown, sorted. */
    static List<String> typed(String edition, String words) {
        Browser.openReady(page.driver, page.site, edition + "index.html");
        page.driver.findElement(By.id("q")).sendKeys(words, Keys.ENTER);
        return page.titles().stream().sorted().toList();
    }

    static List<String> sorted(String... titles) {
        return java.util.Arrays.stream(titles).sorted().toList();
    }

    @Test
    void theSectorsWordsFindTheReservedNeeds() throws Exception {
        assertEquals(sorted(SIAE, UNTYPED), typed("", "insertion"));
        assertEquals("Trouvé par : le type de marché réservé",
                page.driver.findElement(By.cssSelector("#results li.need .why")).getText());
        Browser.shot(page.driver, "supplierJ-insertion-390");
        assertEquals(sorted(SIAE, UNTYPED), typed("", "clause d'insertion"));
        assertEquals(sorted(SIAE, UNTYPED), typed("", "SIAE"));
        assertEquals(sorted(SIAE, UNTYPED), typed("", "structures d'insertion"));
        assertEquals(sorted(ESS, UNTYPED), typed("", "économie sociale"));
        assertEquals(sorted(ESS, UNTYPED), typed("", "economie sociale et solidaire"));
        assertEquals(sorted(ESS, UNTYPED), typed("", "ESS"));
        assertEquals(sorted(EA, UNTYPED), typed("", "ESAT"));
        assertEquals(sorted(EA, UNTYPED), typed("", "entreprise adaptée"));
        assertEquals(sorted(EA, UNTYPED), typed("", "entreprises adaptees"));
        // the word as written still finds the transport of disabled pupils, open to all
        assertEquals(sorted(EA, UNTYPED, TRANSPORT), typed("", "handicap"));
    }

    @Test
    void bionettoyageFindsTheCleaningOfPremisesNotTheWindowsNorTheVehicles() throws Exception {
        assertEquals(sorted(HOSPITAL, OFFICES), typed("", "bionettoyage"));
        assertTrue(page.reasons().stream().allMatch(r -> r.contains("90911200") || r.contains("90919200")), page.reasons().toString());
        Browser.shot(page.driver, "supplierJ-bionettoyage-390");
        // « nettoyage » keeps every cleaning trade
        assertEquals(sorted(HOSPITAL, OFFICES, WINDOWS, VEHICLES, EA), typed("", "nettoyage")); // EA: 39830000 « Produits de nettoyage »
    }

    @Test
    void theEnglishEditionFindsThemByTheEnglishWords() {
        assertEquals(sorted(ESS, UNTYPED), typed("en/", "social economy"));
        assertEquals(sorted(EA, UNTYPED), typed("en/", "sheltered workshop"));
        assertEquals(sorted(EA, UNTYPED), typed("en/", "sheltered workshops"));
        assertEquals(sorted(EA, UNTYPED), typed("en/", "disabled workers"));
        assertEquals(sorted(SIAE, UNTYPED), typed("en/", "work integration"));
        assertEquals(sorted(HOSPITAL, OFFICES), typed("en/", "hospital cleaning"));
        assertEquals(sorted(HOSPITAL, OFFICES), typed("en/", "biocleaning"));
    }
}

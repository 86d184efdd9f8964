package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Need;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * Supplier X (issue 18), on a 390 px phone in Chromium. D4: a search result gave buyer, amount, launch and CPV but no
 * stand, so at the event one had to open the need; each row now says « Stand B07 » when its buyer has one (the page's
 * own first results too), none for a buyer without a stand. D5: « ESAT » and « réservé » found nothing though the badge
 * says « Réservé aux EA/ESAT »: the badge's words are searched, and the row says why it matched.
 * Set -Dvitrine.screenshots=DIR to keep the screenshots looked at.
 */
class StandAndReservedSearchBrowserTest {

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue();
    static Path site;

    @BeforeAll
    static void start() throws Exception {
        List<Need> needs = new ArrayList<>();
        needs.add(SearchInBrowserTest.need("R-1", "Conditionnement de produits d’hygiène", "39830000", 60_000,
                CatalogueFixture.month(2027, 4), b -> b.reserved = "ea_esat"));
        needs.add(SearchInBrowserTest.need("R-2", "Entretien des espaces verts", "77310000", 60_000,
                CatalogueFixture.month(2027, 5), b -> b.reserved = "siae"));
        needs.add(SearchInBrowserTest.need("N-1", "Nettoyage des locaux", "90910000", 60_000, CatalogueFixture.month(2027, 6), b -> { }));
        // a buyer the configuration does not know: no stand
        needs.add(SearchInBrowserTest.need("X-1", "Nettoyage des vitres", "90911300", 60_000, CatalogueFixture.month(2027, 7), b ->
                b.buyer = new BuyerRef("mairie-inconnue", "Mairie inconnue", "local")));
        page.write(needs);
        site = page.site;
    }

    @Test
    void everyResultRowGivesItsBuyersStand() throws Exception {
        List<String> found = Browser.search(page.driver, site, "nettoyage");
        assertTrue(found.containsAll(List.of("Nettoyage des locaux", "Nettoyage des vitres")), found.toString());
        var rows = page.driver.findElements(By.cssSelector("#results li.need"));
        for (var row : rows) {
            String meta = row.findElement(By.cssSelector(".meta")).getText();
            String title = row.findElement(By.cssSelector("a")).getText();
            if (!title.equals("Nettoyage des vitres")) {
                assertTrue(meta.startsWith("Centre hospitalier universitaire de Beaumont-sur-Saône · Stand B07 · "), meta);
            } else {
                assertTrue(!meta.contains("Stand"), "a buyer without a stand: " + meta);
            }
        }
        Browser.shot(page.driver, "supplierG-stand-results-390");
        // the page's own first results (before the script runs) say the same
        String home = Files.readString(site.resolve("index.html"));
        assertTrue(java.util.regex.Pattern.compile("<span class=\"meta\">[^<·]+ · Stand B07 · ").matcher(home).find(), home);
    }

    @Test
    void theReservedTypesWordsFindItsNeeds() throws Exception {
        assertEquals(List.of("Conditionnement de produits d’hygiène"), Browser.search(page.driver, site, "ESAT"));
        assertEquals("Trouvé par : le type de marché réservé",
                page.driver.findElement(By.cssSelector("#results li.need .why")).getText());
        Browser.shot(page.driver, "supplierG-esat-390");
        assertEquals(List.of("Conditionnement de produits d’hygiène"), Browser.search(page.driver, site, "EA/ESAT"));
        assertEquals(List.of("Entretien des espaces verts"), Browser.search(page.driver, site, "siae"));
        List<String> reserved = Browser.search(page.driver, site, "réservé");
        assertEquals(List.of("Conditionnement de produits d’hygiène", "Entretien des espaces verts"), reserved.stream().sorted().toList());
        assertEquals(reserved, Browser.search(page.driver, site, "reserve"));
        Browser.shot(page.driver, "supplierG-reserve-390");
        // a need open to all is not found by these words
        assertTrue(!Browser.search(page.driver, site, "réservé").contains("Nettoyage des locaux"));
    }
    /**
     * Supplier Y (D8): « B04 » or « stand B07 » found nothing, though every row says « Stand B07 »; the buyer's needs
     * are found by its stand, said « Trouvé par : le stand de l’acheteur », and a need page's stand links to the plan,
     * as the buyer page does.
     */
    @Test
    void aStandFindsItsBuyersNeedsAndANeedPageLinksItsStandOnThePlan() throws Exception {
        List<String> chu = List.of("Conditionnement de produits d’hygiène", "Entretien des espaces verts", "Nettoyage des locaux");
        assertEquals(chu, Browser.search(page.driver, site, "B07").stream().sorted().toList());
        assertEquals("Trouvé par : le stand de l’acheteur", page.driver.findElement(By.cssSelector("#results li.need .why")).getText());
        assertEquals(chu, Browser.search(page.driver, site, "stand B07").stream().sorted().toList());
        assertEquals(List.of(), Browser.search(page.driver, site, "B04"), "no need of this site's buyers is at B04");
        Browser.search(page.driver, site, "nettoyage des locaux");
        page.driver.findElement(By.cssSelector("#results li.need > a")).click();
        var crumb = page.driver.findElement(By.cssSelector("main .crumb a[href^='../event.html#']"));
        assertEquals("Stand B07", crumb.getText());
        String buyerPage = Files.readString(site.resolve("buyers/chu-beaumont.html"));
        assertTrue(buyerPage.contains("href=\"" + crumb.getAttribute("href").replaceAll("^.*/event\\.html", "../event.html") + "\""),
                "the same anchor as the buyer page's: " + crumb.getAttribute("href"));
    }
}

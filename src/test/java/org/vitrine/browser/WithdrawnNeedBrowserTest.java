package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.vitrine.config.ConfigLoader;
import org.vitrine.messages.Messages;
import org.vitrine.model.Amount;
import org.vitrine.model.EditionInfo;
import org.vitrine.model.Need;
import org.vitrine.publish.Catalogue;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * Supplier Y (issue 18, D5), in Chromium: a withdrawn need's page said only that it was withdrawn and when; it now
 * gives what its page had said (the buyer's reference, the launch, the amount), its buyer as a link to the buyer's
 * page, that buyer's stand (on the plan) and the date it was withdrawn, in French and in English. A search for a word of
 * its title (« compteurs ») said « Aucun besoin »: it now lists it under the results with a « Retiré » badge and its
 * page, and the status says so; a search that finds live needs lists no withdrawn one it does not match.
 */
class WithdrawnNeedBrowserTest {

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue();
    static Path site;
    static final String ID = "chu-beaumont-w-1";

    static EditionInfo.Withdrawn withdrawn() {
        return new EditionInfo.Withdrawn(ID, "Compteurs d’eau à radio-relève", "CHU de Beaumont", CatalogueFixture.DATE,
                "chu-beaumont", "38421100", "CHU-W-1", CatalogueFixture.month(2027, 3),
                new Amount(BigDecimal.valueOf(90_000), BigDecimal.valueOf(90_000), "EUR", "total"));
    }

    static Site site(List<Need> needs, String lang) throws Exception {
        Site base = CatalogueFixture.site(needs, lang);
        EditionInfo e = (EditionInfo) base.model().get("edition");
        EditionInfo edition = new EditionInfo(e.id(), e.year(), e.date(), e.language(), e.sources(), List.of(withdrawn()),
                e.licence(), e.licenceUrl(), e.disclaimer());
        return new Site(needs, ConfigLoader.load(Path.of("config")), edition, Messages.of(lang));
    }

    static List<Need> needs() {
        return List.of(SearchInBrowserTest.need("N-1", "Nettoyage des locaux", "90910000", 60_000, CatalogueFixture.month(2027, 6), b -> { }),
                SearchInBrowserTest.need("N-2", "Vérification des extincteurs", "50413200", 20_000, CatalogueFixture.month(2027, 5), b -> { }));
    }

    @BeforeAll
    static void start() throws Exception {
        site = page.site;
        CatalogueFixture.write(site, site(needs(), "fr"));
        page.start();
    }

    @Test
    void theWithdrawnPageSaysWhatItAnnouncedWhoAndWhere() throws Exception {
        page.driver.get(Browser.url(site) + "needs/" + ID + ".html");
        String main = page.driver.findElement(By.tagName("main")).getText().replace('\u00A0', ' ').replace('\u202F', ' ');
        assertTrue(main.contains("Référence\nCHU-W-1"), main);
        assertTrue(main.contains("Lancement qui était prévu\nmars 2027"), main);
        assertTrue(main.contains("Montant qui était estimé (HT)\n90 000 €"), main);
        assertTrue(main.contains("Retiré le\n26 novembre 2026"), main);
        assertTrue(main.contains("Stand\nB07"), main);
        assertTrue(main.contains("demandez à l’acheteur au stand B07"), main);
        List<WebElement> buyerLinks = page.driver.findElements(By.cssSelector("main a[href='../buyers/chu-beaumont.html']"));
        assertEquals(2, buyerLinks.size(), "the crumb and the facts link the buyer's page");
        assertEquals("CHU de Beaumont", buyerLinks.get(1).getText());
        // the stand on the plan, as the buyer page links it
        String buyerPage = Files.readString(site.resolve("buyers/chu-beaumont.html"), StandardCharsets.UTF_8);
        java.util.regex.Matcher plan = java.util.regex.Pattern.compile("href=\"(\\.\\./event\\.html#[^\"]+)\"").matcher(buyerPage);
        assertTrue(plan.find(), "the buyer page links its stand on the plan");
        assertEquals(1, page.driver.findElements(By.cssSelector("main a[href='" + plan.group(1) + "']")).size(), main);
        Browser.shot(page.driver, "supplierI-withdrawn-390");
        buyerLinks.get(1).click();
        assertTrue(page.driver.getCurrentUrl().endsWith("buyers/chu-beaumont.html"), page.driver.getCurrentUrl());
    }

    @Test
    void aSearchForAWordOfItsTitleSaysItWasWithdrawn() throws Exception {
        assertEquals(List.of(), Browser.search(page.driver, site, "compteurs"));
        WebElement hits = page.driver.findElement(By.id("withdrawn-hits"));
        assertTrue(hits.isDisplayed());
        List<WebElement> rows = hits.findElements(By.cssSelector("li.withdrawn"));
        assertEquals(1, rows.size());
        assertEquals("Compteurs d’eau à radio-relève", rows.get(0).findElement(By.tagName("a")).getText());
        assertTrue(rows.get(0).findElement(By.tagName("a")).getAttribute("href").endsWith("needs/" + ID + ".html"));
        assertEquals("Retiré", rows.get(0).findElement(By.cssSelector(".badge-withdrawn")).getText());
        assertTrue(rows.get(0).getText().contains("retiré des prévisions le 26 novembre 2026"), rows.get(0).getText());
        String status = page.driver.findElement(By.id("status")).getText();
        assertTrue(status.contains("Aucun besoin prévu ne correspond") && status.contains("retirés"), status);
        Browser.shot(page.driver, "supplierI-withdrawn-search-390");
        // by its reference too, accents and case aside
        Browser.search(page.driver, site, "chu-w-1");
        assertEquals(1, page.driver.findElements(By.cssSelector("#withdrawn-hits li.withdrawn")).size());
        Browser.search(page.driver, site, "radio releve");
        assertEquals(1, page.driver.findElements(By.cssSelector("#withdrawn-hits li.withdrawn")).size());
        // a search that matches live needs only: no withdrawn row; no query: none either
        assertEquals(List.of("Nettoyage des locaux"), Browser.search(page.driver, site, "nettoyage"));
        assertFalse(page.driver.findElement(By.id("withdrawn-hits")).isDisplayed());
        Browser.search(page.driver, site, "");
        assertFalse(page.driver.findElement(By.id("withdrawn-hits")).isDisplayed());
    }

    @Test
    void theEnglishWithdrawnPageAndSearchSayTheSame() throws Exception {
        Path en = page.tmp.resolve("en");
        new Catalogue(new Templates(Path.of("templates"), Locale.ENGLISH), Path.of("templates")).write(en, site(needs(), "en"));
        String html = Files.readString(en.resolve("needs/" + ID + ".html"), StandardCharsets.UTF_8);
        for (String s : List.of("What the catalogue announced", "<dt>Withdrawn on</dt>", "Launch that was planned", "CHU-W-1",
                "href=\"../buyers/chu-beaumont.html\"", "ask the buyer at stand B07")) {
            assertTrue(html.contains(s), s + " in " + html);
        }
        assertEquals(List.of(), Browser.search(page.driver, en, "meters"));
        assertFalse(page.driver.findElement(By.id("withdrawn-hits")).isDisplayed(), "no English title: « meters » is no word of it");
        Browser.search(page.driver, en, "compteurs");
        assertEquals("Withdrawn", page.driver.findElement(By.cssSelector("#withdrawn-hits li.withdrawn .badge-withdrawn")).getText());
        assertTrue(page.driver.findElement(By.id("status")).getText().contains("No planned need matches this search"));
    }
}

package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.Needs;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.publish.ChangesAccess;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * Search and filters as a supplier uses them, in a real browser: word starts, folded œ and apostrophes, CPV
 * labels and their parents, code prefixes, the "open to bids" box, vague launches in every quarter they
 * overlap, amount bands by total; and the revised and withdrawn pages.
 */
class SearchInBrowserTest {

    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver driver;
    static List<Need> needs;

    static Need need(String ref, String title, String cpv, long amount, Period launch, java.util.function.Consumer<Need.Builder> change) {
        Need.Builder b = Needs.need("chu-beaumont", ref, title, amount, "public", "f.xlsx", 2).toBuilder();
        b.buyer = new BuyerRef("chu-beaumont", "CHU de Beaumont", "local");
        b.cpv = CpvCatalogue.load().cpv(cpv);
        b.category = "services";
        b.amount = new Amount(BigDecimal.valueOf(amount), BigDecimal.valueOf(amount), "EUR", "total");
        b.launch = launch;
        b.visibility = null;
        b.source = null;
        b.firstPublished = CatalogueFixture.DATE;
        b.modified = CatalogueFixture.DATE;
        change.accept(b);
        return b.build();
    }

    static Period month(int m) {
        LocalDate s = LocalDate.of(2027, m, 1);
        return new Period(s, s.withDayOfMonth(s.lengthOfMonth()), Period.Precision.month);
    }

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        needs = new ArrayList<>();
        // 30213100 "Ordinateurs portables": found by "informatique" through its parent 30200000
        needs.add(need("S-1", "Ordinateurs portables pour les agents", "30213100", 80_000, month(3), b -> { }));
        needs.add(need("S-2", "Main-d’œuvre pour le déménagement", "98392000", 20_000, month(4), b -> { }));
        needs.add(need("S-3", "Réaménagement des bureaux", "45000000", 300_000, month(5), b -> b.category = "works"));
        needs.add(need("S-4", "Ménage des locaux de l'internat", "90911200", 60_000, month(6), b -> { }));
        needs.add(need("S-5", "Serveurs via la centrale d’achat", "48820000", 120_000, month(2), b -> b.route = "central_purchasing"));
        needs.add(need("S-6", "Étude d’urbanisme", "71410000", 50_000,
                new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), Period.Precision.half), b -> { }));
        needs.add(need("S-7", "Maintenance annuelle", "50000000", 0,
                month(9), b -> b.amount = new Amount(BigDecimal.ZERO, BigDecimal.valueOf(40_000), "EUR", "total")));
        Need before = need("S-8", "Plateforme de formation", "80000000", 55_000, CatalogueFixture.quarter(2027, 2), b -> { });
        Need after = need("S-8", "Plateforme de formation", "80000000", 75_000, CatalogueFixture.quarter(2027, 3), b -> b.change = "revised");
        Need.Builder revised = after.toBuilder();
        revised.changes = ChangesAccess.diff(before, after);
        needs.add(revised.build());
        site = tmp.resolve("public");
        org.vitrine.publish.Site model = CatalogueFixture.site(needs, "fr");
        var e = (org.vitrine.publish.EditionInfo) model.model().get("edition");
        model.model().put("edition", new org.vitrine.publish.EditionInfo(e.id(), e.year(), e.date(), e.language(), e.sources(),
                List.of(new org.vitrine.publish.EditionInfo.Withdrawn("chu-beaumont-retire", "Ancienne blanchisserie", "CHU de Beaumont", e.date())),
                e.licence(), e.licenceUrl(), e.disclaimer()));
        new org.vitrine.publish.Catalogue(new org.vitrine.publish.Templates(Path.of("templates"), java.util.Locale.FRENCH), Path.of("templates"))
                .write(site, model);
        driver = Browser.start(tmp.resolve("profile"), 1280, 1000);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    void open(String page) {
        driver.get(Browser.url(site) + page);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("html")).getAttribute("data-ready") != null);
    }

    @SuppressWarnings("unchecked")
    List<String> search(String query) {
        open("index.html");
        driver.executeScript("document.getElementById('q').value = arguments[0]; window.VitrineCatalogue.apply();", query);
        return (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('#results li.need > a')).map(a => a.textContent);");
    }

    @Test
    void aTradeWordFindsItsCpvFamilyAndACodePrefixItsCodes() {
        // "informatique" is in no title: 30200000 "Matériel et fournitures informatiques" is the laptops' parent
        assertEquals(List.of("Ordinateurs portables pour les agents"), search("informatique"));
        assertEquals(List.of("Ordinateurs portables pour les agents"), search("30200000"));
        assertEquals(List.of("Ordinateurs portables pour les agents"), search("302"));
        assertEquals(List.of("Ordinateurs portables pour les agents"), search("30.21.31.00-6"));
    }

    @Test
    void wordsMatchWordStartsWithLigaturesAndApostrophesFolded() {
        assertEquals(List.of("Main-d’œuvre pour le déménagement"), search("oeuvre"));
        assertEquals(List.of("Main-d’œuvre pour le déménagement"), search("main-d'oeuvre"));
        assertEquals(List.of("Ménage des locaux de l'internat"), search("l’internat"));
        // "menage" starts no word of "Réaménagement" (nor of "déménagement")
        assertEquals(List.of("Ménage des locaux de l'internat"), search("menage"));
        assertEquals(List.of("Réaménagement des bureaux"), search("reamenag"));
    }

    @Test
    void theOpenToBidsBoxHidesCentralPurchasing() {
        open("index.html");
        assertEquals("(7)", driver.findElement(By.id("c-open")).getText());
        driver.findElement(By.id("f-open")).click();
        List<?> titles = (List<?>) driver.executeScript("return Array.from(document.querySelectorAll('#results li.need > a')).map(a => a.textContent);");
        assertEquals(7, titles.size());
        assertTrue(!titles.contains("Serveurs via la centrale d’achat"));
        assertTrue(driver.getCurrentUrl().endsWith("#open=1"), driver.getCurrentUrl());
    }

    @Test
    void aFirstHalfLaunchIsInBothItsQuartersAndLessThan40kInTheFirstBand() {
        open("index.html");
        Select quarter = new Select(driver.findElement(By.id("f-quarter")));
        quarter.selectByValue("2027-Q2");
        @SuppressWarnings("unchecked")
        List<String> q2 = (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('#results li.need > a')).map(a => a.textContent);");
        assertTrue(q2.contains("Étude d’urbanisme") && q2.contains("Main-d’œuvre pour le déménagement"), q2.toString());
        quarter.selectByValue("2027-Q1");
        @SuppressWarnings("unchecked")
        List<String> q1 = (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('#results li.need > a')).map(a => a.textContent);");
        assertTrue(q1.contains("Étude d’urbanisme"), q1.toString());
        // the row says the window, not a quarter it was filed under
        assertTrue(driver.findElement(By.id("results")).getText().contains("1er semestre 2027"));
        open("index.html#band=b0");
        @SuppressWarnings("unchecked")
        List<String> b0 = (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('#results li.need > a')).map(a => a.textContent);");
        // "< 40 000" (Maintenance) is below 40 000, as is 20 000 (Main-d’œuvre); nothing of 40 000 or more
        assertEquals(List.of("Main-d’œuvre pour le déménagement", "Maintenance annuelle"), b0);
    }

    @Test
    void theRevisedPageReadsItsChangesAndTheWithdrawnPageSaysSo() throws Exception {
        Need revised = needs.get(needs.size() - 1);
        driver.get(Browser.url(site) + "needs/" + revised.id() + ".html");
        String changes = driver.findElement(By.cssSelector("section.changes")).getText();
        // getText gives the no-break space before € as a space; the narrow one between thousands stays
        assertTrue(changes.contains("Montant estimé : 55\u202F000 € → 75\u202F000 €"), changes);
        assertTrue(changes.contains("Lancement prévu : 2e trimestre 2027 → 3e trimestre 2027"), changes);
        driver.get(Browser.url(site) + "needs/chu-beaumont-retire.html");
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("retiré des prévisions dans l’édition du 26 novembre 2026"));
        driver.findElement(By.linkText("Voir les besoins du catalogue")).click();
        assertTrue(driver.getCurrentUrl().endsWith("index.html"), driver.getCurrentUrl());
        assertTrue(Files.exists(site.resolve("needs/chu-beaumont-retire.html")));
    }
}

package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * Supplier W (D2): the quarter filter took one quarter; « open in the first half » took two searches and no link
 * could say it. The filter also offers each half-year (T1 + T2), and any set of quarters a link gives
 * (quarter=2027-Q2+2027-Q3), kept in the URL; a need counts once, « à préciser » when its window goes beyond.
 */
class QuartersInBrowserTest {

    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        List<Need> needs = List.of(
                SearchInBrowserTest.need("Q-1", "Nettoyage T1", "90911200", 50_000, SearchInBrowserTest.month(2), b -> { }),
                SearchInBrowserTest.need("Q-2", "Nettoyage T2", "90911200", 50_000, SearchInBrowserTest.month(5), b -> { }),
                SearchInBrowserTest.need("Q-3", "Nettoyage T3", "90911200", 50_000, SearchInBrowserTest.month(8), b -> { }),
                SearchInBrowserTest.need("Q-4", "Nettoyage S1", "90911200", 50_000,
                        new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), Period.Precision.half), b -> { }),
                SearchInBrowserTest.need("Q-5", "Nettoyage 2027", "90911200", 50_000,
                        new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Period.Precision.year), b -> { }));
        site = tmp.resolve("public");
        new org.vitrine.publish.Catalogue(new org.vitrine.publish.Templates(Path.of("templates"), java.util.Locale.FRENCH), Path.of("templates"))
                .write(site, CatalogueFixture.site(needs, "fr"));
        driver = Browser.start(tmp.resolve("profile"), 390, 844);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @SuppressWarnings("unchecked")
    List<String> options() {
        return (List<String>) driver.executeScript("return Array.from(document.getElementById('f-quarter').options).map(o => o.textContent);");
    }

    List<String> shown() {
        return Browser.resultTitles(driver).stream().sorted().toList();
    }

    @Test
    void aHalfYearIsOneChoiceCountedOnceAndKeptInTheLink() {
        Browser.openReady(driver, site, "index.html");
        List<String> options = options();
        assertTrue(options.contains("1er semestre 2027 (T1 + T2) (4, dont 1 à préciser)"), options.toString());
        assertTrue(options.contains("2e semestre 2027 (T3 + T4) (2, dont 1 à préciser)"), options.toString());
        driver.executeScript("var s = document.getElementById('f-quarter');"
                + "s.value = Array.from(s.options).find(o => o.textContent.startsWith('1er semestre')).value;"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));");
        assertEquals(List.of("Nettoyage 2027", "Nettoyage S1", "Nettoyage T1", "Nettoyage T2"), shown());
        String url = driver.getCurrentUrl();
        assertTrue(url.contains("quarter=2027-Q1%2B2027-Q2"), url);
        // the link restores it
        driver.get("about:blank");
        driver.get(url);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("data-ready") != null);
        assertEquals(List.of("Nettoyage 2027", "Nettoyage S1", "Nettoyage T1", "Nettoyage T2"), shown());
    }

    @Test
    void aLinkMayGiveAnySetOfQuarters() {
        Browser.openReady(driver, site, "index.html#quarter=2027-Q2%2B2027-Q3");
        assertEquals(List.of("Nettoyage 2027", "Nettoyage S1", "Nettoyage T2", "Nettoyage T3"), shown());
        String chosen = (String) driver.executeScript("var s = document.getElementById('f-quarter'); return s.options[s.selectedIndex].textContent;");
        assertEquals("T2 2027 + T3 2027 (4, dont 2 à préciser)", chosen);
    }
}

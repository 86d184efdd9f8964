package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vitrine.publish.Catalogue;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * Supplier W (D4): « nettoyage » typed and a quarter chosen, then « English »: en/index.html with nothing typed and
 * no filter. The switch carries the selection (the URL's hash, which is language-free: keys, not labels) to the
 * other language's same page, and back.
 */
class LanguageSwitchInBrowserTest {

    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        site = tmp.resolve("public");
        Site fr = CatalogueFixture.site(CatalogueFixture.needs(), "fr");
        fr.model().put("altLangHref", "en/");
        fr.model().put("altLang", "en");
        fr.model().put("altLangLabel", "English");
        new Catalogue(new Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates")).write(site, fr);
        Site en = CatalogueFixture.site(CatalogueFixture.needs(), "en");
        en.model().put("altLangHref", "../");
        en.model().put("altLang", "fr");
        en.model().put("altLangLabel", "Français");
        new Catalogue(new Templates(Path.of("templates"), Locale.ENGLISH), Path.of("templates")).write(site.resolve("en"), en);
        driver = Browser.start(tmp.resolve("profile"), 390, 844);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    String state() {
        return (String) driver.executeScript("return document.getElementById('q').value + ' | ' + document.getElementById('f-quarter').value"
                + " + ' | ' + document.querySelectorAll('#results li.need').length;");
    }

    void switchLanguage(String lang) {
        driver.findElement(By.cssSelector("header a[hreflang='" + lang + "']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang"))
                        && d.findElement(By.tagName("html")).getAttribute("data-ready") != null);
    }

    @Test
    void theSwitchKeepsTheSearchAndTheFilters() {
        Browser.openReady(driver, site, "index.html");
        driver.executeScript("document.getElementById('q').value = 'nettoyage';"
                + "var s = document.getElementById('f-quarter'); s.value = s.options[1].value;"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));");
        String fr = state();
        assertFalse(fr.startsWith(" | "), fr);
        switchLanguage("en");
        assertTrue(driver.getCurrentUrl().contains("/en/index.html#"), driver.getCurrentUrl());
        assertEquals(fr, state(), "the same search, filters and results in English");
        switchLanguage("fr");
        assertEquals(fr, state(), "and back");
        assertFalse(driver.getCurrentUrl().contains("/en/"), driver.getCurrentUrl());
    }

    @Test
    void theSwitchOfAnotherPageKeepsItsAnchor() {
        driver.get(Browser.url(site) + "about.html#data");
        driver.findElement(By.cssSelector("header a[hreflang='en']")).click();
        assertTrue(driver.getCurrentUrl().endsWith("/en/about.html#data"), driver.getCurrentUrl());
    }
}

package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue();

    @BeforeAll
    static void start() throws Exception {
        Site fr = CatalogueFixture.site(CatalogueFixture.needs(), "fr");
        fr.model().put("altLangHref", "en/");
        fr.model().put("altLang", "en");
        fr.model().put("altLangLabel", "English");
        new Catalogue(new Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates")).write(page.site, fr);
        Site en = CatalogueFixture.site(CatalogueFixture.needs(), "en");
        en.model().put("altLangHref", "../");
        en.model().put("altLang", "fr");
        en.model().put("altLangLabel", "Français");
        new Catalogue(new Templates(Path.of("templates"), Locale.ENGLISH), Path.of("templates")).write(page.site.resolve("en"), en);
        page.start();
    }

    String state() {
        return (String) page.driver.executeScript("return document.getElementById('q').value + ' | ' + document.getElementById('f-quarter').value"
                + " + ' | ' + document.querySelectorAll('#results li.need').length;");
    }

    void switchLanguage(String lang) {
        page.driver.findElement(By.cssSelector("header a[hreflang='" + lang + "']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(page.driver, java.time.Duration.ofSeconds(10))
                .until(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang"))
                        && d.findElement(By.tagName("html")).getAttribute("data-ready") != null);
    }

    @Test
    void theSwitchKeepsTheSearchAndTheFilters() {
        page.open("index.html");
        page.driver.executeScript("document.getElementById('q').value = 'nettoyage';"
                + "var s = document.getElementById('f-quarter'); s.value = s.options[1].value;"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));");
        String fr = state();
        assertFalse(fr.startsWith(" | "), fr);
        switchLanguage("en");
        assertTrue(page.driver.getCurrentUrl().contains("/en/index.html#"), page.driver.getCurrentUrl());
        assertEquals(fr, state(), "the same search, filters and results in English");
        switchLanguage("fr");
        assertEquals(fr, state(), "and back");
        assertFalse(page.driver.getCurrentUrl().contains("/en/"), page.driver.getCurrentUrl());
    }

    @Test
    void theSwitchOfAnotherPageKeepsItsAnchor() {
        page.driver.get(Browser.url(page.site) + "about.html#data");
        page.driver.findElement(By.cssSelector("header a[hreflang='en']")).click();
        assertTrue(page.driver.getCurrentUrl().endsWith("/en/about.html#data"), page.driver.getCurrentUrl());
    }
}

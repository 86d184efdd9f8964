package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vitrine.model.Need;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * Supplier Y's phone (issue 18, defects 3, 5 and 9), at 390 × 844: a search shows its count beside the box and Enter
 * brings the results into view; no filter box hides the value chosen in it; the status says how many rows are shown
 * when « Afficher plus » holds some back; the banner gives the hours; the site has an icon.
 */
class SupplierYPhoneBrowserTest {

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue(600, 1000);

    @BeforeAll
    static void start() throws Exception {
        List<Need> needs = new ArrayList<>();
        // 55 cleaning needs and 5 others: more than the 50 rows of one page, under long CPV labels and every band
        long[] amounts = {20_000, 60_000, 250_000, 750_000, 2_000_000, 8_000_000};
        for (int i = 1; i <= 60; i++) {
            boolean cleaning = i <= 55;
            needs.add(SearchInBrowserTest.need("N-" + i, cleaning ? "Nettoyage des locaux du site " + i : "Maintenance des ascenseurs " + i,
                    cleaning ? "90911200" : "50750000", amounts[i % amounts.length], CatalogueFixture.month(2027, 1 + i % 12), b -> { }));
        }
        page.write(needs);
        Browser.emulatePhone(page.driver);
    }

    static void open(String hash) {
        page.driver.get("about:blank");
        Browser.openReady(page.driver, page.site, "index.html" + hash);
    }

    static double number(String script, Object... args) {
        return ((Number) page.driver.executeScript(script, args)).doubleValue();
    }

    @Test
    void aSearchShowsItsCountBesideTheBoxAndEnterBringsTheResultsIntoView() {
        open("");
        assertFalse(page.driver.findElement(By.id("jump")).isDisplayed(), "no count before a search");
        WebElement box = page.driver.findElement(By.id("q"));
        box.sendKeys("nettoyage");
        new WebDriverWait(page.driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("jump")).isDisplayed());
        WebElement jump = page.driver.findElement(By.id("jump-link"));
        assertEquals("Voir les 55 résultats", jump.getText());
        // on the first screen, under the box; the results themselves below it (what the supplier saw: nothing change)
        assertTrue(number("return arguments[0].getBoundingClientRect().bottom;", jump) <= 844);
        assertTrue(number("return document.querySelector('#results li.need').getBoundingClientRect().top;") > 844,
                "the fixture no longer puts the results below the first screen: the test proves nothing");
        assertEquals("#results-h", jump.getAttribute("href").replaceFirst("^.*(?=#)", ""));
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(page.driver, Duration.ofSeconds(5)).until(d -> number(
                "return document.querySelector('#results li.need').getBoundingClientRect().bottom;") <= 844);
        assertTrue(number("return document.getElementById('results-h').getBoundingClientRect().top;") >= 0);
        // a single result is said in the singular; a cleared search hides the count again
        open("#q=ascenseurs%2057");
        assertEquals("Voir le résultat", page.driver.findElement(By.id("jump-link")).getText());
        open("#q=ascenseurs&band=b0");
        assertTrue(page.driver.findElement(By.id("jump-filters")).isDisplayed() || !page.driver.findElement(By.id("more-filters")).isDisplayed());
        page.driver.findElement(By.id("reset")).click();
        assertFalse(page.driver.findElement(By.id("jump")).isDisplayed());
    }

    @Test
    void everyFilterBoxIsTheFormsWidthAndAChosenValueIsReadInFull() {
        open("#band=b2");
        page.driver.executeScript("document.getElementById('more-filters').open = true;");
        double form = number("return document.querySelector('.facets').clientWidth;");
        // every value of every box, chosen in turn: its text fits the box, or is written in full under it
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) page.driver.executeScript(
                "var c = document.createElement('canvas').getContext('2d'), out = [], widths = [];"
                        + "var boxes = Array.from(document.querySelectorAll('#filters .facets select'));"
                        + "boxes.forEach(function (s) {"
                        + "  widths.push(s.getBoundingClientRect().width);"
                        + "  for (var i = 1; i < s.options.length; i++) {"
                        + "    s.selectedIndex = i; s.dispatchEvent(new Event('change', {bubbles: true}));"
                        + "    var st = getComputedStyle(s); c.font = st.fontWeight + ' ' + st.fontSize + ' ' + st.fontFamily;"
                        + "    var text = s.options[s.selectedIndex].text, room = s.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - 24;"
                        + "    var chosen = document.getElementById(s.id + '-chosen');"
                        + "    var echoed = chosen && !chosen.hidden && chosen.offsetParent !== null && chosen.textContent === text;"
                        + "    if (c.measureText(text).width > room && !echoed) { out.push(s.id + ': ' + text + ' in ' + room + ' px'); }"
                        + "    s.selectedIndex = 0; s.dispatchEvent(new Event('change', {bubbles: true}));"
                        + "  }"
                        + "});"
                        + "return out.concat(widths.filter(function (w) { return w < arguments[0] - 1; }.bind(null, " + form + ")).map(String));");
        assertTrue(cut.isEmpty(), "cut values or boxes narrower than the form (" + form + " px): " + cut);
        // the amount band the supplier read as « De 100 000 à 5 »: whole in its box
        page.driver.executeScript("var s = document.getElementById('f-band'); s.value = 'b2'; s.dispatchEvent(new Event('change', {bubbles: true}));");
        assertTrue(page.driver.findElement(By.id("f-band-chosen")).getText().isEmpty(), "« De 100 000 à 500 000 € » fits its box");
        // a long CPV division is cut by any box: it is written under it, and goes when another value is chosen
        page.driver.executeScript("var s = document.getElementById('f-division'); s.value = '90'; s.dispatchEvent(new Event('change', {bubbles: true}));");
        assertTrue(page.driver.findElement(By.id("f-division-chosen")).getText().startsWith("90 — Services d’évacuation des eaux usées")
                || page.driver.findElement(By.id("f-division-chosen")).getText().startsWith("90 — Services d'évacuation des eaux usées"),
                page.driver.findElement(By.id("f-division-chosen")).getText());
        page.driver.executeScript("var s = document.getElementById('f-division'); s.value = ''; s.dispatchEvent(new Event('change', {bubbles: true}));");
        assertFalse(page.driver.findElement(By.id("f-division-chosen")).isDisplayed());
    }

    @Test
    void theStatusSaysHowManyRowsAreShownWhenSomeAreHeldBack() {
        open("");
        // outside supplier Y: « 214 besoins sur 214 » above 50 rows and « Afficher plus »
        assertEquals("50 affichés sur 60 besoins", page.driver.findElement(By.id("status")).getText());
        open("#q=nettoyage");
        assertEquals("55 besoins sur 60, 50 affichés", page.driver.findElement(By.id("status")).getText());
        page.driver.executeScript("document.getElementById('more').click();");
        assertEquals("55 besoins sur 60", page.driver.findElement(By.id("status")).getText());
        assertEquals(55, page.driver.findElements(By.cssSelector("#results li.need")).size());
    }

    @Test
    void theBannerGivesTheHoursOnAPhoneAndTheSiteHasAnIcon() throws Exception {
        open("");
        WebElement hours = page.driver.findElement(By.cssSelector(".event-banner .banner-hours"));
        assertTrue(hours.isDisplayed(), "the hours are hidden on a phone");
        assertTrue(hours.getText().contains("9 h"), hours.getText());
        // the search box still on the first screen with the hours above it
        assertTrue(number("return document.getElementById('q').getBoundingClientRect().bottom;") <= 844);
        // an icon of its own: no request for /favicon.ico (404 on every page)
        String icon = page.driver.findElement(By.cssSelector("link[rel='icon']")).getAttribute("href");
        assertTrue(Files.size(page.site.resolve(icon.replaceFirst("^.*/public/", ""))) > 0, icon);
        assertTrue(Files.readString(page.site.resolve("needs/chu-beaumont-n-1.html")).contains("<link rel=\"icon\" href=\"../assets/favicon.svg\""));
    }

    /** The contrast ratio of two CSS colours « rgb(r, g, b) » (WCAG 2 relative luminance). */
    static double contrast(String a, String b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String css) {
        String[] p = css.replaceAll("[^0-9.,]", "").split(",");
        assertTrue(p.length == 3 || Double.parseDouble(p[3]) >= 0.99, "a colour seen through: " + css);
        double l = 0;
        double[] w = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(p[i]) / 255;
            l += w[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return l;
    }

    @Test
    void theFloorPlanSaysToSlideItOnAPhoneAndItsOccupiedStandsStandOut() {
        page.driver.get(Browser.url(page.site) + "event.html");
        // outside supplier Y: four stands off the screen, nothing said
        assertTrue(number("var f = document.querySelector('.plan-scroll'); return f.scrollWidth - f.clientWidth;") > 0,
                "the plan fits the phone: the hint would say nothing");
        WebElement hint = page.driver.findElement(By.id("plan-hint"));
        assertTrue(hint.isDisplayed());
        assertEquals("Faites glisser le plan de côté pour voir tous les stands.", hint.getText());
        assertTrue(number("return arguments[0].getBoundingClientRect().bottom - document.querySelector('.plan-scroll').getBoundingClientRect().top;", hint) <= 0,
                "the hint comes before the plan");
        // an occupied stand: an opaque fill of 3:1 at least against the plan's white (the old tint was salmon over the
        // image), and its code written in it at 4.5:1
        List<WebElement> stands = page.driver.findElements(By.cssSelector(".plan-image a.stand"));
        assertFalse(stands.isEmpty());
        for (WebElement st : stands) {
            String fill = st.getCssValue("background-color");
            WebElement code = st.findElement(By.tagName("b"));
            assertTrue(contrast(fill, "rgb(255, 255, 255)") >= 3, fill);
            assertTrue(contrast(fill, code.getCssValue("color")) >= 4.5, fill + " / " + code.getCssValue("color"));
            assertTrue(st.getAttribute("title").startsWith("Stand " + code.getAttribute("textContent")), st.getAttribute("title"));
        }
        // on a laptop the whole plan shows: no hint
        page.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            page.driver.navigate().refresh();
            assertFalse(page.driver.findElement(By.id("plan-hint")).isDisplayed());
        } finally {
            page.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        }
    }
}

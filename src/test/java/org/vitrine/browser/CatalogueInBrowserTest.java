package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vitrine.model.Need;
import org.vitrine.publish.Site;
import org.vitrine.publish.catalogue.CatalogueFixture;

/** The catalogue in a real browser over file://: search, filters, counts, shareable URL, no script from data, axe. */
class CatalogueInBrowserTest {

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue(1280, 1000);
    static Site model;

    @BeforeAll
    static void start() throws Exception {
        model = page.write(CatalogueFixture.needs());
    }

    void open(String name) {
        page.driver.get(Browser.url(page.site) + name);
        if (name.startsWith("index.html")) {
            new WebDriverWait(page.driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("html")).getAttribute("data-ready") != null);
        }
    }

    @SuppressWarnings("unchecked")
    List<String> titles() {
        // read in one script call: the list may be re-rendered between two WebDriver calls
        return Browser.resultTitles(page.driver);
    }

    String status() {
        return page.driver.findElement(By.id("status")).getText();
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        open("index.html");
        assertEquals(6, titles().size());
        page.driver.findElement(By.id("q")).sendKeys("RENOVATION energetique");
        new WebDriverWait(page.driver, Duration.ofSeconds(5)).until(d -> titles().size() == 1);
        assertEquals("Rénovation énergétique de l’école Jules-Ferry", titles().get(0));
        assertTrue(status().startsWith("1 besoin sur 6"), status());
        assertTrue(page.driver.getCurrentUrl().contains("#q=RENOVATION+energetique"), page.driver.getCurrentUrl());
    }

    @Test
    void twoFiltersCombineWithLiveCountsAndTheStateInTheUrl() {
        open("index.html");
        Select buyer = new Select(page.driver.findElement(By.id("f-buyer")));
        buyer.selectByValue("metropole-val-de-saone");
        assertEquals(2, titles().size());
        Select procedure = new Select(page.driver.findElement(By.id("f-procedure")));
        // counts of the other facet follow the first filter: the Métropole has one open and one adapted procedure
        assertEquals("Appel d’offres ouvert (1)", optionText(procedure, "open"));
        assertEquals("Procédure adaptée (MAPA) (1)", optionText(procedure, "adapted"));
        procedure.selectByValue("open");
        assertEquals(List.of("Entretien des espaces verts"), titles());
        assertTrue(status().startsWith("1 besoin sur 6"), status());
        // a buyer's count is what choosing it would give with the procedure kept
        assertEquals("Ville de Beaumont-sur-Saône (1)", optionText(buyer, "ville-beaumont-sur-saone"));
        String url = page.driver.getCurrentUrl();
        assertTrue(url.endsWith("index.html#buyer=metropole-val-de-saone&procedure=open"), url);
        assertEquals(url, page.driver.findElement(By.id("share")).getAttribute("href"));
        page.driver.findElement(By.id("reset")).click();
        assertEquals(6, titles().size());
    }

    @Test
    void aPermalinkOpensTheSameSelection() {
        open("index.html#category=supplies&reserved=1&sort=amount_desc");
        assertEquals(List.of("Implants orthopédiques"), titles());
        assertTrue(page.driver.findElement(By.id("f-reserved")).isSelected());
        assertEquals("supplies", new Select(page.driver.findElement(By.id("f-category"))).getFirstSelectedOption().getAttribute("value"));
        open("index.html#sort=amount_desc");
        assertEquals("Rénovation énergétique de l’école Jules-Ferry", titles().get(0));
    }

    @Test
    void aScriptInATitleShowsAsTextAndNeverRuns() {
        open("index.html");
        page.driver.findElement(By.id("q")).sendKeys("script", Keys.TAB);
        new WebDriverWait(page.driver, Duration.ofSeconds(5)).until(d -> titles().size() == 1);
        assertEquals(CatalogueFixture.XSS, titles().get(0));
        assertThrows(NoAlertPresentException.class, () -> page.driver.switchTo().alert());
        page.driver.findElement(By.linkText(CatalogueFixture.XSS)).click();
        assertEquals(CatalogueFixture.XSS, page.driver.findElement(By.tagName("h1")).getText().replace("nouveau", "").trim());
        assertThrows(NoAlertPresentException.class, () -> page.driver.switchTo().alert());
    }

    @Test
    void filtersAreKeyboardUsable() {
        open("index.html");
        page.driver.findElement(By.id("q")).sendKeys(Keys.TAB);
        // the fold of the filters (open on a desktop), then the first filter
        assertEquals("summary", page.driver.switchTo().activeElement().getTagName());
        page.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = page.driver.switchTo().activeElement();
        assertEquals("f-buyer", focused.getAttribute("id"));
        focused.sendKeys(Keys.ARROW_DOWN);
        assertTrue(titles().size() < 6, "a keyboard choice filters");
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolation() {
        Need need = model.needs().get(1);
        for (String name : List.of("index.html", "needs/" + need.id() + ".html", "buyers/chu-beaumont.html", "calendar.html",
                "about.html", "accessibility.html")) {
            open(name);
            Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(page.driver);
            List<String> bad = r.getViolations().stream().filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                    .map(CatalogueInBrowserTest::describe).toList();
            assertTrue(bad.isEmpty(), name + ": " + bad);
            assertFalse(r.isErrored(), name + ": axe errored");
        }
    }

    private static String describe(Rule v) {
        return v.getId() + " (" + v.getImpact() + ") " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }

    private static String optionText(Select select, String value) {
        return select.getOptions().stream().filter(o -> value.equals(o.getAttribute("value"))).findFirst().orElseThrow().getText();
    }
}

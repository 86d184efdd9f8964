package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vitrine.bench.SyntheticNeeds;
import org.vitrine.model.Need;
import org.vitrine.publish.Catalogue;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * The search page on 20,000 synthetic needs: time to interactive, to filter and to search, measured in the
 * browser and printed (no assertion on time: CI machines differ). Results must still be right.
 */
class SearchSpeedBrowserTest {

    static final int NEEDS = 20_000;

    /** Waits two frames after the change, so the time includes the list's layout. */
    static final String TIMED = "var done = arguments[arguments.length - 1], t = performance.now();"
            + "%s;"
            + "requestAnimationFrame(function () { setTimeout(function () {"
            + " done([performance.now() - t, document.querySelectorAll('#results li').length,"
            + " document.getElementById('status').textContent]); }, 0); });";

    @Test
    void searchStaysFastOnTwentyThousandNeeds(@TempDir Path tmp) throws Exception {
        Browser.assumeInstalled();
        List<Need> needs = SyntheticNeeds.generate(NEEDS, 300, 42L, 2027);
        Site site = CatalogueFixture.site(needs, "fr");
        Path pub = tmp.resolve("public");
        new Catalogue(new Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates")).writeIndex(pub, site);
        long indexBytes = Files.size(pub.resolve("assets/needs-index.js"));
        long pageBytes = Files.size(pub.resolve("index.html"));
        ChromeDriver driver = Browser.start(tmp.resolve("profile"), 1280, 1000);
        try {
            driver.get(Browser.url(pub) + "index.html");
            String ready = new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(d -> d.findElement(By.tagName("html")).getAttribute("data-ready"));
            Object load = driver.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                    + " return n ? Math.round(n.loadEventEnd) : -1;");
            String buyer = site.buyers().get(0).id();
            List<?> filter = (List<?>) driver.executeAsyncScript(String.format(TIMED,
                    "var s = document.getElementById('f-buyer'); s.value = '" + buyer + "';"
                            + " s.dispatchEvent(new Event('change', {bubbles: true}))"));
            List<?> second = (List<?>) driver.executeAsyncScript(String.format(TIMED,
                    "var s = document.getElementById('f-band'); s.value = 'b2';"
                            + " s.dispatchEvent(new Event('change', {bubbles: true}))"));
            List<?> reset = (List<?>) driver.executeAsyncScript(String.format(TIMED,
                    "document.getElementById('reset').click()"));
            List<?> search = (List<?>) driver.executeAsyncScript(String.format(TIMED,
                    "document.getElementById('q').value = 'nettoyage'; window.VitrineCatalogue.apply()"));
            long expected = site.buyers().get(0).needs().size();
            assertTrue(((String) filter.get(2)).startsWith(String.format(Locale.FRENCH, "%,d", expected).replace('\u00a0', '\u202f'))
                    || ((String) filter.get(2)).replaceAll("\\D", "").startsWith(String.valueOf(expected)), filter.toString());
            assertEquals(Math.min(50, expected), ((Number) filter.get(1)).longValue());
            System.out.printf(Locale.ROOT, "catalogue search on %,d needs: index %,d bytes, page %,d bytes; interactive after %s ms"
                    + " (load event %s ms); filter by buyer %.0f ms, add amount band %.0f ms, reset %.0f ms, search 'nettoyage' %.0f ms (%s)%n",
                    NEEDS, indexBytes, pageBytes, ready, load, num(filter), num(second), num(reset), num(search), search.get(2));
        } finally {
            driver.quit();
        }
    }

    private static double num(List<?> r) {
        return ((Number) r.get(0)).doubleValue();
    }
}

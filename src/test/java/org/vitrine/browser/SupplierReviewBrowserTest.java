package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vitrine.model.Amount;
import org.vitrine.model.DurationSpec;
import org.vitrine.model.EditionInfo;
import org.vitrine.model.Need;
import org.vitrine.publish.Catalogue;
import org.vitrine.publish.ChangesAccess;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * The last points of a supplier's review (issue 18), in Chromium at 1280 px and on a 390 px phone: a need whose
 * launch window contains the event day says so in the warning style and is marked in every list; the « ouverts
 * aux offres » filter says what it means to a screen reader; a revised need says what changed near its top, the
 * duration once; the about page and the event banner fit a phone. Set -Dvitrine.screenshots=DIR to keep the
 * screenshots looked at.
 */
class SupplierReviewBrowserTest {

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue(1280, 1000);
    static Path site;
    static ChromeDriver desk;
    static ChromeDriver phone;

    @BeforeAll
    static void start() throws Exception {
        site = page.site;
        write(site);
        desk = page.start().driver;
        // the phone's viewport emulated in a window (PhoneHomeBrowserTest)
        phone = page.startPhone();
    }

    /** The fixture's needs (M-1 launches in the first quarter, the event is on 4 February), V-1 revised, four sources. */
    static void write(Path dir) throws IOException {
        List<Need> needs = new ArrayList<>(CatalogueFixture.needs());
        needs.replaceAll(n -> {
            if (!"V-1".equals(n.reference())) {
                return n;
            }
            Need.Builder before = n.toBuilder();
            before.amount = new Amount(BigDecimal.valueOf(55_000), BigDecimal.valueOf(55_000), "EUR", "total");
            before.durationMonths = 36;
            before.duration = new DurationSpec(36, 0, 0);
            Need.Builder after = n.toBuilder();
            after.durationMonths = 48;
            after.duration = new DurationSpec(12, 3, 12);
            after.change = "revised";
            Need a = after.build();
            Need.Builder stamped = a.toBuilder();
            stamped.changes = ChangesAccess.diff(before.build(), a);
            return stamped.build();
        });
        Site s = CatalogueFixture.site(needs, "fr");
        EditionInfo e = (EditionInfo) s.model().get("edition");
        LocalDate d = e.date();
        // the example run's sources: their long kinds made the table wider than a phone
        s.model().put("edition", new EditionInfo(e.id(), e.year(), d, e.language(), List.of(
                new EditionInfo.SourceInfo("tableurs", "spreadsheets", 220, d, false),
                new EditionInfo.SourceInfo("si-transports", "rest", 6, d, false),
                new EditionInfo.SourceInfo("questions", "qa", 5, d, false),
                new EditionInfo.SourceInfo("attributions", "awards", 7, d, false)),
                e.withdrawn(), e.licence(), e.licenceUrl(), e.disclaimer()));
        s.model().put("previousEdition", LocalDate.of(2026, 10, 2));
        new Catalogue(new Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates")).write(dir, s);
    }

    static String page(String ref) {
        return "needs/" + CatalogueFixture.needs().stream().filter(n -> ref.equals(n.reference())).findFirst().orElseThrow().id() + ".html";
    }

    static void open(ChromeDriver d, String page) {
        d.get(Browser.url(site) + page);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) x).executeScript("return document.readyState")));
    }

    /** French typography's no-break spaces as plain ones, to compare texts. */
    static String plain(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    static String css(ChromeDriver d, WebElement e, String property) {
        return (String) d.executeScript("return getComputedStyle(arguments[0])[arguments[1]];", e, property);
    }

    @Test
    void aLaunchThatMayFallDuringTheEventIsAWarningOnItsPageWithItsReason() throws IOException {
        open(desk, page("M-1"));
        WebElement notice = desk.findElement(By.cssSelector("li.maybe-live"));
        Browser.shot(desk, "maybe-live-1280");
        // the site's warning style (style.css .warn: --warn-bg and a 4 px --warn border), not plain text
        assertEquals("rgb(255, 244, 224)", css(desk, notice, "backgroundColor"));
        assertEquals("4px", css(desk, notice, "borderLeftWidth"));
        assertEquals("rgb(122, 75, 0)", css(desk, notice.findElement(By.tagName("strong")), "color"));
        assertTrue(plain(notice.getText()).startsWith("Date de lancement à confirmer\nLe lancement peut tomber pendant le salon (4 février 2027)"
                + " : si la consultation est lancée, l’échange ne pourra pas porter sur elle"), notice.getText());
        // the meeting it qualifies is still offered, just above
        assertTrue(desk.findElement(By.cssSelector(".act")).getText().contains("Réserver un rendez-vous au stand"));
    }

    @Test
    void aLaunchThatMayFallDuringTheEventIsMarkedOnEveryListCard() throws IOException {
        // the search results, as the script draws them
        Browser.openReady(desk, site, "index.html");
        desk.findElement(By.id("q")).sendKeys("espaces verts");
        new WebDriverWait(desk, Duration.ofSeconds(5)).until(d -> Browser.resultTitles(desk).equals(List.of("Entretien des espaces verts")));
        assertEquals("Lancement possible pendant le salon", desk.findElement(By.cssSelector("#results li.need .badge-maybe")).getText());
        Browser.shot(desk, "maybe-live-results-1280");
        // a need whose window is after the event, or one not open to bids, has none
        desk.findElement(By.id("q")).clear();
        desk.findElement(By.id("q")).sendKeys("fournitures bureau");
        new WebDriverWait(desk, Duration.ofSeconds(5)).until(d -> Browser.resultTitles(desk).equals(List.of("Fournitures de bureau")));
        assertTrue(desk.findElements(By.cssSelector("#results .badge-maybe")).isEmpty(), "a central-body order offers no meeting to qualify");
        // the buyer's page and the calendar's page of the quarter, written by the templates
        open(desk, "buyers/metropole-val-de-saone.html");
        // M-1 (1st quarter); not M-2 (1st half): a window longer than a quarter is too vague to mark on a list (its page
        // keeps the neutral notice)
        assertEquals(1, desk.findElements(By.cssSelector("li.need .badge-maybe")).size(), "M-1 (1st quarter) only");
        String slot;
        try (Stream<Path> files = Files.list(site.resolve("calendar"))) {
            slot = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith("-q1.html")).findFirst().orElseThrow();
        }
        open(desk, "calendar/" + slot);
        WebElement card = desk.findElement(By.xpath("//li[contains(@class,'need')][a[.='Entretien des espaces verts']]"));
        assertEquals("Lancement possible pendant le salon", card.findElement(By.cssSelector(".badge-maybe")).getText());
        open(desk, page("CHU-1"));
        assertTrue(desk.findElements(By.cssSelector("li.maybe-live")).isEmpty(), "launching in March, after the event");
    }

    @Test
    void theOpenToBidsFilterTellsAScreenReaderWhatItMeans() {
        Browser.openReady(desk, site, "index.html");
        // what the browser gives assistive technologies as the box's description (aria-describedby resolved)
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) ((Map<String, Object>) desk.executeCdpCommand("DOM.getDocument", Map.of())).get("root");
        Object nodeId = desk.executeCdpCommand("DOM.querySelector", Map.of("nodeId", doc.get("nodeId"), "selector", "#f-open")).get("nodeId");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) desk.executeCdpCommand("Accessibility.getPartialAXTree",
                Map.of("nodeId", nodeId, "fetchRelatives", false)).get("nodes");
        @SuppressWarnings("unchecked")
        Map<String, Object> description = (Map<String, Object>) nodes.get(0).get("description");
        assertTrue(description != null, nodes.toString());
        String said = String.valueOf(description.get("value"));
        assertTrue(said.startsWith("Besoins qui seront mis en concurrence"), said);
        assertTrue(said.contains("attributions directes"), said);
        assertTrue(said.contains("Certains sont réservés"), "reserved needs stay in the filter: the hint must not promise « tout fournisseur » (outside supplier): " + said);
        // and it is visible beside the box, for everyone
        assertTrue(desk.findElement(By.id("f-open-hint")).isDisplayed());
    }

    @Test
    void aRevisedNeedSaysWhatChangedNearItsTopAndTheDurationOnce() throws IOException {
        open(desk, page("V-1"));
        Browser.shot(desk, "revised-1280");
        WebElement changes = desk.findElement(By.id("changed"));
        assertEquals("Modifié depuis l’édition du 2 octobre 2026", changes.getText());
        double changesTop = changes.getRect().getY();
        double essentialsTop = desk.findElement(By.id("ess")).getRect().getY();
        assertTrue(changesTop < essentialsTop, "the change list (" + changesTop + " px) comes before the essentials (" + essentialsTop + " px)");
        assertTrue(changesTop < 500, "on the first screen: " + changesTop + " px");
        List<String> lines = desk.findElements(By.cssSelector("section.changes li")).stream().map(e -> plain(e.getText())).toList();
        assertEquals(1, lines.stream().filter(l -> l.startsWith("Durée")).count(), lines.toString());
        assertTrue(lines.contains("Durée et reconductions : 36 mois → 48 mois, dont 12 mois fermes et 3 reconductions de 12 mois"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Montant estimé")), lines.toString());
    }

    @Test
    void theAboutPageFitsAPhone() throws IOException {
        open(phone, "about.html");
        Browser.shot(phone, "about-390");
        @SuppressWarnings("unchecked")
        Map<String, Object> w = (Map<String, Object>) phone.executeScript(
                "return {doc: document.documentElement.scrollWidth, view: window.innerWidth};");
        assertEquals(390L, ((Number) w.get("view")).longValue(), w.toString());
        assertTrue(((Number) w.get("doc")).longValue() <= 390, "the page scrolls sideways: " + w);
        // each value still says which column it is (the cell's label drawn before it, style.css)
        @SuppressWarnings("unchecked")
        List<String> row = (List<String>) phone.executeScript("return Array.from(document.querySelectorAll('table.sources tr')[2].cells)"
                + ".map(c => (getComputedStyle(c, '::before').content === 'none' ? '' : c.dataset.label + ' ') + c.textContent);");
        // a buyer's own system is named by its buyer, never by its configuration id (supplier X, D9)
        assertEquals(List.of("Régie des transports du Val-de-Saône", "Type\u00A0: Système d’information d’un acheteur (API)", "Éléments publiés (besoins, ou questions et réponses)\u00A0: 6",
                "Données au\u00A0: 26 novembre 2026"), row);
    }

    @Test
    void theEventBannerShowsTheDateAndTheVenueOnAPhone() throws IOException {
        open(phone, "index.html");
        Browser.shot(phone, "home-390");
        WebElement banner = phone.findElement(By.cssSelector(".event-banner"));
        assertTrue(banner.getText().contains("4 février 2027"), banner.getText());
        WebElement venue = banner.findElement(By.cssSelector(".banner-venue"));
        assertTrue(venue.isDisplayed(), "the venue is hidden");
        assertTrue(venue.getText().contains("Parc des expositions, Beaumont-sur-Saône"), venue.getText());
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) phone.executeScript(
                "var b = arguments[0], v = arguments[1], r = v.getBoundingClientRect();"
                        + "return {right: r.right, view: window.innerWidth, cut: b.scrollWidth > b.clientWidth, ellipsis: getComputedStyle(b).textOverflow};",
                banner, venue);
        assertTrue(((Number) r.get("right")).doubleValue() <= 390 && !(Boolean) r.get("cut"), r.toString());
    }

    @AfterEach
    void noSideScrollOnThePhone() {
        // whatever page the phone last showed: nothing wider than its screen
        if (phone.getCurrentUrl().startsWith("file:")) {
            Number doc = (Number) phone.executeScript("return document.documentElement.scrollWidth;");
            assertTrue(doc.longValue() <= 390, phone.getCurrentUrl() + " is " + doc + " px wide");
        }
    }
}

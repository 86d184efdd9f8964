package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Contact;
import org.vitrine.model.Lot;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.model.Place;
import org.vitrine.normalise.Needs;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * The last outside supplier's points (issue 18), in Chromium at 1366 px and on a 390 px phone: a commune written on
 * the page is found by search, as its département is; « vitrerie », « vitres » and « vitrage » find each other while
 * « menage » still finds no « réaménagement » and « vitrerie » no in vitro diagnostics; every card says a reserved
 * need's type; a MAPA launching in a month's window says « peut-être en cours »; lots without titles leave no empty
 * column; a consultation running on the event day gives no e-mail address; the floor plan opens full size on a phone.
 * Set -Dvitrine.screenshots=DIR to keep the screenshots looked at.
 */
class LastSupplierBrowserTest {

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue(1366, 1000);
    static Path site;
    static ChromeDriver desk;
    static ChromeDriver phone;

    /** SearchInBrowserTest's need of 60 000 €, by open procedure. */
    static Need need(String ref, String title, String cpv, Period launch, java.util.function.Consumer<Need.Builder> change) {
        return SearchInBrowserTest.need(ref, title, cpv, 60_000, launch, b -> {
            b.procedure = "open";
            change.accept(b);
        });
    }

    static Period month(int m) {
        return CatalogueFixture.month(2027, m);
    }

    @BeforeAll
    static void start() throws Exception {
        List<Need> needs = new ArrayList<>();
        // a commune the normaliser read as its département (71): the page says « Vézelières »
        needs.add(need("P-1", "Construction du centre d’exploitation routier", "45213310", month(6), b -> {
            b.location = "Vézelières";
            b.place = new Place("departement", "71", "Saône-et-Loire", "FRC13");
        }));
        needs.add(need("P-2", "Entretien des routes départementales", "45233141", month(7), b -> {
            b.location = "71";
            b.place = new Place("departement", "71", "Saône-et-Loire", "FRC13");
        }));
        // the glass trade, named three ways, in codes whose labels say none of them
        needs.add(need("G-1", "Vitrerie de la mairie annexe", "45000000", month(5), b -> b.category = "works"));
        needs.add(need("G-2", "Remplacement des vitres du gymnase", "45400000", month(6), b -> b.category = "works"));
        needs.add(need("G-3", "Double vitrage de la médiathèque", "45420000", month(8), b -> b.category = "works"));
        // « vitr… » that is no glass, and the old false match of « menage »
        needs.add(need("G-4", "Réactifs de diagnostic in vitro", "33696500", month(9), b -> b.category = "supplies"));
        needs.add(need("M-1", "Réaménagement des bureaux", "45000000", month(10), b -> b.category = "works"));
        needs.add(need("M-2", "Ménage des locaux de l’internat", "90911200", month(11), b -> { }));
        // reserved to SIAE: every card says so
        needs.add(need("R-1", "Entretien des espaces verts", "77310000", month(9), b -> b.reserved = "siae"));
        // a MAPA launching in January, running on the event day (4 February) by the risk calendar: maybe, not surely
        needs.add(need("L-1", "Abonnements aux revues juridiques", "22200000", month(1), b -> {
            b.procedure = "adapted";
            b.live = "offers";
            b.contact = new Contact("Mme Martin", "achats.revues@chu-beaumont.example");
        }));
        // an open procedure launching on 20 January: 35 days of bids at least, running on the event day for certain
        needs.add(need("L-2", "Maintenance des groupes électrogènes", "50532400",
                new Period(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 20), Period.Precision.day), b -> {
                    b.live = "offers";
                    b.contact = new Contact("M. Durand", "technique@chu-beaumont.example");
                }));
        // lots given by number and amount only; and lots of which one has no title
        needs.add(need("T-1", "Fournitures d’entretien", "39830000", month(10), b -> {
            b.category = "supplies";
            b.lotList = List.of(new Lot(1, null, amount(20_000), null, null), new Lot(2, null, amount(25_000), null, null),
                    new Lot(3, null, amount(15_000), null, null));
        }));
        needs.add(need("T-2", "Transport de patients", "60130000", month(10), b -> b.lotList = List.of(
                new Lot(1, "Secteur nord", amount(30_000), null, null), new Lot(2, null, amount(30_000), null, null))));
        // planned for the last quarter before the forecast year: it may run on the event day, and no meeting is offered
        needs.add(need("B-1", "Maintenance des installations de chauffage", "50720000",
                new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), Period.Precision.quarter), b -> { }));
        site = page.site;
        org.vitrine.publish.Site model = CatalogueFixture.site(needs, "fr");
        // « Le marché en bref » of P-1: past awards of its CPV class in its département (as Publisher.marketAtAGlance puts it)
        Need p1 = needs.get(0);
        String key = org.vitrine.ingest.awards.CompetitionTally.keys(p1.cpv().code(),
                org.vitrine.ingest.awards.CompetitionTally.departement(p1.place())).get(0);
        String[] parts = key.split("\\|");
        model.model().put("market", new org.vitrine.risk.awards.MeasuredCompetition(Map.of(key, new org.vitrine.model.MarketFigures(
                parts[0], parts[1], LocalDate.of(2023, 11, 26), 8, 4, 7, BigDecimal.ONE, 57, List.of()))));
        new org.vitrine.publish.Catalogue(new org.vitrine.publish.Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates"))
                .write(site, model);
        desk = page.start().driver;
        // the phone's viewport emulated in a window (PhoneHomeBrowserTest)
        phone = page.startPhone();
    }

    static Amount amount(long v) {
        return new Amount(BigDecimal.valueOf(v), BigDecimal.valueOf(v), "EUR", "total");
    }

    List<String> search(String query) {
        return Browser.search(desk, site, query).stream().sorted().toList();
    }

    static String page(String ref) {
        return "needs/chu-beaumont-" + ref.toLowerCase(Locale.ROOT) + ".html";
    }

    @Test
    void aCommuneWrittenOnThePageIsFoundAsItsDepartementIs() {
        assertEquals(List.of("Construction du centre d’exploitation routier"), search("Vézelières"));
        assertEquals(List.of("Construction du centre d’exploitation routier"), search("vezelieres"));
        // the row says why: the place, not the title
        assertEquals("Trouvé par : le lieu d’exécution", desk.findElement(By.cssSelector("#results li.need .why")).getText());
        // the département's name finds both its needs, the one written as a commune and the one written « 71 »
        assertEquals(List.of("Construction du centre d’exploitation routier", "Entretien des routes départementales"),
                search("saône-et-loire"));
    }

    @Test
    void vitrerieVitresAndVitrageFindEachOtherButNotInVitroNorReamenagement() {
        List<String> glass = List.of("Double vitrage de la médiathèque", "Remplacement des vitres du gymnase", "Vitrerie de la mairie annexe");
        assertEquals(glass, search("vitrerie"));
        assertEquals(glass, search("vitrage"));
        // « vitres » as written also starts a word of a CPV label (90911000 « … de bâtiments et de vitres »): the cleaning
        // of the boarding school, as before; the glazing works are found through the family
        for (String q : List.of("vitres", "vitre")) {
            List<String> found = search(q);
            assertTrue(found.containsAll(glass), q + ": " + found);
            assertEquals(List.of("Ménage des locaux de l’internat"), found.stream().filter(t -> !glass.contains(t)).toList(), q + ": " + found);
        }
        // the word's start still searches literally: « vitr » finds in vitro too, as it always did
        assertTrue(search("vitr").contains("Réactifs de diagnostic in vitro"));
        // a family's words are looked for in the need's own text, not in a parent's CPV label that lists several trades
        // (90911000 « … de bâtiments et de vitres » is the cleaning of the boarding school)
        assertFalse(search("vitrerie").contains("Ménage des locaux de l’internat"));
        // housework is still not a refurbishment
        assertEquals(List.of("Ménage des locaux de l’internat"), search("menage"));
        assertEquals(List.of("Réaménagement des bureaux"), search("réaménagement"));
    }

    @Test
    void aNeedLaunchedBeforeTheYearSaysSoOnItsCardAsItsPageDoes() throws IOException {
        // outside supplier (af1c16b): the need page said « Lancement prévu avant 2027 », the list card said nothing
        search("chauffage");
        assertEquals("Lancement prévu avant 2027", desk.findElement(By.cssSelector("#results li.need .badge-before")).getText());
        String home = Files.readString(site.resolve("index.html"));
        assertTrue(java.util.regex.Pattern.compile("Maintenance des installations de chauffage</a>\\s*<span class=\"badge badge-before\">Lancement prévu avant 2027</span>")
                .matcher(home).find(), home);
        desk.get(Browser.url(site) + page("B-1"));
        assertEquals("Lancement prévu avant 2027", desk.findElement(By.cssSelector("li.trait-before")).getText());
        search("espaces verts");
        assertTrue(desk.findElements(By.cssSelector("#results .badge-before")).isEmpty(), "a need of the year has none");
    }

    @Test
    void aReservedNeedSaysItsTypeOnEveryCard() throws IOException {
        search("espaces verts");
        assertEquals("Réservé aux SIAE", desk.findElement(By.cssSelector("#results li.need .badge-reserved")).getText());
        Browser.shot(desk, "supplier7-reserved-results-1366");
        // the page's own first results (the same card before the script ran) and the buyer's page
        String home = Files.readString(site.resolve("index.html"));
        assertTrue(java.util.regex.Pattern.compile("Entretien des espaces verts</a>\\s*<span class=\"badge badge-reserved\">Réservé aux SIAE</span>")
                .matcher(home).find(), home);
        desk.get(Browser.url(site) + "buyers/chu-beaumont.html");
        WebElement card = desk.findElement(By.xpath("//li[contains(@class,'need')][a[.='Entretien des espaces verts']]"));
        assertEquals("Réservé aux SIAE", card.findElement(By.cssSelector(".badge-reserved")).getText());
        desk.get(Browser.url(site) + page("R-1"));
        assertEquals("Réservé aux SIAE", desk.findElement(By.cssSelector("li.trait-reserved")).getText());
        // a need open to all has no such badge
        search("ménage");
        assertTrue(desk.findElements(By.cssSelector("#results .badge-reserved")).isEmpty());
    }

    @Test
    void aMapaInAMonthsWindowIsMaybeRunningAnOpenProcedureSurely() throws IOException {
        desk.get(Browser.url(site) + page("L-1"));
        Browser.shot(desk, "supplier7-live-maybe-1366");
        assertEquals("Peut-être en cours le jour du salon", desk.findElement(By.id("live-h")).getText());
        assertTrue(desk.findElement(By.cssSelector("section.live")).getText().contains(
                "Lancement prévu en janvier 2027 : selon sa date exacte et le délai de réponse, la consultation peut être en cours le jour du salon"),
                desk.findElement(By.cssSelector("section.live")).getText());
        assertEquals("Peut-être en cours le jour du salon", desk.findElement(By.cssSelector("li.trait-live")).getText());
        assertFalse(desk.findElement(By.tagName("main")).getText().contains("sera en cours"));
        search("revues juridiques");
        assertEquals("Peut-être en cours le jour du salon", desk.findElement(By.cssSelector("#results li.need .badge-live")).getText());
        desk.get(Browser.url(site) + page("L-2"));
        assertEquals("En cours le jour du salon", desk.findElement(By.id("live-h")).getText());
        search("groupes électrogènes");
        assertEquals("En cours le jour du salon", desk.findElement(By.cssSelector("#results li.need .badge-live")).getText());
    }

    @Test
    void aConsultationRunningOnTheEventDayGivesNoEmailOnlyTheBuyerProfile() {
        for (String ref : List.of("L-1", "L-2")) {
            desk.get(Browser.url(site) + page(ref));
            List<WebElement> mail = desk.findElements(By.cssSelector("main a[href^='mailto:']"));
            assertTrue(mail.isEmpty(), ref + ": " + mail.stream().map(e -> e.getAttribute("href")).toList());
            assertFalse(desk.findElement(By.tagName("main")).getText().contains("@chu-beaumont.example"), ref);
            assertTrue(desk.findElement(By.cssSelector("section.live")).getText().contains("profil d’acheteur"), ref);
        }
    }

    @Test
    void lotsWithoutTitlesLeaveNoEmptyColumnAndAreNumbered() throws IOException {
        desk.get(Browser.url(site) + page("T-1"));
        List<String> heads = desk.findElements(By.cssSelector("table.lots-table thead th")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Lot", "Montant estimé (HT)"), heads);
        assertTrue(desk.findElements(By.cssSelector("table.lots-table td")).stream().noneMatch(td -> td.getText().isBlank()),
                "an empty cell is left");
        desk.get(Browser.url(site) + page("T-2"));
        List<String> titles = desk.findElements(By.cssSelector("table.lots-table tbody td:nth-of-type(1)")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Secteur nord", "Lot 2"), titles);
        phone.get(Browser.url(site) + page("T-2"));
        Browser.shot(phone, "supplier7-lots-390");
    }

    @Test
    void theFloorPlanIsReadableOnAPhone() throws IOException {
        phone.get(Browser.url(site) + "event.html");
        Browser.shot(phone, "supplier7-plan-390");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) phone.executeScript("var f = document.querySelector('.plan-scroll'),"
                + " i = document.querySelector('.plan-image img');"
                + "return {img: i.getBoundingClientRect().width, natural: i.naturalWidth, frame: f.clientWidth, scroll: f.scrollWidth,"
                + " doc: document.documentElement.scrollWidth};");
        // its stand codes readable: drawn at least at 60 % of the size a 175-ppi plan has (the plan is now drawn for print,
        // 350 ppi on its 174 mm, with labels of 7 pt: the same CSS width shows them larger than the old 6 pt at 175 ppi),
        // panned in its frame, the page not wider
        double ppi = ((Number) m.get("natural")).doubleValue() / (174 / 25.4);
        double scale = ((Number) m.get("img")).doubleValue() / ((Number) m.get("natural")).doubleValue() * ppi / 175;
        assertTrue(scale >= 0.6, "the plan is drawn at " + Math.round(scale * 100) + " % of a 175-ppi plan on a phone: " + m);
        assertTrue(((Number) m.get("scroll")).longValue() > ((Number) m.get("frame")).longValue(), m.toString());
        assertTrue(((Number) m.get("doc")).longValue() <= 390, "the page scrolls sideways: " + m);
        // the frame takes the keyboard, and the image opens full size
        assertEquals("0", phone.findElement(By.cssSelector(".plan-scroll")).getAttribute("tabindex"));
        WebElement full = phone.findElement(By.cssSelector("a.plan-full"));
        assertTrue(Files.isRegularFile(site.resolve(full.getAttribute("href").replaceFirst("^.*/public/", ""))), full.getAttribute("href"));
        // on a laptop the whole plan fits its column
        desk.get(Browser.url(site) + "event.html");
        Browser.shot(desk, "supplier7-plan-1366");
        @SuppressWarnings("unchecked")
        Map<String, Object> d = (Map<String, Object>) desk.executeScript("var f = document.querySelector('.plan-scroll');"
                + "return {frame: f.clientWidth, scroll: f.scrollWidth};");
        assertEquals(d.get("frame"), d.get("scroll"), d.toString());
    }

    @Test
    void theMarketAtAGlanceBlockIsDrawnWholeOnAPhone() throws IOException {
        phone.get(Browser.url(site) + page("P-1"));
        WebElement block = phone.findElement(By.cssSelector("section.market"));
        // a full-page capture: the whole page, not the first screen (the supplier's screenshot stopped at the screen's end)
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) phone.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        String png = (String) phone.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true, "clip",
                Map.of("x", 0, "y", 0, "width", 390, "height", content.get("height"), "scale", 1))).get("data");
        String dir = System.getProperty("vitrine.screenshots");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, "supplier7-market-390-full.png"), java.util.Base64.getDecoder().decode(png));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) phone.executeScript("var r = arguments[0].getBoundingClientRect(),"
                + " h = arguments[0].querySelector('h2').getBoundingClientRect();"
                + "return {top: r.top + scrollY, bottom: r.bottom + scrollY, h2: h.top + scrollY, left: r.left, right: r.right,"
                + " clipped: arguments[0].scrollHeight > arguments[0].clientHeight + 1, doc: document.documentElement.scrollHeight};", block);
        assertTrue(block.getText().startsWith("Le marché en bref\n8 marchés"), block.getText());
        // its heading inside it, the whole block within the page and the screen's width, nothing hidden by overflow
        assertTrue(((Number) box.get("h2")).doubleValue() >= ((Number) box.get("top")).doubleValue(), box.toString());
        assertTrue(((Number) box.get("bottom")).doubleValue() <= ((Number) box.get("doc")).doubleValue(), box.toString());
        assertTrue(((Number) box.get("left")).doubleValue() >= 0 && ((Number) box.get("right")).doubleValue() <= 390, box.toString());
        assertFalse((Boolean) box.get("clipped"), box.toString());
        assertTrue(png.length() > 1000);
    }
}

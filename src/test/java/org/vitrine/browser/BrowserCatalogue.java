package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.vitrine.camel.Normalisers;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.Run;
import org.vitrine.ingest.SourceFile;
import org.vitrine.ingest.SpreadsheetSource;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.normalise.Deduplicator;
import org.vitrine.normalise.Normaliser;
import org.vitrine.publish.Site;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * One browser test's set-up: a French catalogue written from a few needs into a folder of its own, opened in headless
 * Chromium (390 × 844, a phone, unless told), quit and removed after the class. Registered on a static field:
 * <pre>
 * &#64;RegisterExtension
 * static final BrowserCatalogue page = new BrowserCatalogue();
 *
 * &#64;BeforeAll
 * static void start() throws Exception {
 *     page.write(needs);
 * }
 * </pre>
 * The class is skipped when Chromium is not installed. The helpers are those the tests repeated: a select's options,
 * a choice, the titles shown, a search typed in the box.
 */
final class BrowserCatalogue implements BeforeAllCallback, AfterAllCallback {

    private final int width;
    private final int height;
    /** The class's own folder: the site is {@code public/} in it, Chromium's profile {@code profile/}. */
    Path tmp;
    /** The folder the catalogue is written to ({@code tmp/public}). */
    Path site;
    ChromeDriver driver;
    /** The browsers started besides {@link #driver} (a phone beside a desk), quit after the class too. */
    private final List<ChromeDriver> others = new ArrayList<>();

    /** A phone's 390 × 844. */
    BrowserCatalogue() {
        this(390, 844);
    }

    BrowserCatalogue(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Browser.assumeInstalled();
        tmp = Files.createTempDirectory("vitrine-browser-");
        site = tmp.resolve("public");
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        List<ChromeDriver> all = new ArrayList<>(others);
        all.add(0, driver);
        for (ChromeDriver d : all) {
            if (d != null) {
                d.quit();
            }
        }
        driver = null;
        others.clear();
        if (tmp != null) {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Writes the French catalogue of these needs into {@link #site}, starts the browser and returns the site written. */
    Site write(List<Need> needs) throws IOException {
        Site written = CatalogueFixture.write(site, needs);
        start();
        return written;
    }

    /** Starts the browser on a site the test wrote itself (under {@link #tmp}). */
    BrowserCatalogue start() throws IOException {
        driver = Browser.start(tmp.resolve("profile"), width, height);
        return this;
    }

    /**
     * A second browser on the same site, a phone: its 390 × 844 viewport emulated in a 600 × 1000 window
     * ({@link Browser#emulatePhone}), quit after the class.
     */
    ChromeDriver startPhone() throws IOException {
        ChromeDriver phone = Browser.start(tmp.resolve("phone"), 600, 1000);
        others.add(phone);
        Browser.emulatePhone(phone);
        return phone;
    }

    /** Opens a page of the site ({@code index.html#quarter=…}) and waits until its script has run. */
    void open(String page) {
        Browser.openReady(driver, site, page);
    }

    /** Waits until the open page's script has run, as after {@code driver.get} of a link. */
    void waitReady() {
        Browser.waitReady(driver);
    }

    /** The texts of a select's options (by the page's script: on a phone the filters are folded away). */
    @SuppressWarnings("unchecked")
    List<String> options(String selectId) {
        return (List<String>) driver.executeScript(
                "return Array.from(document.getElementById(arguments[0]).options).map(o => o.textContent);", selectId);
    }

    /** The texts of the location filter's options, as Selenium reads them on the home page. */
    List<String> locationOptions() {
        open("index.html");
        return new Select(driver.findElement(By.id("f-location"))).getOptions().stream().map(o -> o.getText()).toList();
    }

    /** Chooses, in the open page, the first option whose text starts with {@code label}, as a change of the user. */
    void choose(String selectId, String label) {
        driver.executeScript("var s = document.getElementById(arguments[0]);"
                + "s.value = Array.from(s.options).find(o => o.textContent.startsWith(arguments[1])).value;"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));", selectId, label);
    }

    /** The home page, the option starting with {@code label} chosen: the titles shown, sorted. */
    List<String> shownAfterChoosing(String selectId, String label) {
        open("index.html");
        choose(selectId, label);
        return shown();
    }

    /** The home page, the location filter's option {@code value} selected as clicked: the titles shown, sorted. */
    List<String> shownAfterSelecting(String value) {
        open("index.html");
        new Select(driver.findElement(By.id("f-location"))).selectByValue(value);
        return shown();
    }

    /** The titles of the needs the result list shows, in its order. */
    List<String> titles() {
        return Browser.resultTitles(driver);
    }

    /** The titles of the needs the result list shows, sorted. */
    List<String> shown() {
        return titles().stream().sorted().toList();
    }

    /** The home page's search for {@code query}, as typed in its box: the titles shown, in their order. */
    List<String> search(String query) {
        return Browser.search(driver, site, query);
    }

    /** What each row of the result list says of why it was found (« » when nothing). */
    @SuppressWarnings("unchecked")
    List<String> reasons() {
        return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('#results li.need'))"
                + ".map(li => (li.querySelector('.why') || {}).textContent || '');");
    }

    /** Each row of the result list as « title | where ». */
    @SuppressWarnings("unchecked")
    List<String> titlesAndPlaces() {
        return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('#results li.need')).map(li => "
                + "li.querySelector('a').textContent + ' | ' + li.querySelector('.where').textContent);");
    }

    /** The whole text of each row of the result list. */
    @SuppressWarnings("unchecked")
    List<String> rowTexts() {
        return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('#results li.need')).map(li => li.textContent);");
    }

    /** The columns of {@link #needsOf}'s file, as a buyer's spreadsheet names them. */
    static final String HEADER = "Référence;Objet;Code CPV;Montant estimé HT;Lancement;Lieu d'exécution\n";

    /**
     * The needs of a buyer's file as a run reads them (the shipped config, edition 2027 of 2026-11-26): the file
     * {@code name} (which names the buyer) written under {@link #tmp} with {@link #HEADER} and these rows, each row
     * normalised, none rejected, then deduplicated.
     */
    List<Need> needsOf(String name, String rows) throws Exception {
        Path csv = tmp.resolve(name);
        Files.writeString(csv, HEADER + rows, StandardCharsets.UTF_8);
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        Normaliser normaliser = Normalisers.forRun(run);
        new SpreadsheetSource().readFile(new SourceFile("t", csv, csv.getFileName().toString()), run, raw -> {
            Normaliser.Result r = normaliser.normalise(raw);
            assertTrue(r.need() != null, raw.location() + " " + r.rejects());
            run.report().accept(r.need());
        });
        new Deduplicator().deduplicate(run);
        return run.needs();
    }
}

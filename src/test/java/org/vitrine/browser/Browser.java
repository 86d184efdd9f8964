package org.vitrine.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium through its own chromedriver: both paths given, so Selenium Manager never
 * goes to the network. Tests skip (not fail) only when the packages are not installed.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    static ChromeDriver start(Path profile, int width, int height) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--user-data-dir=" + Files.createDirectories(profile),
                "--window-size=" + width + "," + height, "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Emulates a phone's 390 × 844 viewport, as DevTools' device mode does: a window cannot be narrower than 500 px,
     * so the phone's browser is started at 600 × 1000 and its viewport set.
     */
    static void emulatePhone(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Keeps a screenshot of what was looked at, when asked (-Dvitrine.screenshots=DIR). */
    static void shot(ChromeDriver driver, String name) throws IOException {
        String dir = System.getProperty("vitrine.screenshots");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
    }

    /** The folder's file: URL ending with "/", to which a page and its #state are appended as typed. */
    static String url(Path dir) {
        String u = dir.toAbsolutePath().toUri().toString();
        return u.endsWith("/") ? u : u + "/";
    }

    /** Opens a page of the site and waits until the catalogue's script has run (html data-ready). */
    static void openReady(org.openqa.selenium.chrome.ChromeDriver driver, Path site, String page) {
        driver.get(url(site) + page);
        waitReady(driver);
    }

    /** Waits until the open page's script has run (html data-ready), as after a link followed. */
    static void waitReady(org.openqa.selenium.chrome.ChromeDriver driver) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("data-ready") != null);
    }

    /** The titles of the needs the result list shows, in its order. */
    @SuppressWarnings("unchecked")
    static java.util.List<String> resultTitles(org.openqa.selenium.chrome.ChromeDriver driver) {
        return (java.util.List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('#results li.need > a')).map(a => a.textContent);");
    }

    /** The home page's search for {@code query}, as typed in its box: the titles of the needs shown, in their order. */
    static java.util.List<String> search(org.openqa.selenium.chrome.ChromeDriver driver, Path site, String query) {
        openReady(driver, site, "index.html");
        driver.executeScript("document.getElementById('q').value = arguments[0]; window.VitrineCatalogue.apply();", query);
        return resultTitles(driver);
    }
}

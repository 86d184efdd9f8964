package org.vitrine.cli;

import org.vitrine.run.Defaults;
import org.vitrine.run.ExitCode;
import org.vitrine.run.YearlyJob;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vitrine.bench.BenchConfig;
import org.vitrine.bench.BenchData;

/**
 * The catalogue's home on a phone at the event, measured (a benchmark, not a test: no assertion on time).
 * Builds the {@code vitrine bench} data set (synthetic buyers' files, {@link BenchData}) for N needs, runs the
 * yearly job on it, serves {@code public/} over HTTP as a static server with {@code gzip_static} would (the
 * {@code .gz} copy when the browser accepts gzip), and opens index.html in headless Chromium through Selenium
 * with DevTools emulation of a 4G phone: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, CPU slowed 4×,
 * cache off. Prints, per round, the first contentful paint and the largest paint before the page's script ran (the
 * page's own first results are in its HTML, above any script, so they are in those paints), search usable
 * (the page's script ready: index loaded, parsed, and its first list drawn), a search typed then, and the bytes
 * sent. Run with
 * {@code java -cp target/test-classes:target/classes:target/lib/* org.vitrine.cli.PhoneBench OUT [NEEDS [BUYERS [ROUNDS]]]}.
 */
public final class PhoneBench {

    private PhoneBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int needs = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int buyers = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path pub = out.resolve("out/2027/public");
        if (!Files.isRegularFile(pub.resolve("index.html"))) {
            org.vitrine.context.EditionWriter.deleteTree(out);
            Path data = Files.createDirectories(out.resolve("data"));
            BenchData.write(data, needs, buyers, 1);
            Path config = BenchConfig.write(Defaults.configDir(null), out.resolve("config"), data);
            StringWriter log = new StringWriter();
            int exit = YearlyJob.execute(new YearlyJob.Options(config, out.resolve("out"), 2027, "2026-11-26", false, "fr",
                    "phone bench", false, null), new PrintWriter(log), new PrintWriter(log), Summary.console(), r -> { });
            if (exit > ExitCode.REJECTS) {
                System.err.println(log);
                System.exit(exit);
            }
        }
        if (Boolean.getBoolean("phone.indexOnly")) {
            // the home page and its assets only, rewritten from the finished run's needs (to try a change quickly)
            pub = rewriteIndex(out);
        }
        System.out.printf(Locale.ROOT, "index.html %,d B (gz %,d B); needs-index.js %,d B (gz %,d B); calendar.html %,d B%n",
                Files.size(pub.resolve("index.html")), size(pub.resolve("index.html.gz")), Files.size(pub.resolve("assets/needs-index.js")),
                size(pub.resolve("assets/needs-index.js.gz")), size(pub.resolve("calendar.html")));
        for (boolean gzip : Boolean.getBoolean("phone.gzipOnly") ? new boolean[] {true} : new boolean[] {true, false}) {
            HttpServer server = serve(pub, gzip);
            try {
                for (int r = 1; r <= rounds; r++) {
                    measure("http://127.0.0.1:" + server.getAddress().getPort() + "/index.html", out.resolve("profile-" + gzip + "-" + r),
                            gzip, r);
                }
            } finally {
                server.stop(0);
                ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
            }
        }
        System.exit(0);
    }

    private static Path rewriteIndex(Path out) throws IOException, org.vitrine.config.ConfigError {
        org.vitrine.config.Config config = org.vitrine.config.ConfigLoader.load(out.resolve("config"));
        org.vitrine.messages.Messages m = org.vitrine.messages.Messages.of("fr");
        java.util.List<org.vitrine.model.Need> all = new java.util.ArrayList<>(
                org.vitrine.publish.PreviousEdition.load(out.resolve("out").resolve("2027")).values());
        all.sort(java.util.Comparator.comparing(org.vitrine.model.Need::id));
        java.time.LocalDate date = java.time.LocalDate.of(2026, 11, 26);
        org.vitrine.model.EditionInfo edition = new org.vitrine.model.EditionInfo("2026-11-26-1", 2027, date, "fr", List.of(), List.of(),
                "Licence Ouverte / Etalab 2.0", null, m.get("publish.disclaimer"));
        org.vitrine.publish.Site site = new org.vitrine.publish.Site(org.vitrine.publish.PublicView.of(all, config,
                org.vitrine.publish.PublicView.Use.PAGES, m), config, edition, m);
        Path dir = out.resolve("index-only");
        org.vitrine.context.EditionWriter.deleteTree(dir);
        Path templates = Path.of("templates");
        new org.vitrine.publish.Catalogue(new org.vitrine.publish.Templates(templates, Locale.FRENCH), templates).writeIndex(dir, site);
        return dir;
    }

    private static long size(Path f) throws IOException {
        return Files.isRegularFile(f) ? Files.size(f) : -1;
    }

    /** A static server: the file, or its .gz copy with Content-Encoding when the client accepts it and gzip is on. */
    static HttpServer serve(Path root, boolean gzip) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", (HttpExchange x) -> {
            Path f = root.resolve(x.getRequestURI().getPath().substring(1)).normalize();
            if (!f.startsWith(root) || !Files.isRegularFile(f)) {
                x.sendResponseHeaders(404, -1);
                x.close();
                return;
            }
            String accept = x.getRequestHeaders().getFirst("Accept-Encoding");
            Path gz = f.resolveSibling(f.getFileName() + ".gz");
            boolean compressed = gzip && accept != null && accept.contains("gzip") && Files.isRegularFile(gz);
            String name = f.getFileName().toString();
            x.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8" : name.endsWith(".css") ? "text/css" : "application/octet-stream");
            if (compressed) {
                x.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            byte[] body = Files.readAllBytes(compressed ? gz : f);
            x.sendResponseHeaders(200, body.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        return server;
    }

    private static void measure(String url, Path profile, boolean gzip, int round) throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--user-data-dir=" + Files.createDirectories(profile),
                "--window-size=390,844", "--lang=fr-FR");
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(),
                options);
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 150,
                    "downloadThroughput", 1_600_000 / 8, "uploadThroughput", 750_000 / 8));
            driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            driver.get(url);
            String ready = new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> d.findElement(By.tagName("html")).getAttribute("data-ready"));
            // the last candidate before the script ran: what the page painted from its own HTML (its first results)
            Object first = driver.executeAsyncScript("var done = arguments[arguments.length - 1], ready = +document.documentElement.dataset.ready;"
                    + "new PerformanceObserver(function (l) { var e = l.getEntries().filter(function (x) { return x.startTime < ready; });"
                    + " done(e.length ? Math.round(e[e.length - 1].startTime) : -1); }).observe({type: 'largest-contentful-paint', buffered: true});"
                    + "setTimeout(function () { done(-1); }, 5000);");
            Object results = driver.executeScript("return document.querySelectorAll('#results li').length;");
            Object fcp = driver.executeScript("var p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? Math.round(p.startTime) : -1;");
            List<?> search = (List<?>) driver.executeAsyncScript("var done = arguments[arguments.length - 1], t = performance.now();"
                    + "document.getElementById('q').value = 'nettoyage'; window.VitrineCatalogue.apply();"
                    + "requestAnimationFrame(function () { setTimeout(function () { done([Math.round(performance.now() - t),"
                    + " document.getElementById('status').textContent]); }, 0); });");
            Object index = driver.executeScript("var e = performance.getEntriesByType('resource').filter(function (r) {"
                    + " return /needs-index/.test(r.name); })[0]; return e ? Math.round(e.responseEnd) : -1;");
            Object bytes = driver.executeScript("return performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))"
                    + ".reduce(function (s, e) { return s + (e.transferSize || 0); }, 0);");
            System.out.printf(Locale.ROOT, "%s round %d: first contentful paint %s ms, largest paint before the script %s ms, index received %s ms, search usable %s ms,"
                    + " search 'nettoyage' %s ms (%s; %s rows shown), %,d bytes transferred%n", gzip ? "gzip" : "plain", round, fcp, first, index, ready,
                    search.get(0), search.get(1), results, ((Number) bytes).longValue());
        } finally {
            driver.quit();
        }
    }
}

package org.vitrine.ingest.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.cli.TestConfig;
import org.vitrine.cli.VitrineCli;

/**
 * The rest source kind against WireMock over real HTTP on loopback: paging styles, retries, timeouts,
 * broken answers, failure policies, conservation counts and rejects located by the API's record id.
 */
class RestSourceTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    WireMockServer api;
    Path config;
    Path out;

    @BeforeEach
    void start() throws Exception {
        api = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        config = null;  // written by each test, with its sources
        out = tmp.resolve("out");
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    /** The rest source "si" on the stub under {@code policy}, paged by {@code paging} (its keys and values in turn). */
    TestConfig.Source si(String policy, Object... paging) {
        return TestConfig.Source.rest("si", "http://127.0.0.1:" + api.port() + "/api/needs")
                .with("buyer", "chu-beaumont").with("records", "/items").with("id", "/id")
                .map("fields", "reference", "/ref", "title", "/label", "cpv", "/cpv", "amount", "/value", "launch", "/launch")
                .map("paging", paging).onFailure(policy).with("timeoutSeconds", 1).with("retries", 2).with("backoffMillis", 1);
    }

    /** The configuration with these sources. */
    void sources(TestConfig.Source... sources) throws Exception {
        TestConfig c = TestConfig.in(tmp).brochure(false);
        for (TestConfig.Source s : sources) {
            c.source(s);
        }
        config = c.write();
    }

    static String record(int i) {
        return "{\"id\":\"A" + i + "\",\"ref\":\"SI-" + i + "\",\"label\":\"Poste informatique " + i
                + "\",\"cpv\":\"30213100-6\",\"value\":" + (10_000 + i) + ",\"launch\":\"2027-03\",\"internalNote\":\"ignored\"}";
    }

    static String page(int from, int to, Integer total, String next) {
        List<String> items = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            items.add(record(i));
        }
        return "{" + (total == null ? "" : "\"total\":" + total + ",") + "\"items\":[" + String.join(",", items) + "]"
                + (next == null ? "" : ",\"links\":{\"next\":\"" + next + "\"}") + "}";
    }

    record Result(int exit, String out, String err) {
    }

    Result run(String date) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int exit = VitrineCli.execute(new String[] {"run", "--config", config.toString(), "--out", out.toString(), "--date", date},
                new PrintWriter(o, true), new PrintWriter(e, true));
        return new Result(exit, o.toString(), e.toString());
    }

    JsonNode report() throws Exception {
        return JSON.readTree(out.resolve("2027/internal/run-report.json").toFile());
    }

    JsonNode apiCounts() throws Exception {
        for (JsonNode f : report().get("files")) {
            if (f.get("file").asText().equals("si (API)")) {
                return f;
            }
        }
        throw new AssertionError("no counts for the API");
    }

    int published() throws Exception {
        return JSON.readTree(out.resolve("2027/public/data/needs.json").toFile()).get("needs").size();
    }

    @Test
    void readsEveryPageWithPageAndSizeParameters() throws Exception {
        sources(si("abort", "style", "page", "pageParam", "page", "sizeParam", "size", "size", 2, "firstPage", 1));
        api.stubFor(get(urlPathEqualTo("/api/needs")).withQueryParam("page", equalTo("1")).willReturn(okJson(page(1, 2, null, null))));
        api.stubFor(get(urlPathEqualTo("/api/needs")).withQueryParam("page", equalTo("2")).willReturn(okJson(page(3, 4, null, null))));
        api.stubFor(get(urlPathEqualTo("/api/needs")).withQueryParam("page", equalTo("3")).willReturn(okJson(page(5, 5, null, null))));
        Result r = run("2026-11-26");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals(5, published());
        assertEquals(5, apiCounts().get("rowsRead").asInt());
        assertEquals(5, apiCounts().get("published").asInt());
        assertTrue(report().at("/conservation/balanced").asBoolean());
        assertFalse(Files.readString(out.resolve("2027/public/data/needs.json")).contains("internalNote"), "unknown fields ignored");
    }

    @Test
    void readsEveryPageWithOffsetAndLimit() throws Exception {
        sources(si("abort", "style", "offset", "offsetParam", "offset", "limitParam", "limit", "size", 3));
        api.stubFor(get(urlPathEqualTo("/api/needs")).withQueryParam("offset", equalTo("0")).willReturn(okJson(page(1, 3, null, null))));
        api.stubFor(get(urlPathEqualTo("/api/needs")).withQueryParam("offset", equalTo("3")).willReturn(okJson(page(4, 4, null, null))));
        assertEquals(0, run("2026-11-26").exit());
        assertEquals(4, published());
    }

    @Test
    void followsNextLinks() throws Exception {
        sources(si("abort", "style", "next", "nextPointer", "/links/next"));
        api.stubFor(get(urlPathEqualTo("/api/needs")).withQueryParam("cursor", equalTo("b")).willReturn(okJson(page(3, 3, null, null))));
        api.stubFor(get(urlPathEqualTo("/api/needs")).withQueryParam("cursor", equalTo("a"))
                .willReturn(okJson(page(2, 2, null, "/api/needs?cursor=b"))));
        api.stubFor(get(urlPathEqualTo("/api/needs")).withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(okJson(page(1, 1, null, "/api/needs?cursor=a"))));
        assertEquals(0, run("2026-11-26").exit());
        assertEquals(3, published());
    }

    @Test
    void retriesAServerErrorThenReadsTheAnswer() throws Exception {
        sources(si("abort", "style", "none"));
        api.stubFor(get(urlPathEqualTo("/api/needs")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        api.stubFor(get(urlPathEqualTo("/api/needs")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(page(1, 2, null, null))));
        assertEquals(0, run("2026-11-26").exit());
        assertEquals(2, published());
        api.verify(2, getRequestedFor(urlPathEqualTo("/api/needs")));
    }

    @Test
    void aSourceThatStaysDownAbortsAndLeavesThePreviousEditionUntouched() throws Exception {
        sources(si("abort", "style", "none"));
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(okJson(page(1, 2, null, null))));
        assertEquals(0, run("2026-11-26").exit());
        TreeMap<String, byte[]> before = files(out.resolve("2027/public"));
        api.resetAll();
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(aResponse().withStatus(503)));
        Result r = run("2026-11-27");
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("« si »") && r.err().contains("HTTP 503"), r.err());
        api.verify(3, getRequestedFor(urlPathEqualTo("/api/needs")));
        assertSame(before, files(out.resolve("2027/public")));
    }

    @Test
    void keepLastGoodWithNoCopyYetSaysSoNotThatItsRuleIsToStop() throws Exception {
        // seventh attack: the first run of a keep-last-good source that fails said « Sa règle est d'arrêter (onFailure: abort) »
        sources(si("keep-last-good", "style", "none"));
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(aResponse().withStatus(503)));
        Result r = run("2026-11-26");
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("onFailure: keep-last-good") && r.err().contains("n’en a pas encore"), r.err());
        assertFalse(r.err().contains("onFailure: abort"), r.err());
    }

    @Test
    void keepLastGoodPublishesTheSnapshotAndSaysSo() throws Exception {
        sources(si("keep-last-good", "style", "none"));
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(okJson(page(1, 3, null, null))));
        assertEquals(0, run("2026-11-26").exit());
        api.resetAll();
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(aResponse().withStatus(503)));
        Result r = run("2026-11-27");
        assertEquals(4, r.exit(), r.out() + r.err());
        assertEquals(3, published());
        JsonNode source = JSON.readTree(out.resolve("2027/public/data/needs.json").toFile()).at("/edition/sources/0");
        assertTrue(source.get("fromSnapshot").asBoolean());
        assertEquals("2026-11-26", source.get("asOf").asText());
        assertTrue(Files.readString(out.resolve("2027/public/index.html")).contains("au 26 novembre 2026"));
    }

    @Test
    void aRefusedConnectionIsAFailure() throws Exception {
        sources(si("abort", "style", "none"));
        int port = api.port();
        api.stop();
        Result r = run("2026-11-26");
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("127.0.0.1:" + port), r.err());
        assertFalse(Files.exists(out.resolve("2027/current")), "nothing published");
    }

    @Test
    void aClientErrorIsNotRetried() throws Exception {
        sources(si("abort", "style", "none"));
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(aResponse().withStatus(404)));
        Result r = run("2026-11-26");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("HTTP 404"), r.err());
        api.verify(1, getRequestedFor(urlPathEqualTo("/api/needs")));
    }

    @Test
    void aResponseSlowerThanTheTimeoutIsAFailure() throws Exception {
        sources(si("abort", "style", "none"));
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(okJson(page(1, 1, null, null)).withFixedDelay(2500)));
        Result r = run("2026-11-26");
        assertEquals(3, r.exit(), r.out() + r.err());
        assertFalse(Files.exists(out.resolve("2027/current")));
    }

    @Test
    void malformedJsonAndHtmlErrorPagesAreFailures() throws Exception {
        sources(si("abort", "style", "none"));
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Maintenance</body></html>")));
        Result r = run("2026-11-26");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("JSON invalide"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void fewerRecordsThanAnnouncedIsAFailure() throws Exception {
        sources(si("abort", "style", "page", "size", 2, "totalPointer", "/total"));
        api.stubFor(get(urlPathEqualTo("/api/needs")).withQueryParam("page", equalTo("1")).willReturn(okJson(page(1, 2, 5, null))));
        api.stubFor(get(urlPathEqualTo("/api/needs")).withQueryParam("page", equalTo("2")).willReturn(okJson(page(3, 3, 5, null))));
        Result r = run("2026-11-26");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("3 enregistrements reçus sur 5"), r.err());
    }

    @Test
    void anEmptyResultPublishesNothingFromTheSource() throws Exception {
        sources(si("abort", "style", "none"));
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(okJson("{\"items\":[]}")));
        assertEquals(0, run("2026-11-26").exit());
        assertEquals(0, published());
    }

    @Test
    void aRecordWithABadCpvIsRejectedWithTheApiRecordId() throws Exception {
        sources(si("abort", "style", "none"));
        // An unknown code: a wrong check digit on a code that exists is corrected now (issue 22), not rejected.
        String bad = record(7).replace("30213100-6", "12345678-9");
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(okJson("{\"items\":[" + record(1) + "," + bad + "]}")));
        assertEquals(1, run("2026-11-26").exit());
        String rejects = Files.readString(out.resolve("2027/internal/rejects.csv"), StandardCharsets.UTF_8);
        assertTrue(rejects.contains("si (API);enregistrement A7;2;/cpv;12345678-9;"), rejects);
        JsonNode c = apiCounts();
        assertEquals(2, c.get("rowsRead").asInt());
        assertEquals(1, c.get("published").asInt());
        assertEquals(1, c.get("rejected").asInt());
    }

    @Test
    void tenThousandRecordsOverAHundredPages() throws Exception {
        sources(si("abort", "style", "page", "size", 100).with("maxRecords", 20000));
        for (int p = 1; p <= 100; p++) {
            api.stubFor(get(urlPathEqualTo("/api/needs")).withQueryParam("page", equalTo(String.valueOf(p)))
                    .willReturn(okJson(page((p - 1) * 100 + 1, p * 100, null, null))));
        }
        api.stubFor(get(urlPathEqualTo("/api/needs")).withQueryParam("page", equalTo("101")).willReturn(okJson("{\"items\":[]}")));
        assertEquals(0, run("2026-11-26").exit());
        assertEquals(10_000, published());
        assertTrue(report().at("/conservation/balanced").asBoolean());
    }

    @Test
    void theSameNeedFromASpreadsheetAndTheApiIsMergedOnceByPrecedence() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        Files.writeString(sheets.resolve("chu-beaumont.csv"), "Référence;Objet;Code CPV;Montant estimé;Lancement\n"
                + "SI-1;Poste informatique (tableur);30213100-6;10 001;mars 2027\n", StandardCharsets.UTF_8);
        config = TestConfig.in(tmp).brochure(false).source(si("abort", "style", "none"))
                .source(TestConfig.Source.spreadsheets("tableurs", sheets)).precedence("tableurs", "si").write();
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(okJson(page(1, 2, null, null))));
        assertEquals(0, run("2026-11-26").exit());
        JsonNode needs = JSON.readTree(out.resolve("2027/public/data/needs.json").toFile()).get("needs");
        assertEquals(2, needs.size());
        assertTrue(needs.toString().contains("Poste informatique (tableur)"), "the spreadsheet has precedence");
        assertEquals(1, apiCounts().get("duplicates").asInt());
    }

    /** Every public file's bytes, through the public/ link (the walk shared by the end-to-end tests). */
    static TreeMap<String, byte[]> files(Path dir) throws Exception {
        return org.vitrine.cli.RunExamplesEndToEndTest.files(dir);
    }

    static void assertSame(TreeMap<String, byte[]> a, TreeMap<String, byte[]> b) {
        org.vitrine.cli.RunExamplesEndToEndTest.assertSameBytes(a, b);
    }
}

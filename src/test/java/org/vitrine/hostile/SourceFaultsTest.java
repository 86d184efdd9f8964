package org.vitrine.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vitrine.cli.RunExamplesEndToEndTest;
import org.vitrine.cli.TestConfig;
import org.vitrine.cli.VitrineCli;

/**
 * Each way an internal system's API fails, under both failure policies: {@code abort} publishes nothing
 * (exit 3) and {@code keep-last-good} publishes the last good snapshot (exit 4); either way the previous
 * edition stays byte for byte as it was, and nothing prints a stack trace.
 */
class SourceFaultsTest {

    /** The faults of the issue, each as WireMock serves it. */
    enum SourceFault {
        CONNECTION_RESET(() -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        TIMEOUT(() -> okJson(RestFaults.goodRecords(2)).withFixedDelay(2500)),
        HUGE_RESPONSE(() -> okJson(RestFaults.goodRecords(60_000))),
        INVALID_UTF8(() -> aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(invalidUtf8())),
        HTML_ERROR_PAGE_WITH_200(() -> aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>Service indisponible</h1><p>Maintenance en cours</p></body></html>"));

        final Supplier<ResponseDefinitionBuilder> response;

        SourceFault(Supplier<ResponseDefinitionBuilder> response) {
            this.response = response;
        }
    }

    static final String DATE_GOOD = "2026-11-26";
    static final String DATE_FAULT = "2026-11-27";

    WireMockServer api;
    Path tmp;
    Path config;
    Path out;

    @BeforeEach
    void start() throws Exception {
        tmp = Files.createTempDirectory("source-faults");
        api = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        Path empty = Files.createDirectories(tmp.resolve("sheets"));
        config = TestConfig.copy(tmp, empty, false);
        out = tmp.resolve("out");
    }

    @AfterEach
    void stop() throws Exception {
        api.stop();
        org.vitrine.context.EditionWriter.deleteTree(tmp);
    }

    void policy(String policy) throws Exception {
        config = TestConfig.in(tmp).brochure(false).source(RestFaults.source("si", api.port(), policy)).write();
    }

    @ParameterizedTest
    @EnumSource(SourceFault.class)
    void aFailedSourceFollowsItsPolicyAndThePreviousEditionStaysByteIdentical(SourceFault fault) throws Exception {
        policy("abort");
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(okJson(RestFaults.goodRecords(3))));
        assertEquals(0, run(DATE_GOOD).exit, "the good run");
        Path year = out.resolve("2027");
        Path firstEdition = year.resolve("editions").resolve(Files.readSymbolicLink(year.resolve("current")).getFileName());
        TreeMap<String, byte[]> before = RunExamplesEndToEndTest.files(firstEdition);

        api.resetAll();
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(fault.response.get()));
        Run aborted = run(DATE_FAULT);
        assertEquals(3, aborted.exit, fault + ":\n" + aborted.all());
        assertTrue(aborted.err.contains("« si »"), "the message names the source: " + aborted.err);
        assertEquals(firstEdition.getFileName(), Files.readSymbolicLink(year.resolve("current")).getFileName(), "still current");
        RunExamplesEndToEndTest.assertSameBytes(before, RunExamplesEndToEndTest.files(firstEdition));
        assertNoStackTrace(aborted);

        policy("keep-last-good");
        Run degraded = run(DATE_FAULT);
        assertEquals(4, degraded.exit, fault + ":\n" + degraded.all());
        JsonNode doc = new ObjectMapper().readTree(year.resolve("public/data/needs.json").toFile());
        assertEquals(3, doc.get("needs").size(), "the last good snapshot is published");
        assertTrue(doc.at("/edition/sources/0/fromSnapshot").asBoolean());
        assertEquals(DATE_GOOD, doc.at("/edition/sources/0/asOf").asText());
        RunExamplesEndToEndTest.assertSameBytes(before, RunExamplesEndToEndTest.files(firstEdition));
        assertNoStackTrace(degraded);
    }

    /**
     * Attacker V: a keep-last-good source failing on a run where nothing else changed said « Rien n'a changé » with
     * exit 0, the failure unsaid. The failure and the snapshot used are said, exit 4 as when the edition is rewritten.
     */
    @org.junit.jupiter.api.Test
    void aKeptLastGoodSourceFailingWhenNothingElseChangedIsSaid() throws Exception {
        config = TestConfig.in(tmp).brochure(false).source(RestFaults.source("si", api.port(), "keep-last-good", 30)).write();
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(okJson(RestFaults.goodRecords(3))));
        Run good = run(DATE_GOOD);
        assertEquals(0, good.exit, good.all());
        Path year = out.resolve("2027");
        Path online = Files.readSymbolicLink(year.resolve("current")).getFileName();

        api.resetAll();
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(aResponse().withStatus(500)));
        Run again = run(DATE_GOOD);
        assertEquals(4, again.exit, again.all());
        assertTrue(again.err.contains("« si » a échoué") && again.err.contains("dernières données reçues ont été reprises"), again.all());
        assertTrue(again.out.contains("Rien n’a changé"), again.all());
        assertEquals(online, Files.readSymbolicLink(year.resolve("current")).getFileName(), "the same edition online");
        assertEquals(4, new ObjectMapper().readTree(year.resolve("state/status.json").toFile()).get("exitCode").asInt());
        assertNoStackTrace(again);
    }

    private static void assertNoStackTrace(Run r) {
        for (String sign : new String[] {"\tat ", "Caused by", "Exception in", "ERROR", "SEVERE"}) {
            assertFalse(r.all().contains(sign), r.all());
        }
    }

    /** A JSON page whose second title holds bytes that are no UTF-8 (C3 28, FF). */
    static byte[] invalidUtf8() {
        String json = RestFaults.goodRecords(2).replace("Postes de travail 2", "Postes XX de travail");
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        int at = json.indexOf("XX");
        b[at] = (byte) 0xC3;
        b[at + 1] = (byte) 0x28;
        b[at + 2] = (byte) 0xFF;
        return b;
    }

    record Run(int exit, String out, String err, String console) {
        String all() {
            return out + err + console;
        }
    }

    /** In-process, with System.out and System.err captured too (library logs go there). */
    Run run(String date) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        int exit;
        try {
            exit = VitrineCli.execute(new String[] {"run", "--config", config.toString(), "--out", out.toString(), "--date", date},
                    new PrintWriter(o, true), new PrintWriter(e, true));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Run(exit, o.toString(), e.toString(), console.toString(StandardCharsets.UTF_8));
    }
}

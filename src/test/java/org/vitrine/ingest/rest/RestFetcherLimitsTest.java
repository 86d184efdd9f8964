package org.vitrine.ingest.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.config.SourceConfig;
import org.vitrine.messages.Messages;

/**
 * The fetcher against a server that lies about nothing but its shape (issue 16, second round): a token
 * that would inject headers is never sent nor quoted, a page is read as a stream (records counted
 * while reading, each record and the nesting bounded), and a source with more pages than the fetcher
 * follows fails instead of being cut.
 */
class RestFetcherLimitsTest {

    @TempDir
    Path tmp;

    static SourceConfig source(String style, Integer maxRecords) {
        return new SourceConfig("si", "rest", null, "abort", "http://127.0.0.1:1/api", "chu-beaumont",
                new SourceConfig.Auth("Authorization", "Bearer", "TOKEN"),
                new SourceConfig.Paging(style, null, null, 2, 1, null, null, null, null), "/items", "/id",
                Map.of("title", "/t"), 1, 0, 1, maxRecords, null);
    }

    /** A server answering {@code body} to every request, remembering the headers it received. */
    static final class Server implements Http {
        final List<Map<String, String>> requests = new ArrayList<>();
        final java.util.function.Function<String, String> body;

        Server(java.util.function.Function<String, String> body) {
            this.body = body;
        }

        @Override
        public Response get(String url, Map<String, String> headers, int timeoutSeconds) {
            requests.add(Map.copyOf(headers));
            return new Response(200, body.apply(url).getBytes(StandardCharsets.UTF_8), null);
        }
    }

    static String said(SourceFailure f) {
        return Messages.of("fr").get(f.key(), f.args());
    }

    @Test
    void aTokenWithALineBreakIsNeverSentNorQuoted() {
        Server server = new Server(url -> "{\"items\":[]}");
        String token = "s3cr3t-token\r\nX-Evil: 1";
        RestFetcher f = new RestFetcher(server, Map.of("TOKEN", token), tmp, 1 << 20);
        SourceFailure e = assertThrows(SourceFailure.class, () -> f.fetch(source("none", null), tmp.resolve("p")));
        assertEquals("rest.bad_token", e.key(), said(e));
        assertTrue(server.requests.isEmpty(), "nothing sent");
        assertFalse(said(e).contains("s3cr3t"), said(e));
        assertTrue(said(e).contains("TOKEN"), "names the variable: " + said(e));
    }

    @Test
    void aServerEchoingTheTokenInItsDataFailsTheSourceAndNothingIsKept() {
        Server server = new Server(url -> "{\"items\":[{\"id\":\"1\",\"t\":\"Bearer s3cr3t-token\"}]}");
        RestFetcher f = new RestFetcher(server, Map.of("TOKEN", "s3cr3t-token"), tmp, 1 << 20);
        SourceFailure e = assertThrows(SourceFailure.class, () -> f.fetch(source("none", null), tmp.resolve("p")));
        assertEquals("rest.token_echoed", e.key(), said(e));
        assertFalse(said(e).contains("s3cr3t"), said(e));
        assertFalse(Files.exists(tmp.resolve("p").resolve("page-00001.json")), "the page is not written to the snapshot");
    }

    @Test
    void aServerEchoingTheTokenWithJsonEscapesFailsTheSourceToo() {
        // "s3cr3t-token" with every letter written as \\uXXXX: no byte of the page spells it, Jackson decodes it
        StringBuilder escaped = new StringBuilder();
        "s3cr3t-token".chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
        Server server = new Server(url -> "{\"items\":[{\"id\":\"1\",\"t\":\"Echo " + escaped + "\"}]}");
        RestFetcher f = new RestFetcher(server, Map.of("TOKEN", "s3cr3t-token"), tmp, 1 << 20);
        SourceFailure e = assertThrows(SourceFailure.class, () -> f.fetch(source("none", null), tmp.resolve("p")));
        assertEquals("rest.token_echoed", e.key(), said(e));
        assertFalse(Files.exists(tmp.resolve("p").resolve("page-00001.json")), "the page is not written to the snapshot");
    }

    @Test
    void anExceptionQuotingTheTokenIsMasked() {
        assertEquals("invalid header value: \"Bearer ***\"", RestFetcher.hide("invalid header value: \"Bearer abc\u0007\"".replace("\u0007", ""), "abc"));
    }

    @Test
    void theRecordCapIsCountedWhileReading() {
        // 101 records, then a page that never ends well: the cap of 100 is met before the broken part is reached.
        String page = "{\"items\":[" + "{},".repeat(101) + "{\"t\": tru";
        RestFetcher f = new RestFetcher(new Server(url -> page), Map.of("TOKEN", "abc"), tmp, 1 << 20);
        SourceFailure e = assertThrows(SourceFailure.class, () -> f.fetch(source("none", 100), tmp.resolve("p")));
        assertEquals("rest.too_many", e.key(), said(e));
    }

    @Test
    void aRecordOfAHundredThousandValuesIsNotANeed() {
        String page = "{\"items\":[{\"t\":[" + "0,".repeat(100_000) + "0]}]}";
        RestFetcher f = new RestFetcher(new Server(url -> page), Map.of("TOKEN", "abc"), tmp, 1 << 20);
        SourceFailure e = assertThrows(SourceFailure.class, () -> f.fetch(source("none", null), tmp.resolve("p")));
        assertEquals("rest.record_too_big", e.key(), said(e));
    }

    @Test
    void deepNestingIsRefusedWithWhereNotWhat() {
        String page = "{\"items\":[{\"t\":" + "[".repeat(200) + "]".repeat(200) + "}]}";
        RestFetcher f = new RestFetcher(new Server(url -> page), Map.of("TOKEN", "abc"), tmp, 1 << 20);
        SourceFailure e = assertThrows(SourceFailure.class, () -> f.fetch(source("none", null), tmp.resolve("p")));
        assertEquals("rest.json_limits", e.key(), said(e));
    }

    @Test
    void moreThanTheLastPageFollowedFailsTheSourceInsteadOfCuttingIt() throws Exception {
        // Every page is full: the API always has more; the fetcher follows 5 pages at most here.
        Server server = new Server(url -> "{\"items\":[{\"id\":\"" + url.hashCode() + "\"},{\"id\":\"x" + url.hashCode() + "\"}]}");
        RestFetcher f = new RestFetcher(server, Map.of("TOKEN", "abc"), tmp, 1 << 20, 5);
        SourceFailure e = assertThrows(SourceFailure.class, () -> f.fetch(source("page", null), tmp.resolve("p")));
        assertEquals("rest.max_pages", e.key(), said(e));
        assertEquals(5, server.requests.size());

        Server three = new Server(url -> url.contains("page=3") ? "{\"items\":[{\"id\":\"z\"}]}" : "{\"items\":[{\"id\":1},{\"id\":2}]}");
        assertEquals(5, new RestFetcher(three, Map.of("TOKEN", "abc"), tmp, 1 << 20, 5).fetch(source("page", null), tmp.resolve("q")));
    }

    @Test
    void aCompressedBodyIsToldAsCompressedAndRefusedNotAsBadText() throws Exception {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write(new byte[1 << 16]); // a small bomb: zeros
        }
        Http server = (url, headers, timeout) -> new Http.Response(200, zipped.toByteArray());
        RestFetcher f = new RestFetcher(server, Map.of("TOKEN", "s3cr3t-token"), tmp, 1 << 20);
        SourceFailure e = assertThrows(SourceFailure.class, () -> f.fetch(source("none", null), tmp.resolve("p")));
        String said = said(e);
        assertTrue(said.contains("compress") && !said.contains("UTF-8"), said);
        assertTrue(Messages.of("en").get(e.key(), e.args()).contains("compressed"));
    }

    @Test
    void aTimeoutIsSaidInPlainWordsNotInTheJdksEnglish() {
        Http server = (url, headers, timeout) -> {
            throw new java.net.http.HttpTimeoutException("no complete answer within " + timeout + " s");
        };
        RestFetcher f = new RestFetcher(server, Map.of("TOKEN", "s3cr3t-token"), tmp, 1 << 20);
        SourceFailure e = assertThrows(SourceFailure.class, () -> f.fetch(source("none", null), tmp.resolve("t")));
        String said = said(e);
        assertTrue(said.contains("réponse complète dans le délai de 1 s") && !said.contains("Exception") && !said.contains("answer"), said);
        String en = Messages.of("en").get(e.key(), e.args());
        assertTrue(en.contains("no complete answer within 1 s") && !en.contains("Exception"), en);
    }
}

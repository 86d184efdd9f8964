package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The giant files under the shipped input limits, in a 512 MiB JVM: Excel's 1,048,576 rows, CSVs of
 * 200 MB, a zip bomb of 2.5 GiB (declared and lying), a single cell of 300 MB. Only in the
 * {@code stress} profile ({@code mvn -Pstress test}): generating and reading them takes minutes.
 */
@Tag("stress")
class GiantFilesStressTest {

    static final Path DIR = Path.of("target/stress");
    /** Each file rejected whole, with (part of) its reason. */
    static final Map<String, String> REJECTED = new LinkedHashMap<>();

    static {
        REJECTED.put("un-million-de-lignes-sans-entete.xlsx", "lignes remplies (limits.maxRowsPerSheet");
        REJECTED.put("un-million-de-besoins.csv", "lignes remplies (limits.maxRowsPerSheet");
        REJECTED.put("export-200-mo.csv", "au-delà de la limite de 200 Mio");
        REJECTED.put("bombe-2-5-gio.xlsx", "anormalement gros");
        REJECTED.put("bombe-2-5-gio-tailles-mensongeres.xlsx", "anormalement gros");
        REJECTED.put("cellule-de-300-mo.xlsx", "Une cellule contient plus de");
    }

    static CorpusRun.Result run;
    static double generateSeconds;
    static Path out;

    @BeforeAll
    static void generateAndRun() throws Exception {
        org.vitrine.context.EditionWriter.deleteTree(DIR);
        Path corpus = DIR.resolve("corpus");
        long start = System.nanoTime();
        GiantFiles.write(corpus);
        generateSeconds = (System.nanoTime() - start) / 1e9;
        out = DIR.resolve("out");
        Path config = CorpusRun.config(DIR, corpus, false);
        run = CorpusRun.run(config, out, Map.of(), 900);
        Outcomes.write(DIR.resolve("outcomes.txt"), run, out.resolve("2027/internal"));
        Files.writeString(DIR.resolve("outcomes.txt"), "generated in " + String.format(java.util.Locale.ROOT, "%.1f", generateSeconds)
                + " s\n" + Files.readString(DIR.resolve("outcomes.txt")));
    }

    @Test
    void readsEveryGiantFileWithinHalfAGigabyteWithoutAStackTrace() {
        assertEquals(1, run.exit(), run.output());
        for (String sign : List.of("Exception", "\tat ", "Caused by", "OutOfMemoryError", "ERROR", "WARN")) {
            assertFalse(run.output().contains(sign), "printed '" + sign + "':\n" + run.output());
        }
        // A guard against a runaway, not a speed test.
        assertTrue(run.seconds() < 900, run.seconds() + " s");
    }

    @Test
    void aHugeApiResponseFailsItsSourceWithinHalfAGigabyte() throws Exception {
        // A plain JDK server streams the page: two records, the second with a description of 300 MB.
        com.sun.net.httpserver.HttpServer api = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/api/needs", exchange -> {
            String page = RestFaults.goodRecords(2);
            int at = page.lastIndexOf("Renouvellement du parc");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(exchange.getResponseBody(), 1 << 16)) {
                out.write(page.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                byte[] chunk = "x".repeat(1 << 20).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                for (int i = 0; i < 300; i++) {
                    out.write(chunk);
                }
                out.write(page.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException closedByTheClient) {
                // the client may stop reading: that is the point
            }
        });
        api.start();
        try {
            Path dir = Files.createDirectories(DIR.resolve("api"));
            Path config = org.vitrine.cli.TestConfig.in(dir).source(RestFaults.source("si", api.getAddress().getPort(), "abort", 120)).write();
            CorpusRun.Result r = CorpusRun.run(config, dir.resolve("out"), Map.of(), 300);
            Files.writeString(DIR.resolve("api-outcome.txt"), "exit " + r.exit() + ", " + r.seconds() + " s\n" + r.output());
            assertEquals(3, r.exit(), r.output());
            assertTrue(r.output().contains("réponse de plus de 64 Mio"), r.output());
            assertFalse(r.output().contains("OutOfMemoryError") || r.output().contains("\tat "), r.output());
        } finally {
            api.stop(0);
        }
    }

    @Test
    void everyGiantFileIsReadOrRejectedWholeWithItsReason() throws Exception {
        JsonNode report = HostileCorpusTest.JSON.readTree(out.resolve("2027/internal/run-report.json").toFile());
        assertTrue(report.at("/conservation/balanced").asBoolean());
        Map<String, JsonNode> byFile = new TreeMap<>();
        report.get("files").forEach(f -> byFile.put(f.get("file").asText(), f));
        JsonNode million = byFile.get("un-million-de-lignes.xlsx");
        assertEquals(20, million.get("published").asLong(), "the twenty needs above a million formatted rows");
        assertEquals(1, million.get("summaryRows").asLong(), "the total on row 1,048,576");
        assertEquals(21, byFile.get("export-presque-200-mo.csv").get("published").asLong(),
                "blank rows are not rows: the need after two million of them is read");
        List<CSVRecord> rejects = HostileCorpusTest.csv(out.resolve("2027/internal/rejects.csv"));
        REJECTED.forEach((file, reason) -> {
            assertTrue(byFile.get(file).get("fileRejected").asBoolean(), file);
            assertTrue(rejects.stream().anyMatch(r -> r.get(0).equals(file) && r.get(5).contains(reason)), file + ": " + reason);
        });
    }
}

package org.vitrine.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import org.apache.camel.Exchange;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vitrine.cli.TestConfig;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.EditionWriter;
import org.vitrine.context.Run;
import org.vitrine.context.Snapshots;
import org.vitrine.messages.Messages;
import org.vitrine.model.RawRecord;

/**
 * The ingest routes of routes/ (camel-test-main-junit5) with direct:normalise replaced by a mock: what each source
 * gives the normalisation route, as the message bodies the route's split sends (batches of records).
 */
class IngestRoutesTest extends CamelMainTestSupport {

    private static final Path ROUTES = Path.of("routes").toAbsolutePath();
    private final Path tmp;
    private final ExecutorService readers = VitrineCamel.readers(2);

    IngestRoutesTest() throws IOException {
        tmp = Files.createTempDirectory("vitrine-ingest-routes-");
    }

    @Override
    protected void configure(MainConfigurationProperties configuration) {
        configuration.withRoutesIncludePattern("file:" + ROUTES + "/*.camel.yaml");
    }

    @Override
    public void configureContext(CamelContextConfiguration context) {
        super.configureContext(context);
        context.withMockEndpointsAndSkip("direct:normalise");
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        VitrineCamel.bind(registry::bind, readers, new NormaliseStep(), ROUTES, tmp.resolve("out"), tmp.resolve("templates"));
        registry.bind(org.vitrine.run.YearlyJob.STEPS, new org.vitrine.run.YearlyJob.Steps()); // named by routes/yearly-job
    }

    @AfterEach
    void cleanUp() throws IOException {
        readers.shutdownNow();
        EditionWriter.deleteTree(tmp);
    }

    @Test
    void everyRecordOfAFileReachesNormaliseInBatches() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        csv(sheets.resolve("chu-beaumont.csv"), 1_203);
        csv(sheets.resolve("transports-val-de-saone.csv"), 7);
        Run run = run(TestConfig.in(tmp).spreadsheets(sheets));

        send("direct:ingest-spreadsheets", run);

        Map<String, List<Integer>> batches = batchesByFile();
        assertEquals(Map.of("chu-beaumont.csv", List.of(500, 500, 203), "transports-val-de-saone.csv", List.of(7)), batches);
        assertEquals(1_203, rows(run, "chu-beaumont.csv"));
    }

    @Test
    void aFileRejectedPartWaySendsNoneOfItsRecords() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        csv(sheets.resolve("chu-beaumont.csv"), 1_203); // over the limit below, found after two full batches were read
        csv(sheets.resolve("transports-val-de-saone.csv"), 7);
        Run run = run(TestConfig.in(tmp).spreadsheets(sheets).limits(10_000_000, 1_100, 100_000_000));

        send("direct:ingest-spreadsheets", run);

        assertTrue(run.report().counts("tableurs", "chu-beaumont.csv").fileRejected, "the file is over maxRowsPerSheet");
        assertEquals(Map.of("transports-val-de-saone.csv", List.of(7)), batchesByFile(), "only the other file's records");
    }

    @Test
    void aRestSourcesRecordsReachNormalise() throws Exception {
        Path api = tmp.resolve("api.json");
        Files.copy(Path.of("examples/api/si-achats-transports.json"), api);
        int records = new com.fasterxml.jackson.databind.ObjectMapper().readTree(api.toFile()).get("besoins").size();
        Run run = run(TestConfig.in(tmp)
                .source(TestConfig.Source.shipped("si-transports").with("url", "file:" + api).onFailure("abort")));

        send("direct:ingest-rest", run);

        assertTrue(records > 0);
        List<RawRecord> sent = records(getMockEndpoint("mock:direct:normalise").getReceivedExchanges());
        assertEquals(records, sent.size(), "every record of the API's answer");
        assertTrue(sent.stream().allMatch(r -> "si-transports".equals(r.location().source())), "the source named on each");
    }

    private Run run(TestConfig config) throws Exception {
        Path dir = config.write();
        var cfg = ConfigLoader.load(dir);
        Run run = new Run(cfg, Messages.of(cfg.vitrine().primaryLanguage()), 2027, LocalDate.parse("2026-11-26"));
        run.sources().snapshots(new Snapshots(tmp.resolve("out/2027")));
        return run;
    }

    private void send(String uri, Run run) {
        template.sendBodyAndProperty(uri, null, VitrineCamel.RUN, run);
        assertEquals(null, run.failure(), () -> String.valueOf(run.failure()));
    }

    /** The sizes of the batches sent to direct:normalise, by file, in the order each file sent them. */
    private Map<String, List<Integer>> batchesByFile() {
        Map<String, List<Integer>> byFile = new TreeMap<>();
        for (Exchange e : getMockEndpoint("mock:direct:normalise").getReceivedExchanges()) {
            List<RawRecord> batch = records(List.of(e));
            String file = batch.get(0).location().file();
            assertTrue(batch.stream().allMatch(r -> file.equals(r.location().file())), "a batch holds one file's records");
            byFile.computeIfAbsent(file, f -> new java.util.ArrayList<>()).add(batch.size());
        }
        return byFile;
    }

    private static List<RawRecord> records(List<Exchange> sent) {
        List<RawRecord> all = new java.util.ArrayList<>();
        for (Exchange e : sent) {
            List<?> batch = assertInstanceOf(List.class, e.getMessage().getBody(), "a batch of records");
            batch.forEach(r -> all.add(assertInstanceOf(RawRecord.class, r)));
        }
        return all;
    }

    private static long rows(Run run, String file) {
        return run.report().counts("tableurs", file).rowsRead;
    }

    /** A buyer's sheet of {@code rows} valid needs (the buyer named by the file's name). */
    private static void csv(Path file, int rows) throws IOException {
        StringBuilder b = new StringBuilder("Référence;Objet;Code CPV;Montant estimé;Lancement\n");
        for (int i = 1; i <= rows; i++) {
            b.append("R-").append(i).append(";Poste informatique ").append(i).append(";30213100-6;10 001;mars 2027\n");
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }
}

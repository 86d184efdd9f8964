package org.vitrine.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vitrine.cli.TestConfig;
import org.vitrine.context.EditionWriter;
import org.vitrine.context.Run;
import org.vitrine.ingest.SourceAbort;
import org.vitrine.messages.Messages;
import org.vitrine.model.FileCounts;
import org.vitrine.model.Need;
import org.vitrine.publish.Templates;
import org.vitrine.run.ExitCode;
import org.vitrine.run.YearlyJob;

/**
 * The routes of routes/*.camel.yaml run by Camel Main (camel-test-main-junit5) with the product's beans, on a
 * small copy of the examples: two buyers' spreadsheets, the REST source (a file: URL), the public questions and the
 * past awards. Each assertion is the visible effect of one route, so a step taken out of a route fails here.
 */
class RoutesTest extends CamelMainTestSupport {

    private static final Path ROUTES = Path.of("routes").toAbsolutePath();
    private final Path tmp;
    private final Path out;
    /** A copy of the shipped templates, that a test may break. */
    private final Path templates;
    private final ExecutorService readers = VitrineCamel.readers(2);

    RoutesTest() throws IOException {
        tmp = Files.createTempDirectory("vitrine-routes-");
        out = tmp.resolve("out");
        templates = tmp.resolve("templates");
        try (Stream<Path> files = Files.walk(Templates.defaultDir())) {
            for (Path f : files.toList()) {
                Path to = templates.resolve(Templates.defaultDir().relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
    }

    @Override
    protected void configure(MainConfigurationProperties configuration) {
        configuration.withRoutesIncludePattern("file:" + ROUTES + "/*.camel.yaml");
    }

    @Override
    protected org.apache.camel.CamelContext createCamelContext() throws Exception {
        org.apache.camel.CamelContext context = super.createCamelContext();
        StageTimings.register(context);
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        VitrineCamel.bind(registry::bind, readers, new NormaliseStep(), ROUTES, out, templates);
        registry.bind(YearlyJob.STEPS, new YearlyJob.Steps()); // routes/yearly-job.camel.yaml, bound by run and serve
    }

    @AfterEach
    void cleanUp() throws IOException {
        readers.shutdownNow();
        EditionWriter.deleteTree(tmp);
    }

    @Test
    void theYearlyJobRunsEverySourceThroughToAnEditionOnline() throws Exception {
        Path config = fixture();
        Run run = job(config, "2026-11-26");

        assertNull(run.failure(), () -> String.valueOf(run.failure()));
        // Camel Main's settings come from application.properties, for the product and for these tests alike
        assertEquals("vitrine", context().getName(), "camel.main.name of application.properties");
        assertTrue(published(run, "tableurs") > 0, "ingest-spreadsheets → normalise-record");
        assertTrue(published(run, "si-transports") > 0, "ingest-rest → normalise-record");
        assertFalse(run.needs().isEmpty(), "normalise-finish (duplicates merged into the run's needs)");
        assertTrue(run.needs().stream().anyMatch(n -> !n.questions().isEmpty()), "ingest-questions → attach-questions");
        assertFalse(run.awards().isEmpty(), "ingest-awards");
        assertTrue(run.needs().stream().anyMatch(n -> !n.risks().isEmpty()), "risk-flag");
        assertNotNull(run.edition().editionId(), "edition-identify");
        EditionWriter editions = new EditionWriter(out.resolve("2027"));
        assertEquals(run.edition().editionId(), editions.currentId().orElse(null), "publish: the edition is switched in");
        assertTrue(Files.isRegularFile(editions.yearDir().resolve("public/index.html")));
        assertTrue(Files.isRegularFile(editions.yearDir().resolve("public/data/needs.json")));
        assertTrue(Files.isRegularFile(editions.yearDir().resolve("internal/rejects.csv")));
        // Each route's step timed by Camel (StageTimings): the files one by one inside the spreadsheets stage, the
        // needs each later stage handled.
        java.util.Map<String, double[]> t = run.timings().byStage();
        for (String stage : java.util.List.of("spreadsheets", "spreadsheet-file", "normalise", "rest", "questions", "awards",
                "edition", "dedupe", "flagging", "changes", "exports", "catalogue", "brochure", "reports")) {
            assertTrue(t.containsKey(stage) && t.get(stage)[0] > 0 && t.containsKey(stage + ".cpu"), stage + " timed: " + t.keySet());
        }
        assertTrue(t.get("spreadsheets")[0] >= t.get("spreadsheet-file")[0] / 2, "two files at once at most");
        assertEquals(run.report().allCounts().values().stream().filter(c -> "tableurs".equals(c.source)).mapToLong(c -> c.rowsRead).sum(),
                (long) t.get("spreadsheet-file")[1], "each file's rows");
        assertEquals(run.needs().size(), (long) t.get("flagging")[1], "the needs flagged");

        // The same inputs again: nothing changed, nothing is written.
        Run again = job(config, "2026-11-26");
        assertTrue(again.edition().unchanged());
        assertEquals(run.edition().editionId(), editions.currentId().orElse(null));
    }

    @Test
    void aFailingSourceWhoseRuleIsAbortStopsTheRunAndThePreviousEditionStaysOnline() throws Exception {
        Path config = fixture();
        Run first = job(config, "2026-11-26");
        assertNull(first.failure());
        Files.delete(tmp.resolve("in/api.json"));
        config("abort").write();

        Run failed = job(config, "2026-11-27");

        assertInstanceOf(SourceAbort.class, failed.failure());
        assertTrue(failed.failure().getMessage().contains("si-transports"), failed.failure().getMessage());
        assertTrue(failed.needs().isEmpty(), "no stage after the failure");
        EditionWriter editions = new EditionWriter(out.resolve("2027"));
        assertEquals(first.edition().editionId(), editions.currentId().orElse(null), "the previous edition stays online");
        try (Stream<Path> list = Files.list(editions.yearDir().resolve("editions"))) {
            assertEquals(1, list.count(), "no edition folder left by the failed run");
        }
    }

    @Test
    void aFailingSourceUnderKeepLastGoodIsReadFromItsSnapshotAndTheEditionIsPublished() throws Exception {
        Path config = fixture();
        Run first = job(config, "2026-11-26");
        assertNull(first.failure());
        long restNeeds = published(first, "si-transports");
        Files.delete(tmp.resolve("in/api.json"));

        Run degraded = job(config, "2026-11-27");

        assertNull(degraded.failure(), () -> String.valueOf(degraded.failure()));
        assertTrue(degraded.sources().degraded().containsKey("si-transports"), degraded.sources().degraded().toString());
        assertEquals(restNeeds, published(degraded, "si-transports"), "the snapshot's records");
        assertEquals(degraded.edition().editionId(), new EditionWriter(out.resolve("2027")).currentId().orElse(null));
    }

    @Test
    void aPublishStepThatFailsLeavesNoHalfEditionAndThePreviousOneOnline() throws Exception {
        Path config = fixture();
        Run first = job(config, "2026-11-26");
        assertNull(first.failure());
        Files.writeString(templates.resolve("catalogue/need.ftlh"), "<#include \"no-such-part.ftlh\">");

        Run failed = job(config, "2026-11-27");

        assertNotNull(failed.failure(), "the catalogue step failed");
        EditionWriter editions = new EditionWriter(out.resolve("2027"));
        assertEquals(first.edition().editionId(), editions.currentId().orElse(null), "the previous edition stays online");
        try (Stream<Path> list = Files.list(editions.yearDir().resolve("editions"))) {
            assertEquals(1, list.count(), "the half-written edition is removed");
        }
    }

    @Test
    void aDryRunChecksEverythingAndWritesNoEdition() throws Exception {
        Path config = fixture();
        Run run = job(config, "2026-11-26", true);
        assertNull(run.failure());
        assertFalse(run.needs().isEmpty());
        assertFalse(Files.exists(out.resolve("2027/editions")), "publish-edition's filter: nothing written");
    }

    @Test
    void theYearlyJobRouteRunsTheJobAndEndsItEvenWhenAStageStopsTheExchange() throws Exception {
        Path config = fixture();
        Job first = yearlyJob(config, "2026-11-26");

        Run run = first.run.get();
        assertNotNull(run, "the job went through direct:run");
        assertNull(run.failure(), () -> String.valueOf(run.failure()));
        int expected = run.report().rejects().stream().allMatch(org.vitrine.model.Reject::isWarning) ? ExitCode.OK : ExitCode.REJECTS;
        assertEquals(expected, first.exit, first.said());
        EditionWriter editions = new EditionWriter(out.resolve("2027"));
        assertEquals(run.edition().editionId(), editions.currentId().orElse(null), "published and switched in");
        assertEquals(1, first.summaries.get(), "end: the summary of a published run");
        assertTrue(status().contains("\"outcome\":\"published\""), status());
        assertTrue(run.timings().byStage().containsKey("job") && run.timings().byStage().containsKey("previous"), "begin and end timed the job");

        // Nothing changed: edition-identify's filter stops the exchange inside direct:run; the route's end still runs
        // (onCompletion), says so, writes the status and releases the lock for the next job.
        Job again = yearlyJob(config, "2026-11-26");
        assertEquals(ExitCode.OK, again.exit, again.said());
        assertTrue(again.said().contains(run.edition().editionId()), again.said());
        assertTrue(status().contains("\"outcome\":\"unchanged\""), status());
        Job third = yearlyJob(config, "2026-11-26");
        assertEquals(ExitCode.OK, third.exit, "the lock was released: " + third.said());
    }

    @Test
    void aFailingSourceThroughTheYearlyJobRouteEndsWithExitThreeAndThePreviousEditionOnline() throws Exception {
        Path config = fixture();
        Job first = yearlyJob(config, "2026-11-26");
        assertTrue(first.exit <= ExitCode.REJECTS, first.said());
        String online = new EditionWriter(out.resolve("2027")).currentId().orElseThrow();
        Files.delete(tmp.resolve("in/api.json"));
        config("abort").write();

        Job failed = yearlyJob(config, "2026-11-27");

        assertEquals(ExitCode.SOURCE_FAILED, failed.exit, failed.said());
        assertTrue(failed.said().contains("si-transports") && failed.said().contains(online), "which source, what stays online: " + failed.said());
        assertEquals(online, new EditionWriter(out.resolve("2027")).currentId().orElse(null));
        assertEquals(0, failed.summaries.get(), "no summary of a publication that did not happen");
        assertTrue(status().contains("\"outcome\":\"failed\"") && status().contains("\"exitCode\":3"), status());
        Files.copy(Path.of("examples/api/si-achats-transports.json"), tmp.resolve("in/api.json"));
        assertTrue(yearlyJob(config, "2026-11-27").exit <= ExitCode.REJECTS, "the lock was released by the failed job");
    }

    @Test
    void aJobWhoseDateIsWrongNeverReachesTheRoutesOfTheRun() throws Exception {
        Path config = fixture();
        Job wrong = yearlyJob(config, "26/11/2026");
        assertEquals(ExitCode.USAGE, wrong.exit, wrong.said());
        assertNull(wrong.run.get(), "job-begin's filter stopped it after configure");
        assertFalse(Files.exists(out.resolve("2027")), "nothing written");
    }

    /** A yearly job through direct:yearly-job, as `vitrine run` and serve's schedule send it. */
    private Job yearlyJob(Path configDir, String date) {
        Job job = new Job();
        YearlyJob.Job request = YearlyJob.job(new YearlyJob.Options(configDir, out, 2027, date, false, "fr", "vitrine run", false, null),
                job.out, job.out, job, job.run::set);
        template.sendBodyAndProperty("direct:yearly-job", null, YearlyJob.JOB, request);
        job.exit = request.exit();
        return job;
    }

    private String status() throws IOException {
        return Files.readString(out.resolve("2027/state/status.json")).replace(" ", "");
    }

    /** What a job said, its run and its exit code; the console of the command line, counting its summaries. */
    private static final class Job implements YearlyJob.Console {
        final java.io.StringWriter said = new java.io.StringWriter();
        final java.io.PrintWriter out = new java.io.PrintWriter(said, true);
        final java.util.concurrent.atomic.AtomicReference<Run> run = new java.util.concurrent.atomic.AtomicReference<>();
        final java.util.concurrent.atomic.AtomicInteger summaries = new java.util.concurrent.atomic.AtomicInteger();
        int exit = -1;

        String said() {
            return said.toString();
        }

        @Override
        public org.vitrine.context.Progress progress() {
            throw new AssertionError("not an interactive run");
        }

        @Override
        public void summary(java.io.PrintWriter to, Run r, EditionWriter editions, Messages m, double seconds) {
            summaries.incrementAndGet();
        }
    }

    private Run job(Path configDir, String date) throws Exception {
        return job(configDir, date, false);
    }

    /** One run of direct:run, as the yearly job sets it up. */
    private Run job(Path configDir, String date, boolean dryRun) throws Exception {
        return DirectRun.send(template, out, configDir, date, dryRun);
    }

    private static long published(Run run, String source) {
        return run.report().allCounts().values().stream().filter(c -> source.equals(c.source)).mapToLong((FileCounts c) -> c.published).sum();
    }

    /** The shipped configuration (brochure off) over a few of the examples, all four source kinds. */
    private Path fixture() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in/spreadsheets"));
        for (String f : new String[] {"chu-beaumont.xlsx", "transports-val-de-saone.xlsx", "region-bourgogne-vallees.xlsx"}) {
            Files.copy(Path.of("examples/spreadsheets", f), in.resolve(f));
        }
        Files.copy(Path.of("examples/api/si-achats-transports.json"), tmp.resolve("in/api.json"));
        copyDir(Path.of("examples/questions"), tmp.resolve("in/questions"));
        copyDir(Path.of("examples/awards"), tmp.resolve("in/awards"));
        return config("keep-last-good").write();
    }

    /** The shipped configuration, brochure off, reading the fixture's copies; the REST source failing by {@code restFailure}. */
    private TestConfig config(String restFailure) {
        return TestConfig.in(tmp).copyFromBase("risks.yaml", "award-links.yaml").brochure(false).lockWaitSeconds(1)
                .source(TestConfig.Source.spreadsheets("tableurs", tmp.resolve("in/spreadsheets")).onFailure("abort"))
                .source(TestConfig.Source.shipped("si-transports").with("url", "file:" + tmp.resolve("in/api.json"))
                        .onFailure(restFailure))
                .source(TestConfig.Source.qa("questions", tmp.resolve("in/questions")).onFailure("abort"))
                .source(TestConfig.Source.shipped("attributions").with("folder", tmp.resolve("in/awards").toString()))
                .precedence("tableurs", "si-transports");
    }

    private static void copyDir(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}

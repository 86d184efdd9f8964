package org.vitrine.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vitrine.cli.TestConfig;
import org.vitrine.context.EditionWriter;
import org.vitrine.context.Run;
import org.vitrine.publish.Templates;

/**
 * The publication's routes (routes/publish.camel.yaml, camel-test-main-junit5) on a small forecast: the order in which
 * publish-edition and publish-write hand the edition to each step's route, and what a step that fails stops — the
 * commit never reached, the half-written folder removed, the previous edition online. The direct: hand-offs are
 * watched by mocks that let every message through to the real route; a step is made to fail by a processor woven
 * in at the start of its route (AdviceWith), so every step can be the one that fails.
 */
class PublishRoutesTest extends CamelMainTestSupport {

    private static final Path ROUTES = Path.of("routes").toAbsolutePath();
    private static final List<String> HAND_OFFS = List.of("changes", "write", "exports", "catalogue", "brochure", "reports", "commit");
    private final Path tmp;
    private final Path out;
    private final ExecutorService readers = VitrineCamel.readers(2);
    /** The direct:publish-* endpoints in the order the routes sent to them. */
    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    /** The step whose route throws, or null. */
    private volatile String failing;

    PublishRoutesTest() throws IOException {
        tmp = Files.createTempDirectory("vitrine-publish-routes-");
        out = tmp.resolve("out");
    }

    @Override
    protected void configure(MainConfigurationProperties configuration) {
        configuration.withRoutesIncludePattern("file:" + ROUTES + "/*.camel.yaml");
    }

    @Override
    public void configureContext(CamelContextConfiguration context) {
        super.configureContext(context);
        context.withMockEndpoints("direct:publish-*");
    }

    @Override
    public void configureTest(TestExecutionConfiguration test) {
        super.configureTest(test);
        test.withUseAdviceWith(true);
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        VitrineCamel.bind(registry::bind, readers, new NormaliseStep(), ROUTES, out, Templates.defaultDir());
        registry.bind(org.vitrine.run.YearlyJob.STEPS, new org.vitrine.run.YearlyJob.Steps()); // named by routes/yearly-job
    }

    @AfterEach
    void cleanUp() throws IOException {
        readers.shutdownNow();
        EditionWriter.deleteTree(tmp);
    }

    @Test
    void theEditionGoesThroughEveryStepInOrderAndIsCommittedLast() throws Exception {
        start();
        Run run = job(config(), "2026-11-26", false);

        assertNull(run.failure(), () -> String.valueOf(run.failure()));
        assertEquals(HAND_OFFS, sent);
        EditionWriter editions = new EditionWriter(out.resolve("2027"));
        assertEquals(run.edition().editionId(), editions.currentId().orElse(null), "publish-commit: the edition is switched in");
        assertEquals(1, editionFolders(), "no folder left aside");
    }

    @ParameterizedTest
    @ValueSource(strings = {"exports", "catalogue", "brochure", "reports"})
    void aStepThatFailsStopsThePublicationBeforeTheCommit(String step) throws Exception {
        start();
        Path config = config();
        Run first = job(config, "2026-11-26", false);
        assertNull(first.failure(), () -> String.valueOf(first.failure()));
        sent.clear();
        failing = step;

        Run failed = job(config, "2026-11-27", false);

        assertTrue(failed.failure() != null && failed.failure().getMessage().equals(step + " failed"),
                () -> "the step's own failure, kept on the run: " + failed.failure());
        assertEquals(HAND_OFFS.subList(0, HAND_OFFS.indexOf(step) + 1), sent, "no step after " + step + ", no commit");
        EditionWriter editions = new EditionWriter(out.resolve("2027"));
        assertEquals(first.edition().editionId(), editions.currentId().orElse(null), "the previous edition stays online");
        assertEquals(1, editionFolders(), "the half-written edition is removed");
    }

    @Test
    void aDryRunStopsAfterTheChanges() throws Exception {
        start();
        Run run = job(config(), "2026-11-26", true);

        assertNull(run.failure(), () -> String.valueOf(run.failure()));
        assertEquals(List.of("changes"), sent, "publish-edition's filter lets no dry run by");
        assertTrue(Files.notExists(out.resolve("2027/editions")));
    }

    /** Each step's route throws when it is {@link #failing}; every hand-off to a step is recorded; then Camel starts. */
    private void start() throws Exception {
        for (String step : HAND_OFFS) {
            if (!step.equals("write") && !step.equals("changes")) {
                AdviceWith.adviceWith(context, "publish-" + step, a -> a.weaveAddFirst().process(e -> {
                    if (step.equals(failing)) {
                        throw new IOException(step + " failed");
                    }
                }));
            }
        }
        context.start();
        for (String step : HAND_OFFS) {
            getMockEndpoint("mock:direct:publish-" + step).whenAnyExchangeReceived(e -> sent.add(step));
        }
    }

    /** One buyer's small sheet, brochure on (so that its step writes something). */
    private Path config() throws IOException {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        StringBuilder b = new StringBuilder("Référence;Objet;Code CPV;Montant estimé;Lancement\n");
        for (int i = 1; i <= 12; i++) {
            b.append("R-").append(i).append(";Poste informatique ").append(i).append(";30213100-6;10 001;mars 2027\n");
        }
        Files.writeString(sheets.resolve("chu-beaumont.csv"), b, StandardCharsets.UTF_8);
        return TestConfig.in(tmp).spreadsheets(sheets).brochure(true).write();
    }

    /** One run of direct:run, as the yearly job sets it up. */
    private Run job(Path configDir, String date, boolean dryRun) throws Exception {
        return DirectRun.send(template, out, configDir, date, dryRun);
    }

    private long editionFolders() throws IOException {
        try (Stream<Path> list = Files.list(out.resolve("2027/editions"))) {
            return list.count();
        }
    }
}

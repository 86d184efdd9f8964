package org.vitrine.cli;

import org.vitrine.run.ExitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's smoke test, run by {@code mvn verify} and so by .ci/run: 2,000 needs end to end, the
 * report's shape and its counts (no timing asserted: speed is measured by hand, see docs/BENCHMARKS.md).
 */
class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheBenchReportWithEveryStageAndLimit() throws Exception {
        CliRunner.Result r = CliRunner.run("bench", "--needs", "2000", "--buyers", "40", "--brochure-needs", "50",
                "--out", tmp.resolve("bench").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode report = new ObjectMapper().readTree(tmp.resolve("bench/bench-report.json").toFile());
        assertEquals(2000, report.get("needs").asInt());
        for (String stage : new String[] {"ingest", "normalise", "risk", "exports", "catalogue", "reports", "brochure"}) {
            assertTrue(report.at("/stages/" + stage + "/seconds").asDouble(-1) >= 0, stage);
            assertTrue(report.at("/stages/" + stage + "/items").asLong() > 0, stage);
        }
        // render: the brochure's HTML with the brochure's settings (tagged PDF/A); render_plain: without them.
        for (String limit : new String[] {"read", "write", "render", "render_plain"}) {
            assertTrue(report.at("/limits/" + limit).asDouble() > 0, limit);
        }
        for (String ratio : new String[] {"catalogue_vs_write", "brochure_vs_render", "brochure_vs_render_plain"}) {
            assertTrue(report.at("/ratios/" + ratio).asDouble() > 0, ratio);
        }
        assertTrue(report.at("/details/cpuSeconds/brochure").asDouble() > 0);
        assertTrue(report.at("/details/cpuSeconds/render").asDouble() > 0);
        assertTrue(report.at("/details/cpuSeconds/catalogue").asDouble() > 0);
        assertTrue(report.at("/details/cpuSeconds/write").asDouble() > 0);
        assertTrue(report.at("/ratios/catalogue_vs_write_cpu").asDouble() > 0);
        assertTrue(report.at("/details/brochurePages").asInt() > 0);
        assertTrue(report.get("peakHeapMiB").asLong() > 0);
        assertEquals(2000, report.at("/details/rowsRead").asLong());
        // Every row is published, merged or rejected; the data set has some of each.
        long published = report.at("/details/published").asLong();
        long rejected = report.at("/details/rejected").asLong();
        assertTrue(published > 1800 && rejected > 0 && published + rejected <= 2000, published + " / " + rejected);
        assertTrue(report.at("/details/ingestNormaliseWallSeconds").asDouble() > 0);
        assertTrue(report.at("/details/cpuSeconds/reports").asDouble() > 0);
        // The rerun read back every need of the first edition and compared them all.
        assertTrue(report.at("/stages/rerun/seconds").asDouble() > 0);
        assertEquals(report.at("/stages/rerun/items").asLong(), report.at("/details/rerunPreviousNeeds").asLong());
        assertEquals(published, report.at("/details/rerunPreviousNeeds").asLong());
        // The whole job covers its stages (the brochure is measured apart).
        double staged = 0;
        for (String stage : new String[] {"ingest", "normalise", "risk", "exports", "catalogue", "reports"}) {
            staged += report.at("/stages/" + stage + "/seconds").asDouble();
        }
        assertTrue(report.at("/details/jobSeconds").asDouble() >= staged * 0.99, report.get("details").toString());
    }

    @Test
    void examplesBenchSeparatesStartUpFromWorkAndEveryRoundPublishesTheSameFiles() throws Exception {
        CliRunner.Result r = CliRunner.run("bench", "--examples", "--rounds", "2", "--out", tmp.resolve("ex").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode report = new ObjectMapper().readTree(tmp.resolve("ex/examples-report.json").toFile());
        assertEquals(2, report.get("rounds").size());
        for (JsonNode round : report.get("rounds")) {
            // the shipped examples hold deliberate mistakes: published with rejects
            assertEquals(ExitCode.REJECTS, round.get("exit").asInt());
            assertTrue(round.at("/stages/catalogue").asDouble() > 0);
        }
        assertEquals(report.at("/rounds/1/seconds").asDouble(), report.get("workSeconds").asDouble(), 1e-3);
        assertTrue(report.get("startUpSeconds").asDouble() > 0);
        RunExamplesEndToEndTest.assertSameBytes(RunExamplesEndToEndTest.files(tmp.resolve("ex/examples/round-1/2027/public")),
                RunExamplesEndToEndTest.files(tmp.resolve("ex/examples/round-2/2027/public")));
    }
}

package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end on a tiny data set and writes the report's shape (no timing asserted). */
class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheBenchReportWithEveryStageAndLimit() throws Exception {
        CliRunner.Result r = CliRunner.run("bench", "--needs", "300", "--buyers", "20", "--brochure-needs", "30",
                "--out", tmp.resolve("bench").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode report = new ObjectMapper().readTree(tmp.resolve("bench/bench-report.json").toFile());
        assertEquals(300, report.get("needs").asInt());
        for (String stage : new String[] {"ingest", "normalise", "risk", "exports", "catalogue", "brochure"}) {
            assertTrue(report.at("/stages/" + stage + "/seconds").isNumber(), stage);
            assertTrue(report.at("/stages/" + stage + "/items").asLong() > 0, stage);
        }
        for (String limit : new String[] {"read", "write", "render"}) {
            assertTrue(report.at("/limits/" + limit).asDouble() > 0, limit);
        }
        assertTrue(report.at("/ratios/catalogue_vs_write").isNumber());
        assertTrue(report.get("peakHeapMiB").asLong() > 0);
        assertEquals(300, report.at("/details/rowsRead").asLong());
    }
}

package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A risk code that may not be public, or a rule of version 1, stops the run before anything is read (exit 2), saying why. */
class RiskConfigTest {

    @TempDir
    Path tmp;

    @Test
    void aPrivateCodeInPublicCodesStopsTheRun() throws Exception {
        Path config = TestConfig.in(tmp).spreadsheets(Path.of("examples/spreadsheets")).brochure(false)
                .publicRiskCodes("PARTIAL_COVERAGE", "LOW_COMPETITION", "COVERAGE_UNKNOWN", "DEADLINE_CONGESTION",
                        "GROUPING_OPPORTUNITY").write();
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, r.exit());
        assertTrue((r.out() + r.err()).contains("GROUPING_OPPORTUNITY, qui ne peut pas être publié"), r.out() + r.err());
        assertFalse(Files.exists(tmp.resolve("out/2027/public")));
    }

    @Test
    void calendarClashInRisksYamlNamesItsReplacement() throws Exception {
        Path config = TestConfig.copy(tmp, Path.of("examples/spreadsheets"), false);
        Files.writeString(config.resolve("risks.yaml"), "rules:\n  CALENDAR_CLASH:\n    enabled: true\n");
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, r.exit());
        assertTrue((r.out() + r.err()).contains("remplacée par DEADLINE_CONGESTION"), r.out() + r.err());
    }
}

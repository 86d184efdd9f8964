package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.risk.RiskSettings;

/** Every risk rule fires on the shipped examples where the data says it should; staff and public views. */
class RiskExamplesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everyRuleFiresOnTheExamplesAndOnlyPublicCodesArePublished() throws Exception {
        Path config = TestConfig.copy(tmp, Path.of("examples/spreadsheets"), false);
        Files.copy(Path.of("config/risks.yaml"), config.resolve("risks.yaml"));
        Path out = tmp.resolve("out");
        assertEquals(1, CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26").exit());
        JsonNode byRule = JSON.readTree(out.resolve("2027/internal/run-report.json").toFile()).get("risksByRule");
        for (String code : RiskSettings.CODES) {
            if (!code.equals("AMOUNT_CUT")) {
                assertTrue(byRule.path(code).asInt() > 0, code + " fires on the examples: " + byRule);
            }
        }
        String html = Files.readString(out.resolve("2027/internal/risks.html"));
        assertTrue(html.contains("Calendriers") || html.contains("CALENDAR_CLASH"), "staff report lists the rules");

        Set<String> publicCodes = Set.of("PARTIAL_COVERAGE", "LOW_COMPETITION", "GROUPING_OPPORTUNITY");
        for (JsonNode n : JSON.readTree(out.resolve("2027/public/data/needs.json").toFile()).get("needs")) {
            for (JsonNode r : n.get("risks")) {
                assertTrue(publicCodes.contains(r.get("code").asText()), r.toString());
            }
        }

        // The previous edition had one "just under the threshold" need above it: its amount was cut.
        Path previous = out.resolve("2027/current/internal/needs.json");
        ObjectNode doc = (ObjectNode) JSON.readTree(previous.toFile());
        String cutId = null;
        for (JsonNode n : doc.get("needs")) {
            if (n.toString().contains("THRESHOLD_EDGE") && n.at("/amount/max").asLong() > 100_000
                    && n.at("/amount/min").asLong() == n.at("/amount/max").asLong()) {
                ((ObjectNode) n.get("amount")).put("min", 6_000_000).put("max", 6_000_000);
                cutId = n.get("id").asText();
                break;
            }
        }
        Files.writeString(previous, JSON.writeValueAsString(doc));
        assertEquals(1, CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-12-01").exit());
        JsonNode now = JSON.readTree(out.resolve("2027/internal/needs.json").toFile());
        boolean cut = false;
        for (JsonNode n : now.get("needs")) {
            cut |= n.get("id").asText().equals(cutId) && n.get("risks").toString().contains("AMOUNT_CUT");
        }
        assertTrue(cut, "AMOUNT_CUT on " + cutId);
    }
}

package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        assertRiskPagesLinkUp(out.resolve("2027/internal"));

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

    private static final Pattern BUYER_LINK = Pattern.compile("href=\"risks/([^\"]+)\\.html\"");
    private static final Pattern NEED_LINK = Pattern.compile("href=\"([^\"/]+)\\.html#(need-[^\"]+)\"");

    /**
     * risks.html links one page per buyer with a flagged need, each page holds exactly that buyer's
     * flagged needs (as many as risks.csv lists), and every related-need link lands on a need.
     */
    static void assertRiskPagesLinkUp(Path internal) throws Exception {
        Matcher buyers = BUYER_LINK.matcher(Files.readString(internal.resolve("risks.html")));
        Set<String> linked = new TreeSet<>();
        while (buyers.find()) {
            linked.add(buyers.group(1));
        }
        Set<String> pages = new TreeSet<>();
        try (var files = Files.list(internal.resolve("risks"))) {
            files.forEach(f -> pages.add(f.getFileName().toString().replaceAll("\\.html$", "")));
        }
        assertEquals(linked, pages);
        Set<String> csvNeeds = new TreeSet<>();
        String csv = Files.readString(internal.resolve("risks.csv")).substring(1); // after the BOM
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').setSkipHeaderRecord(true)
                .setHeader().get().parse(new java.io.StringReader(csv))) {
            parser.forEach(record -> csvNeeds.add(record.get(0)));
        }
        Set<String> sections = new TreeSet<>();
        int links = 0;
        for (String buyer : pages) {
            String page = Files.readString(internal.resolve("risks").resolve(buyer + ".html"));
            Matcher ids = Pattern.compile("<section class=\"need\" id=\"need-([^\"]+)\"").matcher(page);
            while (ids.find()) {
                assertTrue(sections.add(ids.group(1)), "need shown once: " + ids.group(1));
            }
            Matcher related = NEED_LINK.matcher(page);
            while (related.find()) {
                Path target = internal.resolve("risks").resolve(related.group(1) + ".html");
                assertTrue(Files.readString(target).contains("id=\"" + related.group(2) + "\""), related.group() + " in " + buyer);
                links++;
            }
        }
        assertEquals(csvNeeds, sections);
        assertTrue(links > 0, "the examples have related needs");
    }
}

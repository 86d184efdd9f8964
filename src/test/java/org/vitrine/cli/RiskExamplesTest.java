package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.config.RiskSettings;

/**
 * The staff report and the public view of the risks on the shipped examples: one line of risks.csv per item (a
 * group once), every buyer page linked and every link landing on a line, three sections, only the codes that may be
 * public reach public files (no grouping, no count of suppliers, nothing on a live consultation's page).
 */
class RiskExamplesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Path out;

    static String console;

    @BeforeAll
    static void runExamples() throws Exception {
        Path config = TestConfig.copy(tmp, Path.of("examples/spreadsheets"), false);
        Files.copy(Path.of("config/risks.yaml"), config.resolve("risks.yaml"));
        out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26");
        assertEquals(1, r.exit());
        console = r.out();
    }

    static List<CSVRecord> csv(Path file) throws Exception {
        String text = Files.readString(file).substring(1); // after the BOM
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    @Test
    void risksCsvHasOneLinePerItemAndAGroupOnce() throws Exception {
        Set<String> keys = new TreeSet<>();
        for (JsonNode n : JSON.readTree(out.resolve("2027/internal/needs.json").toFile()).get("needs")) {
            for (JsonNode r : n.get("risks")) {
                if ("THRESHOLD_EDGE".equals(r.get("code").asText()) && "I".equals(r.path("section").asText())
                        || "CPV_IMPRECISE".equals(r.get("code").asText())) {
                    continue; // for the buyer's feedback only, not a line of risks.csv (RiskItems.feedbackOnly)
                }
                String anchor = r.path("anchor").isMissingNode() ? n.get("id").asText() : r.get("anchor").asText();
                keys.add(anchor + "|" + r.get("code").asText() + "|" + r.get("figures").asText());
            }
        }
        List<CSVRecord> lines = csv(out.resolve("2027/internal/risks.csv"));
        List<String> csvKeys = new ArrayList<>();
        lines.forEach(l -> csvKeys.add(l.get("Clé")));
        assertEquals(keys, new TreeSet<>(csvKeys), "every item once");
        assertEquals(csvKeys.size(), new HashSet<>(csvKeys).size(), "no item twice");
        for (CSVRecord l : lines) {
            assertTrue(RiskSettings.CODES.contains(l.get("Code")), l.toString());
            assertTrue(List.of("À traiter avant le salon", "Avant le lancement", "Pour information").contains(l.get("Section")), l.toString());
            assertEquals("à faire", l.get("Statut"));
            if (l.get("Code").equals("DEADLINE_CONGESTION")) {
                assertFalse(l.get("Besoins liés").isEmpty(), "a cluster names its other members: " + l);
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.get("Section").equals("À traiter avant le salon") && !l.get("Échéance").isEmpty()));
    }

    @Test
    void theConsoleTheRunReportAndTheStaffReportGiveOneCountOfPoints() throws Exception {
        int lines = csv(out.resolve("2027/internal/risks.csv")).size();
        java.util.regex.Matcher m = Pattern.compile("Points à risque : (\\d+) \\(un par ligne de internal/risks.csv").matcher(console);
        assertTrue(m.find(), console);
        assertEquals(lines, Integer.parseInt(m.group(1)), "the console counts a group item once, as risks.csv does");
        long byRule = 0;
        for (JsonNode c : JSON.readTree(out.resolve("2027/internal/run-report.json").toFile()).get("risksByRule")) {
            byRule += c.asLong();
        }
        assertEquals(lines, byRule, "run-report.json");
        String html = Files.readString(out.resolve("2027/internal/risks.html")).replace('\u00a0', ' ').replace('\u202f', ' ');
        assertTrue(html.contains("Total : " + lines + " points (un par ligne de risks.csv"), "risks.html");
    }

    private static final Pattern BUYER_LINK = Pattern.compile("href=\"risks/([^\"#]+)\\.html\"");
    private static final Pattern LINE_LINK = Pattern.compile("href=\"(?:risks/)?([^\"/#]+)\\.html#([^\"]+)\"");
    private static final Pattern LINE_ID = Pattern.compile("<div class=\"line [^\"]*\" id=\"([^\"]+)\"");

    @Test
    void everyBuyerPageIsLinkedAndEveryLinkLandsOnALine() throws Exception {
        Path internal = out.resolve("2027/internal");
        String summary = Files.readString(internal.resolve("risks.html"));
        Set<String> linked = new TreeSet<>();
        Matcher buyers = BUYER_LINK.matcher(summary);
        while (buyers.find()) {
            linked.add(buyers.group(1));
        }
        Set<String> pages = new TreeSet<>();
        try (var files = Files.list(internal.resolve("risks"))) {
            files.forEach(f -> pages.add(f.getFileName().toString().replaceAll("\\.html$", "")));
        }
        assertEquals(linked, pages);
        int links = 0;
        List<String> texts = new ArrayList<>(List.of(summary));
        for (String p : pages) {
            String page = Files.readString(internal.resolve("risks").resolve(p + ".html"));
            texts.add(page);
            Set<String> ids = new HashSet<>();
            Matcher m = LINE_ID.matcher(page);
            while (m.find()) {
                assertTrue(ids.add(m.group(1)), "line shown once: " + m.group(1));
            }
            assertTrue(page.contains("À traiter avant le salon") && page.contains("Avant le lancement")
                    && page.contains("Pour information"), "three sections on " + p);
        }
        for (String text : texts) {
            Matcher l = LINE_LINK.matcher(text);
            while (l.find()) {
                String target = Files.readString(internal.resolve("risks").resolve(l.group(1) + ".html"));
                assertTrue(target.contains("id=\"" + l.group(2) + "\""), l.group());
                links++;
            }
        }
        assertTrue(links > 0);
        assertTrue(summary.contains("% des besoins sont lancés avant le salon"), "the SHORT_NOTICE summary line");
        assertTrue(summary.contains("Par section et par règle") && summary.contains("LIVE_DURING_EVENT"));
    }

    @Test
    void onlyThePublicCodesReachPublicFilesAndNothingOnALiveNeed() throws Exception {
        Set<String> publicIds = new HashSet<>();
        JsonNode needs = JSON.readTree(out.resolve("2027/public/data/needs.json").toFile()).get("needs");
        needs.forEach(n -> publicIds.add(n.get("id").asText()));
        int shown = 0;
        for (JsonNode n : needs) {
            // the public words under a neutral code, never the staff's code nor its severity (supplier X, D6)
            assertFalse(n.has("risks") || n.has("coverage") || n.has("suppliersKnown"), "no staff key in public: " + n.get("id"));
            for (JsonNode r : n.get("buyerNotes")) {
                assertTrue(org.vitrine.publish.DataExportsAccess.publicNoteCodes().contains(r.get("code").asText()), r.toString());
                assertFalse(r.has("section") || r.has("figures") || r.has("anchor") || r.has("severity"), "no staff field in public: " + r);
                assertFalse(r.get("label").asText().matches(".*\\d+ fournisseurs?.*"), "never the count: " + r);
                r.path("related").forEach(id -> assertTrue(publicIds.contains(id.asText())));
                shown++;
            }
            if (!n.path("live").isNull() && !n.path("live").isMissingNode()) {
                assertEquals(0, n.get("buyerNotes").size(), "a live consultation shows no risk text: " + n.get("id"));
            }
        }
        assertTrue(shown > 0, "public texts shown");
        // the congestion calendar's public text is checked in DeadlineCongestionTest: the examples' last items were
        // energy tenders, which no longer congest (config/risks.yaml, energy: false)
    }
}

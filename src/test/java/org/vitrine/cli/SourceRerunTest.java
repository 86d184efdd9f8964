package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manual rerun for one late source refreshes that source only; the others come from their snapshot. */
class SourceRerunTest {

    @TempDir
    Path tmp;

    @Test
    void sourceRerunKeepsTheOtherSourcesLastGoodData() throws Exception {
        Path csvs = Files.createDirectories(tmp.resolve("csv"));
        Path others = Files.createDirectories(tmp.resolve("others"));
        try (Stream<Path> files = Files.list(Path.of("examples/spreadsheets"))) {
            for (Path f : files.toList()) {
                Files.copy(f, (f.toString().endsWith(".csv") ? csvs : others).resolve(f.getFileName()));
            }
        }
        Path config = TestConfig.in(tmp).brochure(false)
                .source(TestConfig.Source.spreadsheets("csv", csvs)).source(TestConfig.Source.spreadsheets("autres", others)).write();
        Path out = tmp.resolve("out");
        assertEquals(1, CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26").exit());

        // Both folders change; only "csv" is refreshed.
        edit(csvs.resolve("ville-beaumont-sur-saone.csv"));
        Files.delete(others.resolve("chu-beaumont.xlsx"));
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-12-01",
                "--source", "csv");
        assertEquals(1, r.exit(), r.out() + r.err());

        JsonNode doc = new ObjectMapper().readTree(out.resolve("2027/public/data/needs.json").toFile());
        String json = doc.toString();
        assertTrue(json.contains("\"chu-beaumont\""), "the CHU's needs still come from the last good snapshot");
        assertTrue(json.contains("Restauration scolaire (corrigée)"), "the refreshed source is read afresh");
        for (JsonNode s : doc.at("/edition/sources")) {
            boolean snapshot = s.get("name").asText().equals("autres");
            assertEquals(snapshot, s.get("fromSnapshot").asBoolean());
            assertEquals(snapshot ? "2026-11-26" : "2026-12-01", s.get("asOf").asText());
        }
        assertTrue(Files.readString(out.resolve("2027/public/index.html")).contains("au 26 novembre 2026"));
        assertEquals(2, CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--source", "nope").exit());
        assertFalse(Files.exists(others.resolve("chu-beaumont.xlsx")));
    }

    private static void edit(Path csv) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        Files.writeString(csv, text.replaceFirst("Restauration scolaire", "Restauration scolaire (corrigée)"), StandardCharsets.UTF_8);
    }
}

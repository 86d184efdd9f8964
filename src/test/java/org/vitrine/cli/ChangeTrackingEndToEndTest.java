package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second edition after a buyer corrected its file: new, revised, unchanged and withdrawn needs. */
class ChangeTrackingEndToEndTest {

    @TempDir
    Path tmp;

    @Test
    void secondEditionSaysWhatChanged() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        try (Stream<Path> files = Files.list(Path.of("examples/spreadsheets"))) {
            for (Path f : files.toList()) {
                Files.copy(f, sheets.resolve(f.getFileName()));
            }
        }
        Path config = TestConfig.copy(tmp, sheets, false);
        Path out = tmp.resolve("out");
        assertEquals(1, CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26").exit());
        Map<String, JsonNode> first = needs(out);

        // The city sends a corrected file: one amount changed, its last row removed.
        Path csv = sheets.resolve("ville-beaumont-sur-saone.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        String removed = lines.remove(lines.size() - 1);
        lines.set(1, lines.get(1).replaceFirst("1\\h800\\h000", "1 950 000"));
        lines.add("VB-27-99;Location de navettes pour le festival d'été;60170000-0;services;48 000 €;juin 2027;3;MAPA;1;"
                + "Beaumont-sur-Saône;festival@example-beaumont.fr;totale;4;;non;non;non");
        Files.write(csv, lines, StandardCharsets.UTF_8);

        CliRunner.Result second = CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2027-01-10");
        assertEquals(1, second.exit(), second.out() + second.err());
        Map<String, JsonNode> now = needs(out);
        long revised = now.values().stream().filter(n -> n.get("change").asText().equals("revised")).count();
        long unchanged = now.values().stream().filter(n -> n.get("change").asText().equals("unchanged")).count();
        assertEquals(1, revised, "the corrected amount");
        // SGCD-27-012 (T4 2026) was published before the year in November; in January its window is over: past.
        assertFalse(now.containsKey("prefecture-saone-et-brenne-sgcd-27-012"));
        assertEquals(first.size() - 3, unchanged);
        assertEquals(1, now.values().stream().filter(n -> n.get("change").asText().equals("new")).count(), "the added row");
        JsonNode r = now.values().stream().filter(n -> n.get("change").asText().equals("revised")).findFirst().orElseThrow();
        assertEquals("amount", r.at("/changes/0/field").asText());
        assertEquals("2026-11-26", r.get("firstPublished").asText());
        assertEquals("2027-01-10", r.get("modified").asText());
        JsonNode withdrawn = new ObjectMapper().readTree(out.resolve("2027/public/data/needs.json").toFile()).at("/edition/withdrawn");
        assertEquals(2, withdrawn.size(), removed);
        String changes = Files.readString(out.resolve("2027/public/changes.html"));
        assertTrue(changes.contains(withdrawn.get(0).get("title").asText().replace("'", "&#39;")), changes);
    }

    static Map<String, JsonNode> needs(Path out) throws Exception {
        Map<String, JsonNode> map = new HashMap<>();
        new ObjectMapper().readTree(out.resolve("2027/public/data/needs.json").toFile()).get("needs")
                .forEach(n -> map.put(n.get("id").asText(), n));
        return map;
    }
}

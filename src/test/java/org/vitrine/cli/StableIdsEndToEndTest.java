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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, outside attacker A: a person's name in a reference named the need's pages, data and ICS UID (failure 1);
 * two rows without a reference and one title were « x » and « x-2 », and once the first was deleted the second took
 * « x », changes.html saying the first was modified into the second and the second withdrawn (failure 2).
 */
class StableIdsEndToEndTest {

    @TempDir
    Path tmp;

    private static final String TAIL = ";90610000-6;services;%s;%s;12;MAPA;1;Beaumont-sur-Saône;voirie@example-beaumont.fr;totale;3;;non;non;non";
    private static final String MAY = ";Balayage mécanique des voies QZXNOREF" + TAIL.formatted("40 000 €", "mai 2027");
    private static final String JUNE = ";Balayage mécanique des voies QZXNOREF" + TAIL.formatted("45 000 €", "juin 2027");
    private static final String NAMED = "Dossier Mme Vuillemot;Fournitures de bureau QZXNAME;30192000-1;fournitures;20 000 €;mars 2027;12;MAPA;1;"
            + "Beaumont-sur-Saône;voirie@example-beaumont.fr;totale;3;;non;non;non";

    @Test
    void idsNameNoPersonAndStayWithTheirNeedFromOneEditionToTheNext() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        try (Stream<Path> files = Files.list(Path.of("examples/spreadsheets"))) {
            for (Path f : files.toList()) {
                Files.copy(f, sheets.resolve(f.getFileName()));
            }
        }
        Path csv = sheets.resolve("ville-beaumont-sur-saone.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        lines.addAll(List.of(MAY, JUNE, NAMED));
        Files.write(csv, lines, StandardCharsets.UTF_8);
        Path config = TestConfig.copy(tmp, sheets, false);
        Path out = tmp.resolve("out");
        assertEquals(1, CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26").exit());

        // failure 1: no public file, name or content, holds the name (pages, data, feeds, the ICS UID)
        Path pub = out.resolve("2027/public");
        int[] seen = {0};
        try (Stream<Path> all = Files.walk(pub.toRealPath())) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                seen[0]++;
                assertFalse(f.getFileName().toString().toLowerCase().contains("vuillemot"), f.toString());
                if (!f.toString().endsWith(".gz") && !f.toString().endsWith(".pdf") && !f.toString().endsWith(".png")) {
                    assertFalse(Files.readString(f, StandardCharsets.ISO_8859_1).toLowerCase().contains("vuillemot"), f.toString());
                }
            }
        }
        assertTrue(seen[0] > 50, "the public files were read: " + seen[0]);
        Map<String, JsonNode> first = ChangeTrackingEndToEndTest.needs(out);
        String named = id(first, "Fournitures de bureau QZXNAME", null);
        assertEquals("ville-beaumont-sur-saone-dossier", named);
        assertTrue(Files.readString(pub.resolve("calendar.ics")).contains("UID:" + named + "@vitrine"));
        String may = id(first, "Balayage mécanique des voies QZXNOREF", "40000");
        String june = id(first, "Balayage mécanique des voies QZXNOREF", "45000");
        assertFalse(june.endsWith("-2"), june);

        // failure 2: the May row deleted; the June need keeps its id, unchanged; the May one is the one withdrawn
        lines.remove(MAY);
        Files.write(csv, lines, StandardCharsets.UTF_8);
        CliRunner.Result second = CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-12-10");
        assertEquals(1, second.exit(), second.out() + second.err());
        Map<String, JsonNode> now = ChangeTrackingEndToEndTest.needs(out);
        assertFalse(now.containsKey(may), "the deleted need's id is given to no other need");
        assertEquals("unchanged", now.get(june).get("change").asText());
        assertEquals("unchanged", now.get(named).get("change").asText());
        JsonNode withdrawn = new ObjectMapper().readTree(pub.resolve("data/needs.json").toFile()).at("/edition/withdrawn");
        List<String> withdrawnIds = new ArrayList<>();
        withdrawn.forEach(w -> withdrawnIds.add(w.get("id").asText()));
        assertEquals(List.of(may), withdrawnIds);
        String changes = Files.readString(pub.resolve("changes.html"));
        assertFalse(changes.contains("45 000") || changes.contains("45\u202F000"), "no « 40 000 € → 45 000 € » modification: " + changes);
        assertTrue(changes.contains("Balayage mécanique des voies QZXNOREF"), "the May need is listed withdrawn");
        assertFalse(changes.contains("needs/" + june + ".html"), "the June need is neither modified nor withdrawn");
    }

    private static String id(Map<String, JsonNode> needs, String title, String amount) {
        return needs.values().stream().filter(n -> n.get("title").asText().equals(title))
                .filter(n -> amount == null || n.toString().contains(amount)).findFirst().orElseThrow().get("id").asText();
    }
}

package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Issue 16, outside attacker B (failure 1a–c): the row's own Contact column names the person (« Gaspard Vuillemot
 * &lt;gaspard.vuillemot@…&gt; »); a reference that holds that name without a civility (« VUILLEMOT-27-01 », « Réf. Vuillemot
 * Gaspard », « gaspard.vuillemot ») named the need's pages, data, feeds and ICS UID. Now the name is no part of the
 * reference as published nor of the id, and the buyer is told, as for « Dossier Mme Vuillemot ».
 */
class ContactNameIdsEndToEndTest {

    @TempDir
    Path tmp;

    private static final String TAIL = ";30192000-1;fournitures;20 000 €;mars 2027;12;MAPA;1;Beaumont-sur-Saône;"
            + "Gaspard Vuillemot <gaspard.vuillemot@example-beaumont.fr>;totale;3;;non;non;non";

    @Test
    void theRowsOwnContactNamesNoIdNorPublishedReference() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        try (Stream<Path> files = Files.list(Path.of("examples/spreadsheets"))) {
            for (Path f : files.toList()) {
                Files.copy(f, sheets.resolve(f.getFileName()));
            }
        }
        Path csv = sheets.resolve("ville-beaumont-sur-saone.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        lines.addAll(List.of("VUILLEMOT-27-01;Fournitures QZXA" + TAIL, "Réf. Vuillemot Gaspard;Fournitures QZXB" + TAIL,
                "gaspard.vuillemot;Fournitures QZXC" + TAIL, "VB-27-QZ;Fournitures QZXD" + TAIL));
        Files.write(csv, lines, StandardCharsets.UTF_8);
        Path config = TestConfig.copy(tmp, sheets, false);
        Path out = tmp.resolve("out");
        assertEquals(1, CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26").exit());

        Path pub = out.resolve("2027/public");
        int[] seen = {0};
        try (Stream<Path> all = Files.walk(pub.toRealPath())) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                seen[0]++;
                String name = f.getFileName().toString().toLowerCase();
                assertFalse(name.contains("vuillemot") || name.contains("gaspard"), f.toString());
                if (!f.toString().endsWith(".gz") && !f.toString().endsWith(".pdf") && !f.toString().endsWith(".png")) {
                    String text = Files.readString(f, StandardCharsets.ISO_8859_1).toLowerCase();
                    assertFalse(text.contains("vuillemot") || text.contains("gaspard"), f.toString());
                }
            }
        }
        assertTrue(seen[0] > 50, "the public files were read: " + seen[0]);
        Map<String, JsonNode> needs = ChangeTrackingEndToEndTest.needs(out);
        assertEquals("ville-beaumont-sur-saone-27-01", id(needs, "Fournitures QZXA"));
        assertEquals("ville-beaumont-sur-saone-ref", id(needs, "Fournitures QZXB"));
        String c = id(needs, "Fournitures QZXC");
        assertTrue(c.matches("ville-beaumont-sur-saone-[0-9a-f]{10}"), c);
        assertTrue(Files.readString(pub.resolve("calendar.ics")).contains("UID:" + c + "@vitrine"));
        // a reference without the name keeps its id
        assertEquals("ville-beaumont-sur-saone-vb-27-qz", id(needs, "Fournitures QZXD"));

        // the buyer is told, on the reference's cell, with the words removed
        String internal = Files.readString(out.resolve("2027/internal/feedback/ville-beaumont-sur-saone.csv"));
        for (String said : List.of("nomme une personne (VUILLEMOT)", "nomme une personne (Vuillemot Gaspard)", "nomme une personne (gaspard.vuillemot)")) {
            assertTrue(internal.contains(said), said + "\n" + internal);
        }
    }

    /** Failure 1d, 1f: the place and the launch's note name the row's contact without a civility. */
    @Test
    void theRowsOwnContactNamesNoPlaceNorNote() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        try (Stream<Path> files = Files.list(Path.of("examples/spreadsheets"))) {
            for (Path f : files.toList()) {
                Files.copy(f, sheets.resolve(f.getFileName()));
            }
        }
        Path csv = sheets.resolve("ville-beaumont-sur-saone.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        lines.add("VB-27-QY;Fournitures QZXE;30192000-1;fournitures;20 000 €;mars 2027 (selon Gaspard Vuillemot);12;MAPA;1;"
                + "Bureau 12, chez Gaspard Vuillemot;Gaspard Vuillemot <gaspard.vuillemot@example-beaumont.fr>;totale;3;;non;non;non");
        Files.write(csv, lines, StandardCharsets.UTF_8);
        Path config = TestConfig.copy(tmp, sheets, false);
        Path out = tmp.resolve("out");
        assertEquals(1, CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26").exit());
        Path pub = out.resolve("2027/public");
        try (Stream<Path> all = Files.walk(pub.toRealPath())) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                if (!f.toString().endsWith(".gz") && !f.toString().endsWith(".pdf") && !f.toString().endsWith(".png")) {
                    String text = Files.readString(f, StandardCharsets.ISO_8859_1).toLowerCase();
                    assertFalse(text.contains("vuillemot") || text.contains("gaspard"), f.toString());
                }
            }
        }
        JsonNode n = ChangeTrackingEndToEndTest.needs(out).values().stream()
                .filter(x -> x.get("title").asText().equals("Fournitures QZXE")).findFirst().orElseThrow();
        assertTrue(n.get("location").asText().contains("Bureau 12"), n.toString());
        String internal = Files.readString(out.resolve("2027/internal/feedback/ville-beaumont-sur-saone.csv"));
        assertTrue(internal.contains("nomme une personne (Gaspard Vuillemot)"), internal);
    }

    private static String id(Map<String, JsonNode> needs, String title) {
        return needs.values().stream().filter(n -> n.get("title").asText().equals(title)).findFirst().orElseThrow().get("id").asText();
    }
}

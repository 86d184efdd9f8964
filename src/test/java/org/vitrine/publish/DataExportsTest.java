package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.normalise.Needs;

class DataExportsTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"x\")", "+33 1", "-2", "@SUM(A1)", "\tx", "\rx"})
    void neutralisesCellsASpreadsheetWouldRun(String value) {
        assertEquals("'" + value, DataExports.safe(Arrays.asList((Object) value)).get(0));
    }

    @Test
    void leavesOrdinaryCellsAlone() {
        assertEquals(List.of("Nettoyage", 12), DataExports.safe(List.of("Nettoyage", 12)));
    }

    @Test
    void writesSemicolonCsvWithBomThatExcelOpens() throws Exception {
        Path f = tmp.resolve("needs.csv");
        DataExports.writeCsv(f, List.of(Needs.need("b", "R", "=cmd|' /C calc'!A0", 1200, "public", "f", 2)), "fr");
        byte[] bytes = Files.readAllBytes(f);
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains(";\"'=cmd|' /C calc'!A0\";") || text.contains(";'=cmd|' /C calc'!A0;"), text);
        assertTrue(text.split("\r\n")[0].startsWith("\uFEFFid;buyer_id;"));
    }

    @Test
    void publishedNeedsCarryNoPublicFlagAndTheCsvGivesTotals() throws Exception {
        org.vitrine.model.Need.Builder b = Needs.need("b", "R", "Nettoyage", 1200, "public", "f", 2).forPublic(null).toBuilder();
        b.amount = new org.vitrine.model.Amount(java.math.BigDecimal.valueOf(900_000), java.math.BigDecimal.valueOf(900_000), "EUR", "annual");
        b.durationMonths = 36;
        org.vitrine.model.Need n = b.build();
        Path json = tmp.resolve("needs.json");
        EditionInfo edition = new EditionInfo("e", 2027, java.time.LocalDate.of(2026, 11, 26), "fr", List.of(), List.of(), "L", null, "D");
        DataExports.writeJson(json, edition, List.of(n));
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get("needs").get(0);
        assertTrue(!node.has("public") && !node.has("openOpportunity"), node.toString());
        Path csv = tmp.resolve("needs.csv");
        DataExports.writeCsv(csv, List.of(n), "fr");
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).substring(1).split(";"));
        List<String> row = List.of(lines.get(1).split(";", -1));
        assertEquals("2700000", row.get(header.indexOf("total_max")));
        assertEquals("900000", row.get(header.indexOf("amount_max")));
    }
}

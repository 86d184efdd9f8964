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
}

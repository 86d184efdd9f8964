package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.messages.Messages;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * Supplier W (D5): needs.csv's 73 headers are codes (buyer_name, launch_start, total_max, live_maybe…) with no guide.
 * data/needs-columns.csv gives, for every column of needs.csv in its order, its meaning in the file's language and
 * its format (unit, date form, yes/no), from the same list the CSV writer uses: a column added without its
 * explanation fails here.
 */
class ColumnGuideTest {

    @TempDir
    Path dir;

    static List<CSVRecord> read(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a BOM, as needs.csv, so a French spreadsheet opens it");
        try (CSVParser p = CSVParser.parse(text.substring(1), DataExports.excelFormat())) {
            return new ArrayList<>(p.getRecords());
        }
    }

    @Test
    void everyColumnOfTheCsvIsExplainedInItsOrder() throws Exception {
        for (String lang : List.of("fr", "en")) {
            for (boolean all : List.of(false, true)) {
                org.vitrine.config.VitrineConfig config = all ? null : null;
                Messages msg = Messages.of(lang);
                Path csv = dir.resolve(lang + all + ".csv"), guide = dir.resolve(lang + all + "-columns.csv");
                DataExports.writeCsv(csv, CatalogueFixture.needs(), msg, config);
                DataExports.writeColumnGuide(guide, msg, all, all);
                List<String> header = read(csv).get(0).toList();
                List<CSVRecord> rows = read(guide);
                assertEquals(3, rows.get(0).size());
                List<String> named = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
                if (!all) {
                    assertEquals(header, named, lang);
                } else {
                    assertTrue(named.containsAll(header) && named.contains("incumbent") && named.contains("coverage"), named.toString());
                }
                for (CSVRecord r : rows.subList(1, rows.size())) {
                    assertFalse(r.get(1).isBlank() || r.get(1).contains("cat.csv") || r.get(1).startsWith("!"), lang + " " + r);
                    assertFalse(r.get(2).isBlank() || r.get(2).contains("cat.csv") || r.get(2).startsWith("!"), lang + " " + r);
                }
            }
        }
        List<CSVRecord> fr = read(dir.resolve("frfalse-columns.csv"));
        assertEquals(List.of("colonne", "signification", "format"), fr.get(0).toList());
        CSVRecord total = fr.stream().filter(r -> r.get(0).equals("total_max")).findFirst().orElseThrow();
        assertTrue(total.get(2).contains("euros"), total.toString());
        CSVRecord launch = fr.stream().filter(r -> r.get(0).equals("launch_start")).findFirst().orElseThrow();
        assertTrue(launch.get(2).contains("AAAA-MM-JJ"), launch.toString());
    }
}

package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.cli.TestConfig;

/**
 * Issue 22 (and 16): a row the buyer hid in an xlsx, through one whole run. Its need is in no public file (the brochure
 * through pdftotext too), it is kept in the internal needs (nothing lost), and the buyer's own feedback file says which
 * row was hidden and how to unhide it — the unit test (HiddenSheetTest) stops at the normaliser.
 */
class HiddenRowRunTest {

    @TempDir
    Path tmp;

    @Test
    void aHiddenRowsNeedIsHeldBackAndItsBuyerToldInTheFeedbackFile() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(sheets.resolve("chu.xlsx"))) {
            Sheet s = wb.createSheet("Besoins");
            String[][] rows = {
                {"Acheteur", "Référence", "Objet", "Code CPV", "Montant estimé", "Date prévisionnelle de lancement"},
                {"chu-beaumont", "CHU-1", "Nettoyage des locaux du pavillon Nord", "90910000-9", "120000", "mai 2027"},
                {"chu-beaumont", "CHU-2", "Audit interne des dépenses Quokka", "79212000-3", "50000", "juin 2027"}};
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    r.createCell(c).setCellValue(rows[i][c]);
                }
            }
            s.getRow(2).setZeroHeight(true);
            wb.write(os);
        }
        Path config = TestConfig.in(tmp).spreadsheets(sheets).brochure(true).write();
        Path out = tmp.resolve("out");
        org.vitrine.cli.CliRunner.Result r = org.vitrine.cli.CliRunner.run("run", "--config", config.toString(), "--out",
                out.toString(), "--date", CorpusRun.DATE);
        assertTrue(r.exit() <= 1, r.out() + "\n" + r.err());

        String published = FreeTextPrivacyTest.publicText(out.resolve("2027/public"));
        assertTrue(published.contains("Nettoyage des locaux du pavillon Nord"), "the visible row is published");
        assertFalse(published.contains("Quokka"), "the hidden row's need is in no public file");
        assertTrue(Files.readString(out.resolve("2027/internal/needs.json")).contains("Audit interne des dépenses Quokka"),
                "the hidden row's need is kept internally: nothing lost");
        String feedback = Files.readString(out.resolve("2027/internal/feedback/chu-beaumont.csv"));
        assertTrue(feedback.contains("Ligne masquée dans le tableur") && feedback.contains("chu.xlsx"), feedback);
        String line = feedback.lines().filter(l -> l.contains("Ligne masquée")).findFirst().orElseThrow();
        assertTrue(line.contains(";3;") && line.contains("Objet"), "row 3 and its title cell are named: " + line);
    }
}

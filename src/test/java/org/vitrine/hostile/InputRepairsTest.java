package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.hostile.InputFiles.csv;
import static org.vitrine.hostile.InputFiles.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vitrine.model.Need;
import org.vitrine.model.Reject;

/** Issue 16.9: hostile input cells and files, each with its guarantee (docs/HOSTILE.md, "Input cells and encodings"). */
class InputRepairsTest {

    @TempDir
    Path dir;

    private InputFiles.Read readCsv(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return InputFiles.read(f);
    }

    @ParameterizedTest
    // "=#REF!": a formula that is only an error, as a CSV keeps it (outside attacker: it was published)
    @ValueSource(strings = {"#REF!", "#NOVALUE", "#DIV/0!", "#VALUE!", "#N/A", "#VALEUR!", "=#REF!", "=#N/A"})
    void formulaErrorsTypedAsTextAreNeverPublished(String error) throws Exception {
        InputFiles.Read r = readCsv("erreurs.csv", csv(row(error, "Entretien des espaces verts", error),
                row("R-2", error, "Tonte")));
        // In optional cells (reference, description): the field is left empty with a warning.
        Need first = r.needs().get(0);
        assertNull(first.reference());
        assertNull(first.description());
        assertEquals(2, r.warnings().stream().filter(w -> w.row() == 2 && w.reason().contains(error)).count(), r.warnings().toString());
        // In the title, required: the row is rejected with its reason.
        assertEquals(1, r.needs().size());
        assertTrue(r.rejects().stream().anyMatch(x -> x.row() == 3 && x.reason().contains(error)), r.rejects().toString());
    }

    @Test
    void aTitleMadeOnlyOfANulByteRejectsItsRowAndAFileWithOneNulIsRead() throws Exception {
        InputFiles.Read r = readCsv("nul.csv", csv(row("R-1", "\0", ""), row("R-2", "Entretien\0 des haies", "")));
        assertEquals(1, r.needs().size(), "the file is read, not refused whole");
        assertEquals("Entretien des haies", r.needs().get(0).title());
        assertTrue(r.rejects().stream().anyMatch(x -> x.row() == 2 && x.reason().contains("objet")), r.rejects().toString());
        assertEquals(List.of(), r.fileLines());
    }

    @Test
    void anUnclosedTagNeverPassesIntoAnyField() throws Exception {
        InputFiles.Read r = readCsv("balise.csv", csv(row("R-1", "Travaux de voirie <img src=x onerror=alert(1)", "<br />Détail<br>suite"),
                row("R-2", "Élagage <script>alert(1)</script>des platanes", "\"a &lt;b&gt;gras&lt;/b&gt; b\"")));
        Need a = r.byReference("R-1");
        Need b = r.byReference("R-2");
        assertEquals("Travaux de voirie", a.title());
        assertEquals("Détail suite", a.description());
        assertEquals("Élagage des platanes", b.title());
        assertEquals("a gras b", b.description());
        for (Need n : r.needs()) {
            String all = n.title() + n.description();
            assertFalse(all.contains("<") || all.contains(">") || all.contains("onerror") || all.contains("alert"), all);
        }
        assertTrue(r.warnings().stream().anyMatch(w -> w.reason().contains("<img")), r.warnings().toString());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void utf32TextIsRead(boolean bigEndian) throws Exception {
        Path f = dir.resolve("utf32.csv");
        Files.write(f, InputFiles.utf32(csv(row("R-1", "Entretien des espaces verts — été œuvre", "")), bigEndian));
        InputFiles.Read r = InputFiles.read(f);
        assertEquals(List.of(), r.fileLines());
        assertEquals("Entretien des espaces verts — été œuvre", r.needs().get(0).title());
    }

    @Test
    void aWorkbookWithoutStylesIsRead() throws Exception {
        Path f = dir.resolve("sans-styles.xlsx");
        Files.write(f, InputFiles.withoutStyles(InputFiles.workbook(row("R-1", "Tonte des pelouses", ""))));
        InputFiles.Read r = InputFiles.read(f);
        assertEquals(List.of(), r.fileLines(), r.fileLines().toString());
        assertEquals("Tonte des pelouses", r.needs().get(0).title());
    }

    @Test
    void aWorkbookWithoutRowReferencesReportsTheRowsAsTheSpreadsheetShowsThem() throws Exception {
        Path f = dir.resolve("sans-r.xlsx");
        Files.write(f, InputFiles.withoutRowReferences(InputFiles.workbook(row("R-1", "Tonte des pelouses", ""),
                row("R-2", "", ""), row("R-3", "Taille des haies", ""))));
        InputFiles.Read r = InputFiles.read(f);
        assertEquals(2, r.byReference("R-1").source().row());
        assertEquals(4, r.byReference("R-3").source().row());
        assertEquals(List.of(3), r.rejects().stream().map(Reject::row).toList(), "the empty title is on row 3");
    }

    @Test
    void aC1CharacterNeverTruncatesATitle() throws Exception {
        InputFiles.Read r = readCsv("c1.csv", csv(row("R-1", "Achat d\u0092équipements de sport", "")));
        assertEquals("Achat d’équipements de sport", r.needs().get(0).title());
        assertTrue(r.warnings().stream().anyMatch(w -> w.reason().contains("Windows-1252")), r.warnings().toString());
    }

    @Test
    void replacementCharactersAreRepairedFromTheWordListOrReportedAndNeverInIds() throws Exception {
        InputFiles.Read r = readCsv("fffd.csv", "Acheteur;Objet;Code CPV;Montant estimé;Lancement\r\n"
                + "Communauté d'agglom\uFFFDration du Bocage;Entretien des espaces verts;77310000-6;25 000;T2 2027\r\n"
                + "Syndicat X\uFFFDZ;Tonte;77310000-6;25 000;T2 2027\r\n");
        Need a = r.needs().get(0);
        assertEquals("Communauté d'agglomération du Bocage", a.buyer().name());
        assertEquals("communaute-d-agglomeration-du-bocage", a.buyer().id());
        Need b = r.needs().get(1);
        assertTrue(b.buyer().name().contains("\uFFFD"), "no word fits: the letter is left and reported");
        assertFalse(b.buyer().id().contains("\uFFFD") || b.id().contains("\uFFFD"), b.id());
        assertTrue(b.buyer().id().matches("syndicat-xz-[0-9a-f]{8}"), b.buyer().id());
        assertTrue(r.warnings().stream().anyMatch(w -> w.row() == 3 && w.reason().contains("abîmée")), r.warnings().toString());
        assertNotNull(r.warnings().stream().filter(w -> w.row() == 2 && w.reason().contains("agglomération")).findFirst().orElse(null),
                r.warnings().toString());
    }

    /**
     * Officer Z4's groupement-douaisis-2027.csv l.5 (D4): the repair of the buyer's own damaged name went to an orphan
     * sans-acheteur feedback file; it is the buyer's, the one its name was repaired to.
     */
    @Test
    void theRepairOfABuyersOwnNameGoesToThatBuyersFeedback() throws Exception {
        InputFiles.Read r = readCsv("douaisis.csv", "Acheteur;Objet;Code CPV;Montant estimé;Lancement\r\n"
                + "Communaut\uFFFD d'agglomération du Bocage;Entretien des espaces verts;77310000-6;25 000;T2 2027\r\n");
        Need a = r.needs().get(0);
        assertEquals("communaute-d-agglomeration-du-bocage", a.buyer().id());
        Reject w = r.warnings().stream().filter(x -> x.row() == 2 && x.value().contains("\uFFFD")).findFirst()
                .orElseThrow(() -> new AssertionError(r.warnings()));
        assertEquals(a.buyer().id(), w.buyer(), "the buyer's own feedback, not sans-acheteur");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aRowMarkedConfidentialOnlyInACellCommentIsHeldBack(String ext) throws Exception {
        Path f = dir.resolve("commentaire." + ext);
        try (org.apache.poi.ss.usermodel.Workbook wb = ext.equals("xls") ? new org.apache.poi.hssf.usermodel.HSSFWorkbook()
                : new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var s = wb.createSheet("Besoins");
            var h = s.createRow(0);
            for (int c = 0; c < InputFiles.HEADERS.length; c++) {
                h.createCell(c).setCellValue(InputFiles.HEADERS[c]);
            }
            for (int r = 1; r <= 2; r++) {
                var row = s.createRow(r);
                String[] v = row("R-" + r, "Étude de regroupement des services " + r, "");
                for (int c = 0; c < v.length; c++) {
                    row.createCell(c).setCellValue(v[c]);
                }
            }
            var drawing = s.createDrawingPatriarch();
            var anchor = wb.getCreationHelper().createClientAnchor();
            var comment = drawing.createCellComment(anchor);
            comment.setString(wb.getCreationHelper().createRichTextString("Confidentiel : hypothèse non arbitrée"));
            s.getRow(2).getCell(2).setCellComment(comment);
            try (var out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        assertHeldBackByComment(InputFiles.read(f), "« Objet »");
    }

    /** Issue 22 (out2, BIO-05): an ods cell comment (office:annotation) marking the row confidential was published. */
    @Test
    void anOdsRowMarkedConfidentialOnlyInACellCommentIsHeldBack() throws Exception {
        StringBuilder rows = new StringBuilder(odsRow(InputFiles.HEADERS, -1, null));
        rows.append(odsRow(row("R-1", "Étude de regroupement des services 1", ""), -1, null));
        rows.append(odsRow(row("R-2", "Étude de regroupement des services 2", ""), 5,
                "<office:annotation><dc:creator>Acheteur</dc:creator><text:p>Confidentiel — dossier en négociation,</text:p>"
                + "<text:p>ne pas publier</text:p></office:annotation>"));
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">"
                + "<office:body><office:spreadsheet><table:table table:name=\"Besoins\">" + rows
                + "</table:table></office:spreadsheet></office:body></office:document-content>";
        Path f = dir.resolve("commentaire.ods");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
            byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            var e = new java.util.zip.ZipEntry("mimetype");
            e.setMethod(java.util.zip.ZipEntry.STORED);
            e.setSize(mime.length);
            var crc = new java.util.zip.CRC32();
            crc.update(mime);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertHeldBackByComment(InputFiles.read(f), "« Montant estimé »");
    }

    private static String odsRow(String[] values, int noteColumn, String note) {
        StringBuilder b = new StringBuilder("<table:table-row>");
        for (int c = 0; c < values.length; c++) {
            String v = values[c].replace("&", "&amp;").replace("<", "&lt;");
            b.append("<table:table-cell office:value-type=\"string\">").append(c == noteColumn ? note : "")
                    .append("<text:p>").append(v).append("</text:p></table:table-cell>");
        }
        return b.append("</table:table-row>").toString();
    }

    private static void assertHeldBackByComment(InputFiles.Read r, String column) {
        assertEquals("public", r.byReference("R-1").visibility());
        assertEquals("confidential", r.byReference("R-2").visibility());
        assertTrue(r.warnings().stream().anyMatch(w -> w.row() == 3 && w.reason().contains("commentaire de la cellule " + column)),
                r.warnings().toString());
    }

    /** Issue 22 (officer4): « sept-26 » is read as September 2026, then rejected as past: no « if right, nothing to do ». */
    @Test
    void aLaunchThatRejectsTheRowGetsNoRepairNote() throws Exception {
        String[] past = row("R-1", "Entretien des espaces verts", "");
        past[6] = "sept-26";
        String[] kept = row("R-2", "Entretien des fontaines", "");
        kept[6] = "juin-27";
        Path f = dir.resolve("ville-beaumont-sur-saone.csv");
        Files.writeString(f, csv(past, kept), StandardCharsets.UTF_8);
        InputFiles.Read r = InputFiles.read(f);
        assertTrue(r.rejects().stream().anyMatch(x -> x.row() == 2 && "Lancement".equals(x.column())), r.rejects().toString());
        assertTrue(r.warnings().stream().noneMatch(w -> w.row() == 2 && "Lancement".equals(w.column())), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.row() == 3 && "Lancement".equals(w.column())), r.warnings().toString());
    }
}

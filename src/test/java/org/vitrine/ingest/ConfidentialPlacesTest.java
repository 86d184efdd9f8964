package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.Run;
import org.vitrine.messages.Messages;
import org.vitrine.model.Reject;
import org.vitrine.normalise.Normaliser;

/**
 * Attacker A, failure 3: confidential markers in places no check read — a banner above the header, the sheet's name, a
 * column without header. Each holds back what it covers with the existing check (the title's stamp rule for the banner
 * and the sheet's name, the remark rule for a column no field reads); the look-alikes stay public.
 */
class ConfidentialPlacesTest {

    @TempDir
    Path tmp;

    static final String[] HEADER = {"Acheteur", "Objet", "Code CPV", "Montant estimé", "Lancement"};

    /** A sheet: its name, a text in A1 above the header (or null), two needs, the second with {@code extra} in column G (no header). */
    record Spec(String name, String banner, String extra, String footer) {
        Spec(String name, String banner, String extra) {
            this(name, banner, extra, null);
        }
    }

    private static String[][] rows(Spec s) {
        List<String[]> r = new ArrayList<>();
        if (s.banner() != null) {
            r.add(new String[] {s.banner()});
            r.add(new String[0]);
        }
        r.add(HEADER);
        r.add(new String[] {"Ville X", "Nettoyage des locaux " + s.name(), "90910000-9", "120 000 €", "T2 2027"});
        r.add(new String[] {"Ville X", "Tonte des pelouses " + s.name(), "77313000-7", "20 000 €", "T2 2027", null, s.extra()});
        if (s.footer() != null) {
            r.add(new String[0]);
            r.add(new String[] {s.footer()});
        }
        return r.toArray(String[][]::new);
    }

    private Path book(String format, List<Spec> sheets) throws Exception {
        Path f = tmp.resolve("ville-x." + format);
        if (format.equals("ods")) {
            StringBuilder t = new StringBuilder();
            for (Spec s : sheets) {
                t.append("<table:table table:name=\"").append(s.name()).append("\">");
                for (String[] row : rows(s)) {
                    List<String> cells = new ArrayList<>();
                    for (String v : row) {
                        cells.add(v == null ? Fixtures.cell(null, "", null) : Fixtures.cell("string", "", v));
                    }
                    t.append(Fixtures.row("", cells.toArray(String[]::new)));
                }
                t.append("</table:table>");
            }
            return Fixtures.ods(f, Fixtures.odsContent(t.toString()), false);
        }
        Workbook wb = format.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
        for (Spec s : sheets) {
            Sheet sheet = wb.createSheet(s.name());
            String[][] rows = rows(s);
            for (int i = 0; i < rows.length; i++) {
                var r = sheet.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    if (rows[i][c] != null) {
                        r.createCell(c).setCellValue(rows[i][c]);
                    }
                }
            }
        }
        return Fixtures.write(wb, f);
    }

    private List<Normaliser.Result> read(Path f) throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        var normaliser = org.vitrine.camel.Normalisers.forRun(run);
        List<Normaliser.Result> results = new ArrayList<>();
        new SpreadsheetSource().readFile(new SourceFile("tableurs", f, f.getFileName().toString()), run, raw -> results.add(normaliser.normalise(raw)));
        return results;
    }

    private static List<Normaliser.Result> ofSheet(List<Normaliser.Result> all, String sheet) {
        return all.stream().filter(r -> r.need().title().endsWith(" " + sheet)).toList();
    }

    private static List<Reject> told(List<Normaliser.Result> results, String start) {
        return results.stream().flatMap(r -> r.warnings().stream()).filter(w -> w.reason().startsWith(start)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "ods"})
    void aBannerAboveTheHeaderOrTheSheetsNameHoldsTheWholeSheetBackToldOnce(String format) throws Exception {
        List<Normaliser.Result> all = read(book(format, List.of(
                new Spec("Arbitrages", "DOCUMENT CONFIDENTIEL – NE PAS DIFFUSER", null),
                new Spec("CONFIDENTIEL arbitrages", null, null),
                new Spec("Notes", "Gestion des archives confidentielles", null),
                new Spec("Programme", "Marché non confidentiel", null))));
        assertEquals(8, all.size(), all.toString());
        for (String held : List.of("Arbitrages", "CONFIDENTIEL arbitrages")) {
            List<Normaliser.Result> rows = ofSheet(all, held);
            assertEquals(2, rows.size(), held);
            assertTrue(rows.stream().allMatch(r -> "confidential".equals(r.need().visibility())), held + " " + rows);
        }
        List<Reject> banner = told(all, "La cellule A1 de l’onglet « Arbitrages »");
        assertEquals(1, banner.size(), all.toString());
        assertTrue(banner.get(0).reason().toLowerCase(java.util.Locale.ROOT).contains("« ne pas diffuser »"), banner.get(0).reason());
        assertEquals(Integer.valueOf(1), banner.get(0).row());
        assertEquals(1, told(all, "Le nom de l’onglet « CONFIDENTIEL arbitrages »").size(), all.toString());
        for (String kept : List.of("Notes", "Programme")) {
            assertTrue(ofSheet(all, kept).stream().allMatch(r -> "public".equals(r.need().visibility())), kept + " " + ofSheet(all, kept));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "ods"})
    void aColumnWithoutHeaderSayingConfidentialHoldsItsRowBack(String format) throws Exception {
        List<Normaliser.Result> all = read(book(format, List.of(new Spec("Besoins", null, "CONFIDENTIEL"), new Spec("Autres", null, "non confidentiel"))));
        List<Normaliser.Result> rows = ofSheet(all, "Besoins");
        assertEquals("public", rows.get(0).need().visibility());
        assertEquals("confidential", rows.get(1).need().visibility(), rows.toString());
        assertEquals(1, told(rows, "La colonne G, sans en-tête, dit que le besoin est confidentiel").size(), rows.get(1).warnings().toString());
        assertTrue(ofSheet(all, "Autres").stream().allMatch(r -> "public".equals(r.need().visibility())), ofSheet(all, "Autres").toString());
    }

    /**
     * Attacker A, failure 3e, decided: a stamp shown only by the cell's text format (`"CONFIDENTIEL – "@`: Excel displays
     * « CONFIDENTIEL – Achat de licences ») is a stamp: the format's literal text is read with the cell, as displayed.
     * A literal that is no stamp (`"Réf. "@`) changes nothing. (In ods the paragraph read is already the text displayed.)
     * Not xlsx yet: fastexcel gives a text cell no format (only number cells carry one), see docs/HOSTILE.md 3e.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xls"})
    void aStampShownByTheTextFormatHoldsTheNeedBack(String format) throws Exception {
        Workbook wb = format.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
        Sheet sheet = wb.createSheet("Besoins");
        String[][] rows = {HEADER, {"Ville X", "Achat de licences", "48000000-8", "120 000 €", "T2 2027"},
            {"Ville X", "Tonte des pelouses", "77313000-7", "20 000 €", "T2 2027"}};
        String[] formats = {null, "\"CONFIDENTIEL – \"@", "\"Réf. \"@"};
        for (int i = 0; i < rows.length; i++) {
            var r = sheet.createRow(i);
            for (int c = 0; c < rows[i].length; c++) {
                var cell = r.createCell(c);
                cell.setCellValue(rows[i][c]);
                if (c == 1 && formats[i] != null) {
                    var style = wb.createCellStyle();
                    style.setDataFormat(wb.createDataFormat().getFormat(formats[i]));
                    cell.setCellStyle(style);
                }
            }
        }
        List<Normaliser.Result> all = read(Fixtures.write(wb, tmp.resolve("format." + format)));
        assertEquals(2, all.size(), all.toString());
        assertEquals("confidential", all.get(0).need().visibility(), all.get(0).warnings().toString());
        assertEquals(1, told(all.subList(0, 1), "La colonne « Objet » porte la mention « CONFIDENTIEL »").size(), all.get(0).warnings().toString());
        assertEquals("public", all.get(1).need().visibility(), all.get(1).warnings().toString());
        assertEquals("Tonte des pelouses", all.get(1).need().title());
    }

    /** The file read whole, then its records normalised, as the pipeline does (camel/Batches: a file's batches are made first). */
    private List<Normaliser.Result> readWhole(Path f) throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        var normaliser = org.vitrine.camel.Normalisers.forRun(run);
        List<org.vitrine.model.RawRecord> raws = new ArrayList<>();
        new SpreadsheetSource().readFile(new SourceFile("tableurs", f, f.getFileName().toString()), run, raws::add);
        return raws.stream().map(normaliser::normalise).filter(r -> r.need() != null).toList();
    }

    /**
     * Attacker B, failure 2c: « Document confidentiel – usage interne » in a row of its own below the data holds the whole
     * sheet back as the same words above the header do, told once, its rows read before it included; a note « NB : … » or
     * « Gestion des archives confidentielles » there changes nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "ods"})
    void aStampInARowBelowTheDataHoldsTheWholeSheetBackToldOnce(String format) throws Exception {
        List<Normaliser.Result> all = readWhole(book(format, List.of(
                new Spec("Pied", null, null, "Document confidentiel – usage interne"),
                new Spec("Fin", null, null, "NB : montants estimatifs"),
                new Spec("Archives", null, null, "Gestion des archives confidentielles"))));
        List<Normaliser.Result> held = ofSheet(all, "Pied");
        assertEquals(2, held.size(), all.toString());
        assertTrue(held.stream().allMatch(r -> "confidential".equals(r.need().visibility())), held.toString());
        List<Reject> footer = told(all, "La cellule A5 de l’onglet « Pied », sous les en-têtes");
        assertEquals(1, footer.size(), all.toString());
        assertEquals(Integer.valueOf(5), footer.get(0).row());
        for (String kept : List.of("Fin", "Archives")) {
            assertEquals(2, ofSheet(all, kept).size(), kept);
            assertTrue(ofSheet(all, kept).stream().allMatch(r -> "public".equals(r.need().visibility())), kept + " " + ofSheet(all, kept));
        }
    }
}

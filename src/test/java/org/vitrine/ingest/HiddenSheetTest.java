package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.config.ConfigLoader;
import org.vitrine.config.InputLimits;
import org.vitrine.context.Run;
import org.vitrine.messages.Messages;
import org.vitrine.model.RawRecord;
import org.vitrine.model.Reject;
import org.vitrine.normalise.Normaliser;

/**
 * Issue 16 (eighth attack, still open): a hidden sheet « Interne » was read and its needs published. Decided as a DPO
 * would: a sheet the buyer hid is not read (xlsx, xls, ods alike), named in run-report.json and told to the buyer
 * (file-level warning in rejects.csv and feedback/), so that the buyer unhides it if its needs are meant to be public.
 */
class HiddenSheetTest {

    @TempDir
    Path tmp;

    /** RecordingSink, plus the hidden sheets it is told of. */
    static final class Sink extends RecordingSink {
        final List<String> hidden = new ArrayList<>();

        @Override
        public void hiddenSheet(String name) {
            hidden.add(name);
        }
    }

    static final String[] HEADER = {"Acheteur", "Objet", "Code CPV", "Montant estimé", "Lancement"};

    /** A run on the examples' configuration, in French, for 2027 as of 26 November 2026. */
    private static Run newRun() throws Exception {
        return new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
    }

    /** The file's rows read and normalised as the pipeline does (camel/Normalisers), one result a row. */
    private static List<Normaliser.Result> normalised(Path f, Run run) throws Exception {
        var normaliser = org.vitrine.camel.Normalisers.forRun(run);
        List<Normaliser.Result> results = new ArrayList<>();
        new SpreadsheetSource().readFile(new SourceFile("tableurs", f, f.getFileName().toString()), run, raw -> results.add(normaliser.normalise(raw)));
        return results;
    }

    /** The file's one need, held back as confidential, and the one warning that says so (« … confidentiel … »). */
    private static Reject toldConfidential(Path f, Run run, String format) throws Exception {
        List<Normaliser.Result> results = normalised(f, run);
        assertEquals(1, results.size(), format + " " + results);
        assertEquals("confidential", results.get(0).need().visibility(), format);
        List<Reject> told = results.get(0).warnings().stream().filter(w -> w.reason().contains("confidentiel")).toList();
        assertEquals(1, told.size(), format + " " + results.get(0).warnings());
        return told.get(0);
    }

    /** The sheet's hidden row (line 3, « Audit interne des dépenses »): held back as internal, and the one warning that says so. */
    private static Reject heldBackAsHiddenRow(Normaliser.Result held, Path f) {
        assertEquals("Audit interne des dépenses", held.need().title(), f.toString());
        assertEquals("internal", held.need().visibility(), f.toString());
        List<Reject> told = held.warnings().stream().filter(w -> w.reason().startsWith("Ligne masquée dans le tableur")).toList();
        assertEquals(1, told.size(), f + " " + held.warnings());
        assertEquals(Integer.valueOf(3), told.get(0).row(), f.toString());
        return told.get(0);
    }

    private static void fill(Sheet s, String title) {
        row(s, 0, HEADER);
        row(s, 1, "Ville X", title, "90910000-9", "120 000 €", "T2 2027");
    }

    /** An ods row ({@code attrs} on its element), its cells the texts given, as strings, from column A on. */
    private static String odsRow(String attrs, String... texts) {
        return Fixtures.row(attrs, java.util.Arrays.stream(texts).map(t -> Fixtures.cell("string", "", t)).toArray(String[]::new));
    }

    /** Row {@code index} of the sheet (0 the first), its cells the texts given from column A on. */
    private static Row row(Sheet s, int index, String... texts) {
        Row r = s.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            r.createCell(i).setCellValue(texts[i]);
        }
        return r;
    }

    private Path workbook(Workbook wb, String name, boolean veryHidden) throws Exception {
        fill(wb.createSheet("Besoins"), "Nettoyage des locaux");
        fill(wb.createSheet("Interne"), "Audit interne des dépenses");
        wb.setSheetVisibility(1, veryHidden ? org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN
                : org.apache.poi.ss.usermodel.SheetVisibility.HIDDEN);
        return Fixtures.write(wb, tmp.resolve(name));
    }

    private Path ods() throws Exception {
        String header = odsRow("", HEADER);
        String visible = "<table:table table:name=\"Besoins\" table:style-name=\"ta1\">" + header
                + odsRow("", "Ville X", "Nettoyage des locaux", "90910000-9", "120 000 €", "T2 2027")
                + "</table:table>";
        String hidden = visible.replace("Besoins", "Interne").replace("ta1", "ta2").replace("Nettoyage des locaux", "Audit interne des dépenses");
        String content = Fixtures.odsContent(visible + hidden).replace("<office:body>",
                "<office:automatic-styles>"
                        + "<style:style style:name=\"ta1\" style:family=\"table\"><style:table-properties table:display=\"true\"/></style:style>"
                        + "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>"
                        + "</office:automatic-styles><office:body>")
                .replace(" office:version=", " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" office:version=");
        return Fixtures.ods(tmp.resolve("interne.ods"), content, false);
    }

    @Test
    void aHiddenSheetIsNotReadInXlsxXlsOrOds() throws Exception {
        List<Path> files = List.of(workbook(new XSSFWorkbook(), "interne.xlsx", false), workbook(new XSSFWorkbook(), "tres.xlsx", true),
                workbook(new HSSFWorkbook(), "interne.xls", false), workbook(new HSSFWorkbook(), "tres.xls", true), ods());
        for (Path f : files) {
            Sink sink = new Sink();
            SpreadsheetReaders.read(f, InputLimits.defaults(), sink);
            assertEquals(List.of("Besoins"), sink.sheets, f.toString());
            assertEquals(List.of("Interne"), sink.hidden, f.toString());
            assertTrue(sink.rows.stream().noneMatch(r -> "Audit interne des dépenses".equals(r.text(1))), f.toString());
        }
    }

    /** A row hidden in the visible sheet: read, held back as internal, told to the buyer (xlsx, xls, ods). */
    @Test
    void aHiddenRowIsReadButItsNeedHeldBackAndTold() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Workbook wb : List.<Workbook>of(new XSSFWorkbook(), new HSSFWorkbook())) {
            Sheet s = wb.createSheet("Besoins");
            fill(s, "Nettoyage des locaux");
            row(s, 2, "Ville X", "Audit interne des dépenses", "79212000-3", "50 000 €", "T3 2027").setZeroHeight(true);
            files.add(Fixtures.write(wb, tmp.resolve(wb instanceof XSSFWorkbook ? "ligne.xlsx" : "ligne.xls")));
        }
        String header = odsRow("", HEADER);
        String visible = odsRow("", "Ville X", "Nettoyage des locaux", "90910000-9", "120 000 €", "T2 2027");
        String hidden = odsRow(" table:visibility=\"collapse\"", "Ville X", "Audit interne des dépenses", "79212000-3", "50 000 €", "T3 2027");
        files.add(Fixtures.ods(tmp.resolve("ligne.ods"),
                Fixtures.odsContent("<table:table table:name=\"Besoins\">" + header + visible + hidden + "</table:table>"), false));
        for (Path f : files) {
            List<Normaliser.Result> results = normalised(f, newRun());
            assertEquals(2, results.size(), f + " " + results);
            assertEquals("public", results.get(0).need().visibility(), f.toString());
            assertTrue(results.get(0).warnings().stream().noneMatch(w -> w.reason().startsWith("Ligne masquée")), f.toString());
            Reject told = heldBackAsHiddenRow(results.get(1), f);
            assertEquals("Objet", told.column(), f.toString());
        }
    }

    @Test
    void theHiddenSheetIsNamedInTheRunReportAndToldToTheBuyer() throws Exception {
        Path f = workbook(new XSSFWorkbook(), "ville-x.xlsx", false);
        Run run = newRun();
        List<RawRecord> read = new ArrayList<>();
        new SpreadsheetSource().readFile(new SourceFile("tableurs", f, "ville-x.xlsx"), run, read::add);
        assertEquals(1, read.size(), read.toString());
        assertEquals(java.util.Map.of("ville-x.xlsx", java.util.Set.of("Interne")), run.report().hiddenSheets());
        List<Reject> told = run.report().rejects().stream().filter(r -> "Interne".equals(r.sheet())).toList();
        assertEquals(1, told.size(), run.report().rejects().toString());
        assertTrue(told.get(0).isWarning());
        assertEquals("Onglet masqué « Interne » non lu : un onglet masqué n’est jamais publié", told.get(0).reason());
        assertTrue(told.get(0).fix().startsWith("Si ses besoins doivent être publiés, affichez l’onglet"), told.get(0).fix());
    }

    /**
     * A hidden xlsx column (attacker Y3: published with no word while hidden rows are held back). Decided as an officer
     * would: read and published like the others (holding it back would reject every row whose title or CPV it holds),
     * and the buyer told which file, column letter and header, as a hidden row or sheet is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xlsx-zero-width", "xls", "xls-zero-width"})
    void aHiddenColumnIsReadAndToldToTheBuyerWithItsLetterAndHeader(String format) throws Exception {
        String ext = format.split("-")[0];
        Workbook wb = ext.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
        Sheet s = wb.createSheet("Besoins");
        fill(s, "Nettoyage des locaux");
        if (format.endsWith("zero-width")) {
            s.setColumnWidth(2, 0); // « hidden » by dragging the column to nothing
        } else {
            s.setColumnHidden(2, true);
        }
        Path f = Fixtures.write(wb, tmp.resolve("colonne." + ext));
        Run run = newRun();
        List<RawRecord> read = new ArrayList<>();
        new SpreadsheetSource().readFile(new SourceFile("tableurs", f, "colonne." + ext), run, read::add);
        assertEquals(1, read.size(), read.toString());
        assertEquals("90910000-9", read.get(0).get("cpv").text(), "the hidden column is read");
        List<Reject> told = run.report().rejects().stream().filter(r -> r.reason().startsWith("Colonne masquée")).toList();
        assertEquals(1, told.size(), run.report().rejects().toString());
        assertTrue(told.get(0).isWarning());
        assertEquals("colonne." + ext, told.get(0).file());
        assertEquals("Colonne masquée C « Code CPV » lue : ses cellules sont publiées comme celles des colonnes visibles", told.get(0).reason());
        assertTrue(told.get(0).fix().contains("supprimez-la du fichier"), told.get(0).fix());
        // a visible column is not told
        Workbook plain = ext.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
        fill(plain.createSheet("Besoins"), "Nettoyage des locaux");
        Path g = Fixtures.write(plain, tmp.resolve("visible." + ext));
        Run again = newRun();
        new SpreadsheetSource().readFile(new SourceFile("tableurs", g, "visible." + ext), again, r -> { });
        assertTrue(again.report().rejects().stream().noneMatch(r -> r.reason().startsWith("Colonne masquée")), again.report().rejects().toString());
    }

    /** ods: a column hidden by hand (« collapse ») is read and told like xlsx's and xls's; trailing repeated columns count. */
    @Test
    void aHiddenOdsColumnIsToldWithItsLetterAndHeader() throws Exception {
        String header = odsRow("", HEADER);
        String visible = odsRow("", "Ville X", "Nettoyage des locaux", "90910000-9", "120 000 €", "T2 2027");
        String columns = "<table:table-column table:number-columns-repeated=\"2\"/>"
                + "<table:table-column table:visibility=\"collapse\"/><table:table-column table:number-columns-repeated=\"16381\"/>";
        Path f = Fixtures.ods(tmp.resolve("colonne.ods"),
                Fixtures.odsContent("<table:table table:name=\"Besoins\">" + columns + header + visible + "</table:table>"), false);
        Run run = newRun();
        List<RawRecord> read = new ArrayList<>();
        new SpreadsheetSource().readFile(new SourceFile("tableurs", f, "colonne.ods"), run, read::add);
        assertEquals(1, read.size(), read.toString());
        assertEquals("90910000-9", read.get(0).get("cpv").text(), "the hidden column is read");
        List<Reject> told = run.report().rejects().stream().filter(r -> r.reason().startsWith("Colonne masquée")).toList();
        assertEquals(1, told.size(), run.report().rejects().toString());
        assertEquals("Colonne masquée C « Code CPV » lue : ses cellules sont publiées comme celles des colonnes visibles", told.get(0).reason());
        // the same sheet without the collapsed column is not told
        Path g = Fixtures.ods(tmp.resolve("visible.ods"), Fixtures.odsContent("<table:table table:name=\"Besoins\">"
                + columns.replace(" table:visibility=\"collapse\"", "") + header + visible + "</table:table>"), false);
        Run again = newRun();
        new SpreadsheetSource().readFile(new SourceFile("tableurs", g, "visible.ods"), again, r -> { });
        assertTrue(again.report().rejects().stream().noneMatch(r -> r.reason().startsWith("Colonne masquée")), again.report().rejects().toString());
    }

    /** A hidden « Remarques » column: staff comments are never published, so the buyer is not told they are (attacker Z). */
    @Test
    void aHiddenRemarksColumnIsNotToldAsPublished() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Besoins");
        fill(s, "Nettoyage des locaux");
        s.getRow(0).createCell(5).setCellValue("Remarques");
        s.getRow(1).createCell(5).setCellValue("à revoir avec la DAF");
        s.setColumnHidden(5, true);
        s.setColumnHidden(2, true);
        Path f = Fixtures.write(wb, tmp.resolve("remarques.xlsx"));
        Run run = newRun();
        new SpreadsheetSource().readFile(new SourceFile("tableurs", f, "remarques.xlsx"), run, r -> { });
        List<String> told = run.report().rejects().stream().map(Reject::reason).filter(r -> r.startsWith("Colonne masquée")).toList();
        assertEquals(List.of("Colonne masquée C « Code CPV » lue : ses cellules sont publiées comme celles des colonnes visibles"), told);
    }

    /**
     * A hidden column with no header of its own, under a header merged over it and a visible column (attacker Z, failure
     * 3: I1:J1 « Contact » with J hidden, B1:C1 « Objet » with C hidden), or with its own header, says CONFIDENTIEL: the
     * need is held back, and the buyer is told the column's letter and that it is hidden (« La colonne « Contact » dit… »
     * sent them to the visible Contact cells, which hold no such text), in xlsx, xls and ods alike.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx-title", "xlsx-contact", "xlsx-own", "xls-title", "xls-contact", "xls-own", "ods-title", "ods-contact", "ods-own"})
    void aHiddenColumnSayingConfidentialIsToldByItsLetter(String format) throws Exception {
        String ext = format.split("-")[0];
        String layout = format.split("-")[1];
        // A Acheteur, B Objet, C (under Objet), D Code CPV, E Montant estimé, F Lancement, G Contact, H (under Contact)
        String[] header = {"Acheteur", "Objet", null, "Code CPV", "Montant estimé", "Lancement", "Contact", null};
        String[] values = {"Ville X", "Nettoyage des locaux", null, "90910000-9", "120 000 €", "T2 2027", "achats@ville-x.fr", null};
        int hidden = layout.equals("title") ? 2 : 7;
        values[hidden] = "CONFIDENTIEL : budget réel 2,3 M€";
        boolean merged = !layout.equals("own");
        if (!merged) {
            header[hidden] = "Notes internes";
        }
        Path f = mergedSheet(ext, header, values, merged ? hidden - 1 : -1, hidden);
        Run run = newRun();
        Reject told = toldConfidential(f, run, format);
        String letter = hidden == 2 ? "C" : "H";
        String expected = merged
                ? "La colonne masquée " + letter + ", sous l’en-tête fusionné « " + header[hidden - 1] + " », dit que le besoin est confidentiel : il n’est pas publié."
                : "La colonne masquée H « Notes internes » dit que le besoin est confidentiel : il n’est pas publié.";
        assertEquals(expected, told.reason(), format);
        assertTrue(told.fix().startsWith("Affichez la colonne " + letter + " (clic droit sur les lettres des colonnes"), told.fix());
        assertEquals(Integer.valueOf(2), told.row(), format);
        // the file's line: not « Colonne « Contact » ignorée : elle n'est pas reconnue » while the visible Contact is read
        java.util.Set<String> ignored = run.report().unknownColumns().getOrDefault(f.getFileName().toString(), java.util.Set.of());
        List<String> fileLines = run.report().rejects().stream().filter(r -> r.row() == null).map(Reject::reason).toList();
        if (merged) {
            assertTrue(ignored.isEmpty(), format + " " + ignored);
            assertEquals(List.of("Colonne masquée " + letter + ", sous l’en-tête fusionné « " + header[hidden - 1]
                    + " », ignorée : son contenu n’est pas publié."), fileLines, format);
        } else {
            assertEquals(java.util.Set.of("Notes internes"), ignored, format);
            assertEquals(List.of(), fileLines, format);
        }
    }

    /**
     * A visible column with no header of its own under a merged header (B1:C1 « Objet », H under G1:H1 « Contact »;
     * attacker Z's files2/m5-merged-objet-visible.xlsx): told by its letter, « Colonne C, sous l'en-tête fusionné « Objet »,
     * ignorée », not « Colonne « Objet » ignorée : elle n'est pas reconnue » while the Objet of B is read; and a
     * CONFIDENTIEL there names the letter too, in xlsx, xls and ods alike.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx-title", "xlsx-contact", "xls-title", "xls-contact", "ods-title", "ods-contact"})
    void aVisibleColumnUnderAMergedHeaderIsToldByItsLetter(String format) throws Exception {
        String ext = format.split("-")[0];
        String[] header = {"Acheteur", "Objet", null, "Code CPV", "Montant estimé", "Lancement", "Contact", null};
        String[] values = {"Ville X", "Nettoyage des locaux", null, "90910000-9", "120 000 €", "T2 2027", "achats@ville-x.fr", null};
        int under = format.endsWith("title") ? 2 : 7;
        String letter = under == 2 ? "C" : "H";
        values[under] = "CONFIDENTIEL : budget réel 2,3 M€";
        Path f = mergedSheet(ext, header, values, under - 1, -1);
        Run run = newRun();
        Reject told = toldConfidential(f, run, format);
        assertEquals("La colonne " + letter + ", sous l’en-tête fusionné « " + header[under - 1]
                + " », dit que le besoin est confidentiel : il n’est pas publié.", told.reason(), format);
        assertEquals("S’il peut être publié, retirez la mention de confidentialité de la colonne " + letter
                + " (elle prime sur la colonne de diffusion).", told.fix(), format);
        java.util.Set<String> ignored = run.report().unknownColumns().getOrDefault(f.getFileName().toString(), java.util.Set.of());
        assertTrue(ignored.isEmpty(), format + " " + ignored);
        List<Reject> fileLines = run.report().rejects().stream().filter(r -> r.row() == null).toList();
        assertEquals(List.of("Colonne " + letter + ", sous l’en-tête fusionné « " + header[under - 1]
                + " », ignorée : son contenu n’est pas publié."), fileLines.stream().map(Reject::reason).toList(), format);
        assertEquals("Si elle contient une information à publier, donnez à la colonne " + letter
                + " son propre en-tête comme dans le modèle (vitrine template) ; sinon, supprimez-la.", fileLines.get(0).fix(), format);
        assertTrue(fileLines.get(0).isWarning(), format);
        // a plain sheet: no such line
        String[] plainHeader = header.clone();
        plainHeader[under] = "Zone libre";
        Run again = newRun();
        Path g = mergedSheet(ext, plainHeader, values, -1, -1);
        new SpreadsheetSource().readFile(new SourceFile("tableurs", g, g.getFileName().toString()), again, r -> { });
        assertEquals(java.util.Set.of("Zone libre"), again.report().unknownColumns().get(g.getFileName().toString()), format + " " + again.report().unknownColumns());
    }

    /** A one-need sheet: the header merged over mergedAt and its right neighbour (none when -1), the column hidden hidden (none when -1). */
    private Path mergedSheet(String ext, String[] header, String[] values, int mergedAt, int hidden) throws Exception {
        Path f;
        boolean merged = mergedAt >= 0;
        if (ext.equals("ods")) {
            StringBuilder h = new StringBuilder("<table:table-row>");
            StringBuilder v = new StringBuilder("<table:table-row>");
            for (int c = 0; c < header.length; c++) {
                boolean spans = merged && c == mergedAt;
                boolean covered = merged && c == mergedAt + 1;
                h.append(covered ? "<table:covered-table-cell/>"
                        : Fixtures.cell("string", spans ? " table:number-columns-spanned=\"2\"" : "", header[c]));
                v.append(Fixtures.cell("string", "", values[c]));
            }
            String columns = hidden < 0 ? "<table:table-column table:number-columns-repeated=\"16384\"/>"
                    : "<table:table-column table:number-columns-repeated=\"" + hidden + "\"/>"
                    + "<table:table-column table:visibility=\"collapse\"/><table:table-column table:number-columns-repeated=\"" + (16383 - hidden) + "\"/>";
            f = Fixtures.ods(tmp.resolve("fusion.ods"), Fixtures.odsContent("<table:table table:name=\"Besoins\">" + columns
                    + h + "</table:table-row>" + v + "</table:table-row></table:table>"), false);
        } else {
            Workbook wb = ext.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
            Sheet s = wb.createSheet("Besoins");
            var h = s.createRow(0);
            var v = s.createRow(1);
            for (int c = 0; c < header.length; c++) {
                if (header[c] != null) {
                    h.createCell(c).setCellValue(header[c]);
                }
                if (values[c] != null) {
                    v.createCell(c).setCellValue(values[c]);
                }
            }
            if (merged) {
                s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, mergedAt, mergedAt + 1));
            }
            if (hidden >= 0) {
                s.setColumnHidden(hidden, true);
            }
            f = Fixtures.write(wb, tmp.resolve("fusion." + ext));
        }
        return f;
    }

    /**
     * ods: a column dragged to zero width (its style's column-width « 0cm », « 0in »…) is hidden as LibreOffice shows it,
     * and told like a collapsed column, an xlsx width 0 and an xls width 0 (attacker Z, files2/o9-width0.ods: silent).
     */
    @ParameterizedTest
    @ValueSource(strings = {"0cm", "0in", "0.000mm", "0pt"})
    void aZeroWidthOdsColumnIsToldAsHidden(String width) throws Exception {
        String header = odsRow("", HEADER);
        String visible = odsRow("", "Ville X", "Nettoyage des locaux", "90910000-9", "120 000 €", "T2 2027");
        java.util.function.Function<String, String> content = w -> Fixtures.odsContent("<table:table table:name=\"Besoins\">"
                + "<table:table-column table:style-name=\"co1\" table:number-columns-repeated=\"2\"/><table:table-column table:style-name=\"co0\"/>"
                + "<table:table-column table:style-name=\"co1\" table:number-columns-repeated=\"16381\"/>" + header + visible + "</table:table>")
                .replace("<office:body>", "<office:automatic-styles>"
                        + "<style:style style:name=\"co0\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"" + w + "\"/></style:style>"
                        + "<style:style style:name=\"co1\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"2.258cm\"/></style:style>"
                        + "</office:automatic-styles><office:body>")
                .replace(" office:version=", " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" office:version=");
        Path f = Fixtures.ods(tmp.resolve("largeur.ods"), content.apply(width), false);
        Run run = newRun();
        List<RawRecord> read = new ArrayList<>();
        new SpreadsheetSource().readFile(new SourceFile("tableurs", f, "largeur.ods"), run, read::add);
        assertEquals(1, read.size(), read.toString());
        assertEquals("90910000-9", read.get(0).get("cpv").text(), "the hidden column is read");
        List<String> told = run.report().rejects().stream().map(Reject::reason).filter(r -> r.startsWith("Colonne masquée")).toList();
        assertEquals(List.of("Colonne masquée C « Code CPV » lue : ses cellules sont publiées comme celles des colonnes visibles"), told);
        // a narrow column that is still seen is not told
        Path g = Fixtures.ods(tmp.resolve("etroite.ods"), content.apply("0.1cm"), false);
        Run again = newRun();
        new SpreadsheetSource().readFile(new SourceFile("tableurs", g, "etroite.ods"), again, r -> { });
        assertTrue(again.report().rejects().stream().noneMatch(r -> r.reason().startsWith("Colonne masquée")), again.report().rejects().toString());
    }

    /**
     * Attacker A, failure 4: a row dragged to zero height (xlsx `ht="0" customHeight="1"` without `hidden`, an xls row of
     * height 0 without its zero-height flag, an ods row whose style's row-height is « 0cm ») was published; Excel and
     * LibreOffice show it hidden, and hidden rows are held back. Held back and told like a hidden row.
     */
    @Test
    void aZeroHeightRowIsHeldBackAsAHiddenRow() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Workbook wb : List.<Workbook>of(new XSSFWorkbook(), new HSSFWorkbook())) {
            Sheet s = wb.createSheet("Besoins");
            fill(s, "Nettoyage des locaux");
            row(s, 2, "Ville X", "Audit interne des dépenses", "79212000-3", "50 000 €", "T3 2027")
                    .setHeight((short) 0); // no hidden flag: only the height
            // a low row that is still seen stays public
            row(s, 3, "Ville X", "Tonte des pelouses", "77313000-7", "20 000 €", "T2 2027").setHeight((short) 60);
            files.add(Fixtures.write(wb, tmp.resolve(wb instanceof XSSFWorkbook ? "hauteur.xlsx" : "hauteur.xls")));
        }
        String header = odsRow("", HEADER);
        String visible = odsRow(" table:style-name=\"ro1\"", "Ville X", "Nettoyage des locaux", "90910000-9", "120 000 €", "T2 2027");
        String flat = odsRow(" table:style-name=\"ro0\"", "Ville X", "Audit interne des dépenses", "79212000-3", "50 000 €", "T3 2027");
        String low = odsRow(" table:style-name=\"ro2\"", "Ville X", "Tonte des pelouses", "77313000-7", "20 000 €", "T2 2027");
        String content = Fixtures.odsContent("<table:table table:name=\"Besoins\">" + header + visible + flat + low + "</table:table>")
                .replace("<office:body>", "<office:automatic-styles>"
                        + "<style:style style:name=\"ro0\" style:family=\"table-row\"><style:table-row-properties style:row-height=\"0cm\"/></style:style>"
                        + "<style:style style:name=\"ro1\" style:family=\"table-row\"><style:table-row-properties style:row-height=\"0.452cm\"/></style:style>"
                        + "<style:style style:name=\"ro2\" style:family=\"table-row\"><style:table-row-properties style:row-height=\"0.1cm\"/></style:style>"
                        + "</office:automatic-styles><office:body>")
                .replace(" office:version=", " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" office:version=");
        files.add(Fixtures.ods(tmp.resolve("hauteur.ods"), content, false));
        for (Path f : files) {
            List<Normaliser.Result> results = normalised(f, newRun());
            assertEquals(3, results.size(), f + " " + results);
            assertEquals("public", results.get(0).need().visibility(), f.toString());
            Reject told = heldBackAsHiddenRow(results.get(1), f);
            assertEquals("public", results.get(2).need().visibility(), f + " a low row is seen");
        }
    }

    /**
     * Attacker B, failure 2a: a sheet whose {@code <sheetFormatPr zeroHeight="1">} makes every row without a height of its own
     * of height zero (Excel shows them hidden, no flag on the rows): such a row is held back and told as a hidden row; a row with
     * its own height is seen, and {@code zeroHeight="0"} hides nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1", "true", " 1 ", "0", "false"})
    void aRowWithoutItsOwnHeightInASheetOfZeroHeightByDefaultIsHeldBack(String zeroHeight) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Defaut");
        fill(s, "Nettoyage des locaux");
        s.getRow(0).setHeight((short) 300);
        s.getRow(1).setHeight((short) 300);
        row(s, 2, "Ville X", "Audit interne des dépenses", "79212000-3", "50 000 €", "T3 2027"); // no height of its own
        Path f = Fixtures.write(wb, tmp.resolve("defaut.xlsx"));
        Path patched = tmp.resolve("defaut-" + zeroHeight.strip() + ".xlsx");
        rewriteEntry(f, patched, "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<sheetFormatPr ([^>]*)/>", "<sheetFormatPr $1 zeroHeight=\"" + zeroHeight + "\"/>"));
        List<Normaliser.Result> results = normalised(patched, newRun());
        assertEquals(2, results.size(), results.toString());
        assertEquals("public", results.get(0).need().visibility(), "a row of its own height is seen");
        if (SheetBytes.zeroHeightByDefault(zeroHeight)) {
            heldBackAsHiddenRow(results.get(1), patched);
        } else {
            assertEquals("public", results.get(1).need().visibility(), "zeroHeight=" + zeroHeight + " hides nothing");
        }
    }

    /** A copy of the zip {@code from} with one entry's text rewritten. */
    private static void rewriteEntry(Path from, Path to, String entry, java.util.function.UnaryOperator<String> edit) throws Exception {
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(from.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(to))) {
            for (var en = in.entries(); en.hasMoreElements();) {
                java.util.zip.ZipEntry e = en.nextElement();
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) {
                    String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    String edited = edit.apply(xml);
                    assertTrue(!edited.equals(xml), "the entry was rewritten: " + xml);
                    bytes = edited.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}

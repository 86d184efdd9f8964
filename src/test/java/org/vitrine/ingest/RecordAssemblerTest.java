package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.config.ConfigLoader;
import org.vitrine.model.FileCounts;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;

/** Header detection and row assembly (CONTRACT §3), on rows as a reader hands them over. */
class RecordAssemblerTest {

    final List<RawRecord> records = new ArrayList<>();
    final FileCounts counts = new FileCounts("s", "f.xlsx");

    RecordAssembler assembler(Map<String, RawCell> defaults) throws Exception {
        var columns = ConfigLoader.load(Path.of("config")).columns();
        return new RecordAssembler("s", "f.xlsx", columns, counts, defaults, records::add);
    }

    static List<RawCell> row(Object... values) {
        List<RawCell> cells = new ArrayList<>();
        for (Object v : values) {
            cells.add(v == null ? null : v instanceof Double d ? RawCell.number(d) : RawCell.text(v.toString()));
        }
        return cells;
    }

    @Test
    void findsTheHeaderBelowTitleRowsWhateverItsSpelling() throws Exception {
        RecordAssembler a = assembler(Map.of());
        a.startSheet("Besoins");
        a.row(1, row("Programmation des achats 2027"));
        a.row(3, row("OBJET DU MARCHÉ", "code cpv", "Montant (€ HT)", "Lancement", "Colonne perso"));
        a.row(4, row("Nettoyage", "90910000-9", 120000.0, "T2 2027", "x"));
        a.endSheet();
        assertEquals(1, records.size());
        RawRecord r = records.get(0);
        assertEquals(4, r.location().row());
        assertEquals("Nettoyage", r.get("title").text());
        assertEquals("OBJET DU MARCHÉ", r.header("title"));
        assertEquals(120000.0, r.get("amount").number());
        assertEquals(List.of("Colonne perso"), new ArrayList<>(a.unknownHeaders()));
        assertTrue(a.foundHeader());
    }

    @Test
    void countsBlankAndSummaryRowsApart() throws Exception {
        RecordAssembler a = assembler(Map.of());
        a.startSheet("S");
        a.row(1, row("Objet", "CPV", "Montant", "Lancement"));
        a.row(2, row("A", "90910000-9", 1.0, "2027"));
        a.row(3, Arrays.asList(null, RawCell.text("  "), null));
        a.row(4, row(null, "90910000-9", 5.0, null));
        a.row(5, List.of(RawCell.text("Total"), RawCell.text(""), RawCell.number(10).withFormula("SUM(C2:C4)")));
        a.row(6, List.of(RawCell.text(""), RawCell.text(""), RawCell.number(10).withFormula("SOMME(C2:C4)")));
        a.endSheet();
        assertEquals(1, counts.blankRows);
        assertEquals(2, counts.summaryRows);
        assertEquals(2, counts.rowsRead, "row 4 has no title but is not a total: it is read (and will be rejected)");
        // each named, to be told to the buyer (officer Z2, N2)
        assertEquals(List.of(new org.vitrine.model.IgnoredRow("S", 5, "total", "Total"), new org.vitrine.model.IgnoredRow("S", 6, "total", "10")),
                a.ignoredRows());
    }

    /** The officer's files: « TOTAL » in the reference column (column A), « Total » in the buyer column, no title. */
    @Test
    void aTotalWrittenInTheBuyerOrReferenceColumnIsASummaryRowNotABuyer() throws Exception {
        RecordAssembler a = assembler(Map.of());
        a.startSheet("S");
        a.row(1, row("Référence", "Acheteur", "Objet", "Montant", "Lancement"));
        a.row(2, row("VB-01", "Ville", "Nettoyage", 120000.0, "T2 2027"));
        a.row(3, row("TOTAL", null, null, 120000.0, null));
        a.row(4, row(null, "Total", null, 120000.0, null));
        a.row(5, row("VB-02", "Total Énergies", "Carburant", 80000.0, "T3 2027"));
        a.endSheet();
        assertEquals(2, counts.summaryRows);
        assertEquals(List.of("Nettoyage", "Carburant"), records.stream().map(r -> r.get("title").text()).toList(),
                "a row with a title is a need, whatever its buyer's name");
    }

    @Test
    void skipsSheetsWithoutHeaderAndKeepsTheFirstRowForTheMessage() throws Exception {
        RecordAssembler a = assembler(Map.of());
        a.startSheet("Notes");
        a.row(1, row("Nom", "Téléphone"));
        a.row(2, row("Alice", "01"));
        a.endSheet();
        assertFalse(a.foundHeader());
        assertEquals(List.of("Notes"), a.skippedSheets());
        assertEquals(List.of("Nom", "Téléphone"), a.firstRowSeen());
        assertEquals(0, counts.rowsRead);
    }

    @Test
    void fillsTheBuyerFromTheFileNameWhenTheRowHasNone() throws Exception {
        RecordAssembler a = assembler(Map.of("buyer", RawCell.text("ville-exemple")));
        a.startSheet("S");
        a.row(1, row("Objet", "CPV"));
        a.row(2, row("A", "90910000-9"));
        a.endSheet();
        assertEquals("ville-exemple", records.get(0).get("buyer").text());
        assertTrue(a.missingRequired().containsAll(List.of("amount", "launch")));
    }

    /** The officer's file: « Calendrier » over « Lancement » / « Notification »; the launch column was « missing ». */
    @Test
    void aHeaderOverTwoRowsIsJoined() throws Exception {
        RecordAssembler a = assembler(Map.of());
        a.startSheet("S");
        // as an xlsx gives it: the vertical merges copied down, the group copied across
        a.row(1, row("Objet", "CPV", "Montant", "Calendrier", "Calendrier"));
        a.row(2, row("Objet", "CPV", "Montant", "Lancement", "Notification"));
        a.row(3, row("Nettoyage", "90910000-9", 120000.0, "T2 2027", "T4 2027"));
        a.endSheet();
        assertEquals(1, records.size(), "the second header row is no need");
        assertEquals(1, counts.rowsRead);
        RawRecord r = records.get(0);
        assertEquals("T2 2027", r.get("launch").text());
        assertEquals("T4 2027", r.get("notification").text());
        assertEquals("Lancement", r.header("launch"));
        assertTrue(a.absentRequired().isEmpty(), a.absentRequired().toString());
        assertTrue(a.unknownHeaders().isEmpty(), "the group label is no unknown column: " + a.unknownHeaders());
    }

    @Test
    void aHeaderOverTwoRowsIsJoinedInACsvToo() throws Exception {
        RecordAssembler a = assembler(Map.of());
        a.startSheet("S");
        // as a CSV gives it: each label once, the others blank; « Montant » only on the first row
        a.row(1, row("Objet", "CPV", "Montant", "Calendrier", null, "Observations"));
        a.row(2, row(null, null, null, "Lancement", "Notification", null));
        a.row(3, row("Nettoyage", "90910000-9", 120000.0, "T2 2027", "T4 2027", "RAS"));
        a.endSheet();
        assertEquals(1, records.size());
        assertEquals("T2 2027", records.get(0).get("launch").text());
        assertTrue(a.absentRequired().isEmpty(), a.absentRequired().toString());
    }

    @Test
    void aGroupRowAboveTheHeaderGivesTheHeadersItLeavesBlank() throws Exception {
        RecordAssembler a = assembler(Map.of());
        a.startSheet("S");
        a.row(1, row("Besoin", null, "Montant", "Calendrier", null));
        a.row(2, row("Objet", "CPV", null, "Lancement", "Notification"));
        a.row(3, row("Nettoyage", "90910000-9", 120000.0, "T2 2027", "T4 2027"));
        a.endSheet();
        assertEquals(1, records.size());
        assertEquals(120000.0, records.get(0).get("amount").number());
        assertTrue(a.absentRequired().isEmpty(), a.absentRequired().toString());
    }

    @Test
    void aRowOfNeedsUnderTheHeaderIsNeverTakenForASecondHeaderRow() throws Exception {
        RecordAssembler a = assembler(Map.of());
        a.startSheet("S");
        a.row(1, row("Objet", "CPV", "Montant", "Calendrier"));
        a.row(2, row("Lancement", "90910000-9", "120 000", "Notification"));
        a.endSheet();
        assertEquals(1, records.size(), "a title under « Objet » is a value, not a header");
        assertEquals(java.util.Set.of("launch"), a.absentRequired().keySet());
    }

    /** « Montant » merged over the figure and its unit: the second column is the amount's unit. */
    @Test
    void theColumnAnAmountHeaderIsMergedOverIsItsUnit() throws Exception {
        RecordAssembler a = assembler(Map.of());
        a.startSheet("S");
        a.row(1, row("Objet", "CPV", "Montant", "Montant", "Lancement", null, "Colonne perso"));
        a.row(2, row("Nettoyage", "90910000-9", "1,2", "k€", "T2 2027", null, "x"));
        a.endSheet();
        assertEquals("k€", records.get(0).get(RecordAssembler.AMOUNT_UNIT).text());
        assertEquals(List.of("Colonne perso"), new ArrayList<>(a.unknownHeaders()), "the merged copy is no unknown column");
        records.clear();
        RecordAssembler b = assembler(Map.of());
        b.startSheet("S");
        b.row(1, row("Objet", "CPV", "Montant HT", "k€", "Lancement"));
        b.row(2, row("Nettoyage", "90910000-9", "1,2", null, "T2 2027"));
        b.endSheet();
        assertEquals("k€", records.get(0).header(RecordAssembler.AMOUNT_UNIT));
    }

    /**
     * Officer U (CH Montrevel): « Montant » merged over « Valeur » and « Unité » on a second header row. The unit column
     * was read as the amounts' unit and also told « Colonne « Montant — Unité » ignorée : son contenu n'est pas publié ».
     */
    @Test
    void aUnitColumnUnderAGroupHeaderIsNoIgnoredColumn() throws Exception {
        RecordAssembler a = assembler(Map.of());
        a.startSheet("S");
        a.row(1, row("Objet", "CPV", "Montant", "Montant", "Lancement", "Colonne perso"));
        a.row(2, row(null, null, "Valeur", "Unité", null, null));
        a.row(3, row("Nettoyage", "90910000-9", "45", "k€", "T2 2027", "x"));
        a.endSheet();
        assertEquals(1, records.size());
        assertEquals("k€", records.get(0).get(RecordAssembler.AMOUNT_UNIT).text());
        assertEquals("Unité", records.get(0).header(RecordAssembler.AMOUNT_UNIT));
        assertEquals(List.of("Colonne perso"), new ArrayList<>(a.unknownHeaders()));
    }

    /** A unit as header, in any word of text/AmountUnits, or the label « Unité »: the amount's unit column. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"k€", "Md€", "M€ HT", "keur", "Unité", "Unité du montant",
        "en milliers d'euros", "milliards d'euros HT", "€"})
    void aUnitAsHeaderRightOfTheAmountIsItsUnitColumn(String header) throws Exception {
        RecordAssembler a = assembler(Map.of());
        a.startSheet("S");
        a.row(1, row("Objet", "CPV", "Montant HT", header, "Lancement"));
        a.row(2, row("Nettoyage", "90910000-9", "1,2", "k€", "T2 2027"));
        a.endSheet();
        assertEquals(header, records.get(0).header(RecordAssembler.AMOUNT_UNIT));
        assertEquals(List.of(), new ArrayList<>(a.unknownHeaders()));
    }

    /** Labels under a group that no field matches: the file-level diagnosis names them with their group, truthfully. */
    @Test
    void aSecondHeaderRowOfUnknownLabelsIsNamedWithItsGroup() throws Exception {
        RecordAssembler a = assembler(Map.of());
        a.startSheet("S");
        a.row(1, row("Objet", "CPV", "Montant", "Calendrier", null));
        a.row(2, row(null, null, null, "Démarrage consult.", "Jalon interne"));
        a.row(3, row("Nettoyage", "90910000-9", 120000.0, "T2 2027", "T4 2027"));
        a.endSheet();
        assertEquals(1, counts.rowsRead, "the second header row is no need");
        assertEquals(java.util.Set.of("launch"), a.absentRequired().keySet());
        assertEquals(java.util.Set.of("Calendrier — Démarrage consult.", "Calendrier — Jalon interne"),
                a.absentRequired().get("launch"));
    }

    /**
     * The outside officer's « Programmation achats 2027 CHU v3 DEF.xlsx »: group labels merged over the sub-headers
     * of row 5 (« Besoin » over Objet / Description / Code CPV, « Estimation » over Montant estimé HT / Durée (mois),
     * « Calendrier prévisionnel » over three dates), the other headers merged down. Row 5 was read as a need
     * (buyer « Acheteur », amount « Montant estimé HT ») and the durations as the amount's unit.
     */
    @Test
    void aHeaderBandOfMergedGroupsIsJoined() throws Exception {
        RecordAssembler a = assembler(Map.of());
        a.startSheet("Prog 2027");
        a.row(1, row("CHU DE BEAUMONT — Programmation 2027", "CHU DE BEAUMONT — Programmation 2027"));
        a.row(4, row("Acheteur", "Réf. achat", "Besoin", "Besoin", "Besoin", "Nature", "Estimation", "Estimation",
                "Calendrier prévisionnel", "Calendrier prévisionnel", "Calendrier prévisionnel", "Procédure envisagée"));
        a.row(5, row("Acheteur", "Réf. achat", "Objet", "Description", "Code CPV", "Nature", "Montant estimé HT", "Durée (mois)",
                "Lancement", "Notification prévue", "Début d'exécution", "Procédure envisagée"));
        a.row(6, row("CHU de Beaumont", "DAL-27-01", "Gants", "Gants nitrile", "18424300", "Fournitures", "45 k€ HT", 12.0,
                "T2 2027", null, "01/01/2028", "MAPA"));
        a.endSheet();
        assertEquals(1, records.size(), "row 5 is the header's second row, no need");
        RawRecord r = records.get(0);
        assertEquals(6, r.location().row());
        assertEquals("45 k€ HT", r.get("amount").text());
        assertEquals("Montant estimé HT", r.header("amount"), "the sub-header names the column");
        assertEquals(12.0, r.get("duration_months").number(), "the duration is no unit of the amount");
        assertEquals(null, r.get(RecordAssembler.AMOUNT_UNIT));
        assertEquals("Gants", r.get("title").text());
        assertEquals("18424300", r.get("cpv").text());
        assertEquals("T2 2027", r.get("launch").text());
        assertTrue(a.absentRequired().isEmpty(), a.absentRequired().toString());
        assertTrue(a.unknownHeaders().isEmpty(), "no group label is an ignored column: " + a.unknownHeaders());
    }
}

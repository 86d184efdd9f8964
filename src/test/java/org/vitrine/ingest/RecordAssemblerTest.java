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
}

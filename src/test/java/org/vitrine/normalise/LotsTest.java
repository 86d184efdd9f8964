package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.camel.Normalisers;
import org.vitrine.messages.Messages;
import org.vitrine.config.ConfigLoader;
import org.vitrine.ingest.SourceFile;
import org.vitrine.ingest.SpreadsheetSource;
import org.vitrine.model.Lot;
import org.vitrine.model.Need;
import org.vitrine.model.Reject;
import org.vitrine.context.Run;

/** A need's lots from a sheet named Lots or a cell of lot titles, and the number of lots that agrees with them. */
class LotsTest {

    @TempDir
    Path dir;

    private static void sheet(XSSFWorkbook wb, String name, String[]... rows) {
        Sheet s = wb.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (!rows[r][c].isEmpty()) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
    }

    private Run read(Path file) throws Exception {
        Run run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        Normaliser n = Normalisers.forRun(run);
        new SpreadsheetSource().readFile(new SourceFile("t", file, file.getFileName().toString()), run, raw -> {
            Normaliser.Result r = n.normalise(raw);
            r.warnings().forEach(run.report()::reject);
            if (r.need() != null) {
                run.report().accept(r.need());
            } else {
                run.report().counts("t", file.getFileName().toString()).rejected++;
            }
        });
        new Deduplicator().deduplicate(run);
        return run;
    }

    private static Need need(Run run, String reference) {
        return run.needs().stream().filter(n -> reference.equals(n.reference())).findFirst().orElseThrow();
    }

    @Test
    void attachesTheRowsOfALotsSheetToTheirNeedByReferenceAndCountsThem() throws Exception {
        Path f = dir.resolve("ville-beaumont-sur-saone.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            sheet(wb, "Besoins", new String[] {"Référence", "Objet", "Code CPV", "Montant estimé", "Lancement", "Nombre de lots",
                "Intitulés des lots"},
                    new String[] {"VB-1", "Rénovation de l'école Jules-Ferry", "45453000-7", "900 000", "T2 2027", "", ""},
                    new String[] {"VB-2", "Entretien des bâtiments", "50700000-2", "200 000", "T3 2027", "4",
                        "Lot 1 : Plomberie ; Lot 2 : Électricité ; Lot 3 : Chauffage"},
                    new String[] {"VB-3", "Fournitures", "30192000-1", "50 000", "T3 2027", "1", ""});
            sheet(wb, "Lots", new String[] {"Référence", "N° de lot", "Intitulé du lot", "Montant du lot", "Code CPV", "Lieu d'exécution"},
                    new String[] {"VB-1", "2", "Menuiseries", "300 000", "45421000-4", "Beaumont"},
                    new String[] {"VB-1", "1", "Gros œuvre", "600 000", "45262000-1", ""},
                    new String[] {"VB-3", "1", "Papier", "20 000", "", ""},
                    new String[] {"VB-3", "2", "Stylos", "pas connu", "", ""},
                    new String[] {"VB-9", "1", "Sans besoin", "1 000", "", ""});
            wb.write(out);
        }
        Run run = read(f);
        var counts = run.report().counts("t", "ville-beaumont-sur-saone.xlsx");
        assertEquals(3, counts.rowsRead, "lot rows are not needs");
        assertEquals(5, counts.lotRows);
        assertTrue(counts.balanced());
        Need vb1 = need(run, "VB-1");
        assertEquals(List.of(1, 2), vb1.lotList().stream().map(Lot::number).toList());
        assertEquals("Gros œuvre", vb1.lotList().get(0).title());
        assertEquals("45262000-1", vb1.lotList().get(0).cpv().code());
        assertEquals(0, vb1.lotList().get(1).amount().max().compareTo(new java.math.BigDecimal("300000")));
        assertEquals(2, vb1.lots(), "no count given: the lots described");
        // Four announced, three titles: the count is kept and the buyer told.
        Need vb2 = need(run, "VB-2");
        assertEquals(List.of("Plomberie", "Électricité", "Chauffage"), vb2.lotList().stream().map(Lot::title).toList());
        assertEquals(4, vb2.lots());
        // One announced, two described: the list proves there are two.
        Need vb3 = need(run, "VB-3");
        assertEquals(2, vb3.lots());
        assertNull(vb3.lotList().get(1).amount(), "an unreadable lot amount leaves it empty");
        List<Reject> warnings = run.report().rejects().stream().filter(Reject::isWarning).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.reason().contains("4 lots annoncés, 3 décrits")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.reason().contains("2 lots décrits pour 1 annoncé")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.reason().contains("« VB-9 »")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.reason().contains("pas connu")), warnings.toString());
    }

    /** Outside attacker's last cases, in a Lots sheet: a stamped lot holds its need back, a person's contact is told. */
    @Test
    void aStampedLotHoldsItsNeedBackAndAContactInALotIsTold() throws Exception {
        Path f = dir.resolve("ville-beaumont-sur-saone.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            sheet(wb, "Besoins", new String[] {"Référence", "Objet", "Code CPV", "Montant estimé", "Lancement"},
                    new String[] {"VB-1", "Vidéoprotection des bâtiments", "35125300-2", "300 000", "T2 2027"},
                    new String[] {"VB-2", "Entretien des bâtiments", "50700000-2", "200 000", "T3 2027"});
            sheet(wb, "Lots", new String[] {"Référence", "N° de lot", "Intitulé du lot", "Montant du lot", "Code CPV", "Lieu d'exécution"},
                    new String[] {"VB-1", "1", "Caméras (CONFIDENTIEL)", "200 000", "", ""},
                    new String[] {"VB-2", "1", "Plomberie", "100 000", "", "Mairie, M. Durand 06 11 22 33 44"});
            wb.write(out);
        }
        Run run = read(f);
        assertEquals("confidential", need(run, "VB-1").visibility());
        assertEquals("public", need(run, "VB-2").visibility());
        List<Reject> warnings = run.report().rejects().stream().filter(Reject::isWarning).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.reason().contains("porte la mention « CONFIDENTIEL »")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.reason().contains("donne une coordonnée (06 11 22 33 44)")), warnings.toString());
    }

    /** Seventh outside attack: a stamp in the place column, and one in full-width letters, hold the need back. */
    @Test
    void aStampInThePlaceOrInFullWidthLettersHoldsTheNeedBack() throws Exception {
        Path f = dir.resolve("ville-beaumont-sur-saone.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            sheet(wb, "Besoins", new String[] {"Référence", "Objet", "Code CPV", "Montant estimé", "Lancement", "Lieu d'exécution"},
                    new String[] {"VB-1", "Vidéoprotection des bâtiments", "35125300-2", "300 000", "T2 2027", "Site confidentiel – ne pas diffuser"},
                    new String[] {"VB-2", "Audit des comptes (ＣＯＮＦＩＤＥＮＴＩＥＬ)", "79212000-3", "200 000", "T3 2027", "Beaumont"},
                    new String[] {"VB-3", "Entretien des bâtiments", "50700000-2", "200 000", "T3 2027", "Beaumont"});
            wb.write(out);
        }
        Run run = read(f);
        assertEquals("confidential", need(run, "VB-1").visibility(), "a stamp in the place column");
        assertEquals("confidential", need(run, "VB-2").visibility(), "full-width letters");
        assertEquals("public", need(run, "VB-3").visibility());
    }
}

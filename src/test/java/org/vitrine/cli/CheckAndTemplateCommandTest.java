package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a buyer sees from {@code vitrine check} and gets from {@code vitrine template}. */
class CheckAndTemplateCommandTest {

    @TempDir
    Path tmp;

    /**
     * The day every check here is made as of (check --date): a launch « T1 2027 » is before the event of 4 February
     * 2027 only until that day, so without it these tests failed once the event was past.
     */
    static final String CHECK_DAY = "2026-11-26";

    @Test
    void checkListsEveryProblemWithSheetRowColumnValueAndWhatToDo() throws Exception {
        Path csv = tmp.resolve("prevision.csv");
        Files.writeString(csv, "Acheteur;Objet;Code CPV;Montant estimé;Lancement;Courriel\n"
                + "Ville X;Nettoyage;90910000-9;120 000 €;T2 2027;achats@ville-x.fr\n"
                + "Ville X;Ascenseurs;50750000-8;à définir;31/02/2027;\n"
                + "Ville X;;90910000-9;1 M€;2027;\n", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", csv.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("ligne 3, colonne « Montant estimé » : « à définir »"), r.out());
        assertTrue(r.out().contains("ligne 3, colonne « Lancement » : « 31/02/2027 »"), r.out());
        assertTrue(r.out().contains("ligne 4, colonne « Objet »"), r.out());
        assertTrue(r.out().contains("complétude"), r.out());
        assertTrue(r.out().contains("3 lignes lues : 1 acceptée, 2 à corriger"), r.out());
    }

    /**
     * Attacker Z (minor): check listed the hidden columns of files4/t2-range.xlsx as C, F, E, H, D, B, G (by header).
     * A buyer unhides them from left to right: they come in letter order, as in the sheet, here and in feedback/.
     */
    @Test
    void checkListsHiddenColumnsInLetterOrder() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Besoins");
        String[] header = {"Acheteur", "Objet", "Code CPV", "Montant estimé", "Lancement", "Durée", "Procédure"};
        String[] values = {"Ville X", "Nettoyage des locaux", "90910000-9", "120 000 €", "T2 2027", "36", "MAPA"};
        var h = s.createRow(0);
        var v = s.createRow(1);
        for (int c = 0; c < header.length; c++) {
            h.createCell(c).setCellValue(header[c]);
            v.createCell(c).setCellValue(values[c]);
            if (c > 0) {
                s.setColumnHidden(c, true);
            }
        }
        Path f = tmp.resolve("colonnes.xlsx");
        try (var o = Files.newOutputStream(f)) {
            wb.write(o);
        }
        String out = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", f.toString()).out();
        java.util.List<String> letters = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Colonne masquée ([A-Z]+) « ").matcher(out);
        while (m.find()) {
            letters.add(m.group(1));
        }
        assertEquals(java.util.List.of("B", "C", "D", "E", "F", "G"), letters, out);
    }

    /** Officer U: « 12 acceptée(s) » of twelve rows all held back as confidential, none of which is published. */
    @Test
    void checkDoesNotCountAHeldBackRowAsAccepted() throws Exception {
        Path csv = tmp.resolve("prevision.csv");
        Files.writeString(csv, "Acheteur;Objet;Code CPV;Montant estimé;Lancement;Diffusion\n"
                + "Ville X;Nettoyage;90910000-9;120 000 €;T2 2027;public\n"
                + "Ville X;Ascenseurs;50750000-8;80 000 €;T3 2027;confidentiel\n", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", csv.toString());
        assertTrue(r.out().contains("2 lignes lues : 1 acceptée, 1 retenue dans les fichiers internes (non publiée), 0 à corriger"),
                r.out());
        // officer Z2, N1: a confidential need has no page to complete, it gets no completeness score
        assertTrue(r.out().contains("prevision.csv, ligne 2 : complétude"), r.out());
        assertFalse(r.out().contains("ligne 3 : complétude"), r.out());
    }

    /**
     * Officer U: check listed none of the « précisez avant ou après le salon » items the feedback file sends, nor its
     * « Bilan ». The risk rules run in check too, and the buyer's summary has the feedback's counts. (A launch in the
     * quarter of the event, 4 February 2027 in config/vitrine.yaml: meaningful until that date.)
     */
    @Test
    void checkShowsTheFeedbackFilesEventItemsAndSummary() throws Exception {
        Path csv = tmp.resolve("prevision.csv");
        Files.writeString(csv, "Acheteur;Objet;Code CPV;Montant estimé;Lancement;Diffusion\n"
                + "Ville X;Nettoyage des locaux;90910000-9;120 000 €;T1 2027;public\n"
                + "Ville X;Ascenseurs;50750000-8;80 000 €;T3 2027;confidentiel\n", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", csv.toString());
        assertTrue(r.out().contains("À compléter"), r.out());
        assertTrue(r.out().contains("ligne 2, colonne « Lancement » : « 1er trimestre 2027 »"), r.out());
        assertTrue(r.out().contains("précisez s’il a lieu avant ou après le salon"), r.out());
        assertTrue(r.out().contains("Bilan pour Ville X, comme dans son fichier feedback/ : 1 besoin publié, 1 non publié"), r.out());
    }

    /** check --date: a launch in the first quarter is to be placed against the event on 26 November, told past on 15 April; a bad date is refused. */
    @Test
    void checkIsMadeAsOfItsDate() throws Exception {
        Path csv = tmp.resolve("prevision.csv");
        Files.writeString(csv, "Acheteur;Objet;Code CPV;Montant estimé;Lancement;Diffusion\n"
                + "Ville X;Nettoyage des locaux;90910000-9;120 000 €;T1 2027;public\n", StandardCharsets.UTF_8);
        String before = CliRunner.run("check", "--date", CHECK_DAY, csv.toString()).out();
        CliRunner.Result after = CliRunner.run("check", "--date", "2027-04-15", "--year", "2027", csv.toString());
        assertTrue(before.contains("précisez s’il a lieu avant ou après le salon"), before);
        assertTrue(before.contains("1 ligne lue : 1 acceptée, 0 à corriger"), before);
        // officer Z3: « la date de l'édition » meant nothing in a check; the day used is named, and how to set it
        assertTrue(after.out().contains("passé le 15 avril 2027, jour de ce contrôle (la date donnée par --date)"), after.out());
        assertTrue(after.out().contains("relancez avec --date AAAA-MM-JJ"), after.out());
        assertFalse(after.out().contains("date de l’édition (15 avril 2027)"), after.out());
        assertFalse(before.contains("passé à la date"), before);
        CliRunner.Result bad = CliRunner.run("check", "--date", "2027-02-30", csv.toString());
        assertEquals(2, bad.exit(), bad.out() + bad.err());
        assertTrue(bad.err().contains("2027-02-30"), bad.err());
    }

    /** Officer Z3: without --date, a past launch says that today was used, and how to check as of the edition's day. */
    @Test
    void withoutADateAPastLaunchNamesTodayAndHowToSetTheDay() throws Exception {
        Path csv = tmp.resolve("prevision.csv");
        Files.writeString(csv, "Acheteur;Objet;Code CPV;Montant estimé;Lancement\n"
                + "Ville X;Nettoyage des locaux;90910000-9;120 000 €;mars 2020\n", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("check", "--config", "config", csv.toString());
        String today = System.getenv("SOURCE_DATE_EPOCH") == null ? "aujourd’hui, --date n’étant pas donné"
                : "la date de SOURCE_DATE_EPOCH, --date n’étant pas donné";
        assertTrue(r.out().contains("jour de ce contrôle (" + today + ") : à ce jour, le besoin est passé"), r.out());
        assertTrue(r.out().contains("relancez avec --date AAAA-MM-JJ"), r.out());
        assertFalse(r.out().contains("avant la date de l’édition"), r.out());
        CliRunner.Result en = CliRunner.run("check", "--lang", "en", "--date", CHECK_DAY, "--config", "config", csv.toString());
        assertTrue(en.out().contains("the day of this check (the date given by --date)"), en.out());
        assertTrue(en.out().contains("--date YYYY-MM-DD"), en.out());
    }

    /**
     * Officer U (CH Montrevel r10): « 300 » with « voir budget » in the unit column was told « ni la cellule, ni la
     * colonne … ne donnent d'unité » beside « Unité du montant illisible » — one line now, naming what the column says.
     */
    @Test
    void aSmallAmountBesideAnUnreadableUnitIsOneLineNamingTheUnitCell() throws Exception {
        Path csv = tmp.resolve("prevision.csv");
        Files.writeString(csv, "Acheteur;Objet;Code CPV;Montant;Unité;Lancement\n"
                + "Ville X;Fournitures de bureau;30192000-1;300;voir budget;T2 2027\n"
                + "Ville X;Nettoyage des locaux;90910000-9;45 000;voir budget;T2 2027\n", StandardCharsets.UTF_8);
        String out = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", csv.toString()).out();
        assertTrue(out.contains("ligne 2, colonne « Montant » : « 300 » — Montant lu : 300 € ; la colonne « Unité » dit « voir budget », qui "
                + "n’est pas une unité"), out);
        assertTrue(!out.contains("ni la cellule") && !out.contains("ligne 2, colonne « Unité »"), out);
        assertTrue(out.contains("ligne 3, colonne « Unité » : « voir budget » — Unité du montant illisible"), "a sound amount: the unit line: " + out);
        assertTrue(!out.contains("Colonne « Unité » ignorée"), out);
    }

    /** Officer U: « Renseignez l'objet du besoin pour ce besoin », and « Diffusion illisible » in a file whose column is another. */
    @Test
    void anEmptyTitleAndAnUnreadableVisibilityAreToldInTheBuyersColumnsAndPlainWords() throws Exception {
        Path csv = tmp.resolve("prevision.csv");
        Files.writeString(csv, "Acheteur;Objet;Code CPV;Montant estimé;Lancement;Publication autorisée\n"
                + "Ville X;;90910000-9;120 000 €;T2 2027;oui\n"
                + "Ville X;Ascenseurs;50750000-8;80 000 €;T3 2027;peut-être\n", StandardCharsets.UTF_8);
        String out = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", csv.toString()).out();
        assertTrue(out.contains("Renseignez l’objet du besoin sur cette ligne du tableur."), out);
        assertTrue(out.contains("Colonne « Publication autorisée » illisible : « peut-être »"), out);
        assertTrue(!out.contains("pour ce besoin") && !out.contains("Diffusion"), out);
    }

    @Test
    void checkGroupsOneProblemOfSeveralRowsAndNamesTheBuyersOwnColumns() throws Exception {
        Path csv = tmp.resolve("ville-x.csv");
        Files.writeString(csv, "Acheteur;Objet;Code CPV;Montant HT;Période de lancement;Lieu\n"
                + "Ville X;Nettoyage des écoles;90910000-9;120 000 €;mars-27;\n"
                + "Ville X;Gardiennage;79713000-5;150 000 €;févr.-27;\n"
                + "Ville X;Voirie;45233141-9;200 000 €;courant 2027;Calvados\n", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", csv.toString());
        String out = r.out();
        // the two month texts are one problem: what to do once, then each row with what was read
        assertTrue(out.contains("ville-x.csv, colonne « Période de lancement », 3 lignes — "), out);
        assertTrue(out.contains("ligne 2 : « mars-27 » — "), out);
        // the buyer's own headers, never the template's nor a field code
        assertTrue(out.contains("lignes 2, 3, colonne « Lieu » — « Lieu » manque pour 2 besoins"), out);
        assertTrue(out.contains("ligne 4 : complétude"), out);
        assertTrue(out.contains("Période de lancement (au moins le trimestre)"), out);
        assertFalse(out.contains("« launch »") || out.contains("« location »") || out.contains("INCOMPLETE"), out);
    }

    /**
     * The outside officer's files: the template's own « Aide » sheet was reported as « ignoré », the merged group
     * headers were told ignored ×3 (once per buyer of the file), and the refused file said nothing of the header band.
     */
    @Test
    void checkOfTheOfficersFilesSkipsTheHelpSheetAndTellsEachIgnoredColumnOnce() throws Exception {
        Path dir = Path.of("src/test/resources/real-files/officier-2");
        String tilleuls = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", dir.resolve("tilleuls_prevision2027.xlsx").toString()).out();
        assertFalse(tilleuls.contains("« Aide »"), tilleuls);
        assertTrue(tilleuls.contains("probablement le même acheteur"), tilleuls);
        String chu = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", dir.resolve("Programmation achats 2027 CHU v3 DEF.xlsx").toString()).out();
        assertFalse(chu.contains("» ignorée") || chu.contains("Fichier refusé") || chu.contains("Unité du montant"), chu);
        assertTrue(chu.contains("8 lignes lues"), "row 5 is the header's second row: " + chu);
        Path csv = tmp.resolve("groupement-y.csv");
        Files.writeString(csv, "Acheteur;Objet;Code CPV;Montant;Lancement;Colonne perso\n"
                + "Ville X;Nettoyage;90910000-9;120 000;T2 2027;a\n"
                + "Ville Y;Gardiennage;79713000-5;150 000;T3 2027;b\n", StandardCharsets.UTF_8);
        String two = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", csv.toString()).out();
        assertEquals(1, two.split("Colonne « Colonne perso » ignorée", -1).length - 1, two);
    }

    /** Officer Z2, N2: « 2 lignes de total, de note ou de titre ignorées » named none; the CHU could not tell them from a lost need. */
    @Test
    void checkNamesEachRowSkippedAsNoNeedWithItsSheetRowAndText() throws Exception {
        Path xlsx = tmp.resolve("chu.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Plan achats 2027");
            String[][] rows = {
                {"Acheteur", "Objet", "Code CPV", "Montant", "Lancement"},
                {"PÔLE BIOLOGIE"},
                {"Ville X", "Réactifs", "33696500-0", "120 000", "T2 2027"},
                {"PÔLE LOGISTIQUE"},
                {"Ville X", "Nettoyage", "90910000-9", "80 000", "T3 2027"},
                {"TOTAL", "", "", "200 000", ""},
            };
            for (int i = 0; i < rows.length; i++) {
                var row = s.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
            try (var os = Files.newOutputStream(xlsx)) {
                wb.write(os);
            }
        }
        String out = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", xlsx.toString()).out();
        assertTrue(out.contains("3 lignes ignorées, pas des besoins : onglet « Plan achats 2027 », ligne 2 « PÔLE BIOLOGIE » (titre de section)"
                + " ; ligne 4 « PÔLE LOGISTIQUE » (titre de section) ; ligne 6 « TOTAL » (total)."), out);
        // N3: every line of the workbook names its place one way, the tab (« chu.xlsx, lignes 3, 5 » beside « Plan achats 2027, ligne 8 »)
        assertTrue(out.contains("onglet « Plan achats 2027 », lignes 3, 5, colonne « Contact » — Aucun des 2 besoins"), out);
        assertTrue(out.contains("onglet « Plan achats 2027 », ligne 3 : complétude"), out);
        assertFalse(out.contains("chu.xlsx, ligne"), out);
        // N1: a column the file lacks is named once, with the header to add and what to write in it
        assertTrue(out.contains("« Couverture du besoin » manque pour 2 besoins parce que le fichier n’a pas cette colonne : ajoutez une"
                + " colonne d’en-tête « Couverture du besoin » (le nom du modèle, vitrine template) et remplissez-la (totale, partielle,"
                + " inconnue, ou un pourcentage (60 %))."), out);
        assertTrue(out.contains("ajoutez une colonne d’en-tête « Degré de certitude »"), out);
    }

    @Test
    void checkTellsAColumnMissingInAFileOfSeveralBuyersOnceWithItsRowsInOrder() throws Exception {
        // a purchasing group's file: each buyer's feedback has its own line, whoever checks the file reads one
        Path csv = tmp.resolve("groupement-x.csv");
        Files.writeString(csv, "Acheteur;Objet;Code CPV;Montant HT;Période de lancement;Lieu\n"
                + "Ville X;Nettoyage des écoles;90910000-9;120 000 €;T2 2027;\n"
                + "Ville Y;Gardiennage;79713000-5;150 000 €;T2 2027;\n"
                + "Ville X;Voirie;45233141-9;200 000 €;T2 2027;\n", StandardCharsets.UTF_8);
        String out = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", csv.toString()).out();
        assertTrue(out.contains("lignes 2, 3, 4, colonne « Lieu » — « Lieu » manque pour 3 besoins"), out);
        assertEquals(1, out.lines().filter(l -> l.contains("« Lieu » manque")).count(), out);
    }

    @Test
    void checkAsksNoProcedureOfAnOrderToUgapNorAContactOfABuyerWhoseContactIsConfigured() throws Exception {
        // issue 22 (officer4): the feedback file asked neither; check listed both on such rows
        Path csv = tmp.resolve("ville-beaumont-sur-saone.csv");
        Files.writeString(csv, "Acheteur;Objet;Code CPV;Montant HT;Lancement;Procédure\n"
                + "Ville de Beaumont-sur-Saône;Véhicules utilitaires;34136000-9;150 000 €;T2 2027;UGAP\n"
                + "Ville de Beaumont-sur-Saône;Nettoyage des écoles;90910000-9;120 000 €;T3 2027;\n", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", csv.toString());
        String out = r.out();
        String ugap = out.lines().filter(l -> l.contains("ligne 2 : complétude")).findFirst().orElseThrow();
        String open = out.lines().filter(l -> l.contains("ligne 3 : complétude")).findFirst().orElseThrow();
        assertFalse(ugap.contains("Procédure"), ugap);
        assertTrue(open.contains("Procédure"), "an open consultation's procedure is still asked: " + open);
        assertFalse(out.contains("manque : Contact") || out.contains(", Contact"), "buyers.yaml gives the contact: " + out);
    }

    @Test
    void checkOfACleanFileIsExitZeroAndInEnglishOnRequest() throws Exception {
        Path csv = tmp.resolve("clean.csv");
        Files.writeString(csv, "Buyer;Title;CPV code;Estimated value;Planned launch\nTown X;Cleaning;90910000-9;120000;Q2 2027\n");
        CliRunner.Result r = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", "--lang", "en", csv.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("1 accepted"), r.out());
    }

    @Test
    void checkOfAFileThatIsNotASpreadsheetSaysSoWithoutAStackTrace() throws Exception {
        Path fake = tmp.resolve("budget.xlsx");
        Files.write(fake, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, (byte) 0xFF, 0, 0, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        CliRunner.Result r = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", fake.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("Fichier refusé"), r.out());
        assertFalse((r.out() + r.err()).contains("Exception"), r.out() + r.err());
    }

    /** A folder, a FIFO or a device exists: « Fichier introuvable » was false (issue 16, attacker Y3); said what it is, in both languages. */
    @Test
    void checkOfAFolderAFifoOrADeviceSaysWhatItIs() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("tableurs"));
        Path fifo = tmp.resolve("tube.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        String[][] cases = {{folder.toString(), "dossier", "folder"}, {fifo.toString(), "tube", "pipe"},
            {"/dev/zero", "périphérique", "device"}};
        for (String[] c : cases) {
            if (!Files.exists(Path.of(c[0]))) {
                continue;
            }
            CliRunner.Result fr = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", c[0]);
            assertEquals(2, fr.exit(), fr.out() + fr.err());
            assertTrue(fr.err().contains("n’est pas un fichier ordinaire : " + c[1]), fr.err());
            assertFalse(fr.err().contains("introuvable"), fr.err());
            CliRunner.Result en = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", "--lang", "en", c[0]);
            assertTrue(en.err().contains("is not a regular file: " + c[2]), en.err());
        }
        CliRunner.Result gone = CliRunner.run("check", "--date", CHECK_DAY, "--config", "config", tmp.resolve("absent.csv").toString());
        assertTrue(gone.err().contains("Fichier introuvable"), gone.err());
    }

    @Test
    void templateWritesTheWorkbookWithEveryConfiguredColumn() throws Exception {
        Path file = tmp.resolve("modele.xlsx");
        CliRunner.Result r = CliRunner.run("template", "--config", "config", "--out", file.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet data = wb.getSheetAt(0);
            assertEquals("Acheteur", data.getRow(0).getCell(0).getStringCellValue());
            assertTrue(wb.getNumberOfSheets() >= 2, "a help sheet");
            assertFalse(((org.apache.poi.xssf.usermodel.XSSFSheet) data).getDataValidations().isEmpty(), "drop-down lists");
        }
    }
}

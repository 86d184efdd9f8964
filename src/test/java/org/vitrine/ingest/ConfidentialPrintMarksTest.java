package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.Run;
import org.vitrine.messages.Messages;
import org.vitrine.model.Reject;
import org.vitrine.normalise.Normaliser;

/**
 * Attacker finding 2d: « CONFIDENTIEL » printed on every page by an xlsx print header or footer, outside the cells. The
 * sheet is held back as one with a banner above its header, told once; a header « Page &amp;P » stays public.
 */
class ConfidentialPrintMarksTest {

    @TempDir
    Path tmp;

    private Path book(List<String> names, List<Consumer<Sheet>> marks) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        for (int s = 0; s < names.size(); s++) {
            Sheet sheet = wb.createSheet(names.get(s));
            String[][] rows = {
                    {"Acheteur", "Objet", "Code CPV", "Montant estimé", "Lancement"},
                    {"Ville X", "Nettoyage des locaux " + names.get(s), "90910000-9", "120 000 €", "T2 2027"},
                    {"Ville X", "Tonte des pelouses " + names.get(s), "77313000-7", "20 000 €", "T2 2027"}};
            for (int i = 0; i < rows.length; i++) {
                var r = sheet.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    r.createCell(c).setCellValue(rows[i][c]);
                }
            }
            marks.get(s).accept(sheet);
        }
        return Fixtures.write(wb, tmp.resolve("ville-x.xlsx"));
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

    @Test
    void aPrintHeaderOrFooterSayingConfidentialHoldsTheWholeSheetBackToldOnce() throws Exception {
        List<Normaliser.Result> all = read(book(List.of("Arbitrages", "Réserve", "Programme", "Pages"), List.of(
                s -> s.getHeader().setCenter("CONFIDENTIEL"),
                s -> s.getFooter().setLeft("Diffusion restreinte – usage interne"),
                s -> s.getHeader().setRight("Page &P sur &N"),
                s -> s.getFooter().setCenter("&\"Arial,Gras\"&12Programme prévisionnel &D"))));
        assertEquals(8, all.size(), all.toString());
        for (String held : List.of("Arbitrages", "Réserve")) {
            List<Normaliser.Result> rows = ofSheet(all, held);
            assertEquals(2, rows.size(), held);
            assertTrue(rows.stream().allMatch(r -> "confidential".equals(r.need().visibility())), held + " " + rows);
        }
        for (String open : List.of("Programme", "Pages")) {
            assertTrue(ofSheet(all, open).stream().allMatch(r -> "public".equals(r.need().visibility())), open + " " + ofSheet(all, open));
        }
        List<Reject> header = told(all, "Dans l’onglet « Arbitrages », l’en-tête d’impression porte la mention « CONFIDENTIEL »");
        assertEquals(1, header.size(), told(all, "Dans").toString());
        assertTrue(header.get(0).fix().contains("supprimez la mention « CONFIDENTIEL »"), header.get(0).fix());
        assertEquals(1, told(all, "Dans l’onglet « Réserve », le pied de page d’impression").size(), told(all, "Dans").toString());
        assertEquals(2, told(all, "Dans l’onglet").size(), told(all, "Dans").toString());
    }

    @Test
    void theCodesOfAHeaderAreNotItsText() {
        assertEquals("CONFIDENTIEL", HeaderFooterText.printed("&amp;C&amp;\"Arial,Gras\"&amp;14&amp;KFF0000CONFIDENTIEL"));
        assertEquals("R&D Page", HeaderFooterText.printed("&amp;LR&amp;&amp;D&amp;RPage &amp;P"));
        assertEquals("Usage interne", HeaderFooterText.printed("&amp;K01+000Usage &#105;nterne"));
    }
}

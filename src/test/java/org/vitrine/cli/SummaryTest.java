package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.vitrine.messages.Messages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary stays readable on a large forecast: at most 20 unknown buyers named, the count of the others. */
class SummaryTest {

    @Test
    void namesTwentyUnknownBuyersThenCountsTheRest() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            names.add(String.format("Acheteur %03d", i));
        }
        String fr = Summary.shortList(names, Messages.of("fr"));
        assertTrue(fr.startsWith("Acheteur 001, Acheteur 002"), fr);
        assertTrue(fr.contains("Acheteur 020… et 180 autres (liste complète : internal/run-report.json"), fr);
        assertTrue(!fr.contains("Acheteur 021"), fr);
        String en = Summary.shortList(names, Messages.of("en"));
        assertTrue(en.contains("… and 180 more"), en);
        assertEquals("A, B", Summary.shortList(List.of("A", "B"), Messages.of("fr")));
    }

    @Test
    void theSummaryShowsConservationAndWarningsPerFileUnderItsSource() throws Exception {
        org.vitrine.context.Run run = new org.vitrine.context.Run(org.vitrine.config.ConfigLoader.load(java.nio.file.Path.of("config")),
                Messages.of("fr"), 2027, java.time.LocalDate.of(2026, 11, 26));
        run.edition().dryRun(true);
        var a = run.report().counts("tableurs", "ville-x.csv");
        a.rowsRead = 5;
        a.published = 2;
        a.internalOnly = 1;
        a.duplicates = 1;
        a.rejected = 1;
        a.warnings = 3;
        run.report().counts("tableurs", "propre.xlsx").rowsRead = 4;
        run.report().counts("tableurs", "propre.xlsx").published = 4;
        run.report().counts("tableurs", "html.xlsx").fileRejected = true;
        java.io.StringWriter text = new java.io.StringWriter();
        Summary.print(new java.io.PrintWriter(text, true), run, null, Messages.of("fr"), 1.0);
        String out = text.toString();
        assertTrue(out.contains("Avertissements"), out);
        assertTrue(out.matches("(?s).*\\n  ville-x\\.csv +5 +2 +1 +1 +1 +3\\n.*"), out);
        assertTrue(out.matches("(?s).*\\n  html\\.xlsx +refusé +0 +0 +0 +0 +0 +0\\n.*"), out);
        assertTrue(out.contains("1 autre fichier : toutes les lignes publiées, sans avertissement"), out);
        assertTrue(out.matches("(?s).*\\ntableurs +3 +9 +6 +1 +1 +1 +3\\n.*"), out);
    }

    /**
     * Officer U: « Fichiers lus : 17 (dont 1 rejeté en entier) » of a run with three files refused whole — two for a
     * missing buyer or column, told once for the file, whose rows are read and rejected. Each is counted, and its line
     * says what to do.
     */
    @Test
    void everyFileRefusedWholeIsCountedAndItsLineSaysWhatToDo() throws Exception {
        org.vitrine.context.Run run = new org.vitrine.context.Run(org.vitrine.config.ConfigLoader.load(java.nio.file.Path.of("config")),
                Messages.of("fr"), 2027, java.time.LocalDate.of(2026, 11, 26));
        run.edition().dryRun(true);
        run.report().counts("tableurs", "html.xlsx").fileRejected = true;
        var ehpad = run.report().counts("tableurs", "ehpad.csv");
        ehpad.rowsRead = 7;
        ehpad.rejected = 7;
        run.report().reject(new org.vitrine.model.Reject("tableurs", "ehpad.csv", null, null, null, null, "Aucun acheteur pour ce fichier",
                "Ajoutez une colonne « Acheteur »", null));
        var ok = run.report().counts("tableurs", "propre.xlsx");
        ok.rowsRead = 4;
        ok.published = 4;
        java.io.StringWriter text = new java.io.StringWriter();
        Summary.print(new java.io.PrintWriter(text, true), run, null, Messages.of("fr"), 1.0);
        String out = text.toString();
        assertTrue(out.contains("Fichiers lus : 3 (dont 2 rejetés en entier)"), out);
        assertTrue(out.matches("(?s).*\\n  ehpad\\.csv +refusé +7 +0 +0 +0 +7 +0\\n.*"), out);
        assertTrue(out.contains("ehpad.csv : Aucun acheteur pour ce fichier → Ajoutez une colonne « Acheteur »"), out);
    }
}

package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.cli.TestConfig;
import org.vitrine.config.ConfigLoader;
import org.vitrine.context.Run;
import org.vitrine.messages.Messages;
import org.vitrine.model.RawRecord;
import org.vitrine.model.Reject;

/**
 * A spreadsheets source with a `buyer` (a folder of one buyer's files): a file whose name names no buyer is that
 * buyer's, its rows and its file-level lines (the officer's « Programmation achats 2027 CHU v3 DEF.xlsx »).
 */
class FolderBuyerTest {

    @TempDir
    Path tmp;

    @Test
    void aFileOfAFolderWithABuyerIsThatBuyers() throws Exception {
        Path config = TestConfig.in(tmp).copyFromBase("risks.yaml", "award-links.yaml")
                .source(TestConfig.Source.spreadsheets("chu", tmp.resolve("chu")).with("buyer", "chu-beaumont")).write();
        Path file = tmp.resolve("Programmation achats 2027 v3.csv");
        Files.writeString(file, "Objet;Code CPV;Montant;Lancement\nNettoyage;90910000-9;120 000;T2 2027\n", StandardCharsets.UTF_8);
        Path refused = tmp.resolve("Programmation v4.csv");
        Files.writeString(refused, "Besoin;Code CPV;Montant;Lancement\nNettoyage;90910000-9;120 000;T2 2027\n", StandardCharsets.UTF_8);
        Run run = new Run(ConfigLoader.load(config), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        List<RawRecord> rows = new ArrayList<>();
        new SpreadsheetSource().readFile(new SourceFile("chu", file, file.getFileName().toString()), run, rows::add);
        assertEquals("chu-beaumont", rows.get(0).get("buyer").text());
        new SpreadsheetSource().readFile(new SourceFile("chu", refused, refused.getFileName().toString()), run, r -> { });
        List<Reject> lines = run.report().rejects().stream().filter(r -> r.row() == null).toList();
        assertEquals(1, lines.size(), lines.toString());
        assertEquals("chu-beaumont", lines.get(0).buyer(), "the refusal goes to the folder's buyer, not sans-acheteur.csv");
    }
}

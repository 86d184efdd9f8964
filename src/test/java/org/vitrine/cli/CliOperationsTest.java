package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.vitrine.messages.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, item 13: the command line as an operator meets it, in French, doing only what it says. */
class CliOperationsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    Path config() throws Exception {
        return TestConfig.copy(tmp.resolve("installation"), Path.of("examples/spreadsheets").toAbsolutePath(), false);
    }

    @Test
    void theOutputFolderIsBesideTheConfigFolderWhateverTheWorkingFolder() throws Exception {
        Path config = config();
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--date", "2026-11-26");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(Files.isSymbolicLink(tmp.resolve("installation/out/2027/current")), "out/ beside config/: " + r.out());
    }

    @Test
    void aDryRunLeavesNoTraceInTheOutputFolder() throws Exception {
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("run", "--config", config().toString(), "--out", out.toString(), "--dry-run");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Essai à blanc"), r.out());
        assertFalse(Files.exists(out), "no out/, no lock file");
    }

    @Test
    void aForecastYearFarFromTheEditionDateIsRefused() throws Exception {
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("run", "--config", config().toString(), "--out", out.toString(), "--year", "1850",
                "--date", "2026-11-26");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Année de prévision 1850 impossible") && r.err().contains("de 2025 à 2031"), r.err());
        assertFalse(Files.exists(out.resolve("1850")));
    }

    @Test
    void commandLineMistakesAreExplainedInFrench() {
        CliRunner.Result year = CliRunner.run("run", "--year", "deux-mille");
        assertEquals(2, year.exit());
        assertEquals("Valeur « deux-mille » invalide pour --year : écrivez une année, par exemple 2028.\nVoir « vitrine run --help ».",
                year.err().strip());
        CliRunner.Result lang = CliRunner.run("run", "--lang", "de");
        assertEquals(2, lang.exit());
        assertTrue(lang.err().contains("Valeur « de » invalide pour --lang : écrivez fr ou en."), lang.err());
        CliRunner.Result unknown = CliRunner.run("editions", "--annee", "2027");
        assertTrue(unknown.err().startsWith("Argument inconnu : --annee"), unknown.err());
        assertFalse((year.err() + lang.err() + unknown.err()).contains("Invalid value"), "no picocli English");
    }

    @Test
    void theTopLevelHelpListsEveryCommandInFrench() {
        CliRunner.Result help = CliRunner.run("--help");
        for (String verb : List.of("run", "check", "template", "editions", "rollback", "serve", "bench", "help")) {
            assertTrue(help.out().lines().anyMatch(l -> l.startsWith("  " + verb + " ")), verb + " in:\n" + help.out());
        }
        assertTrue(help.out().contains("Affiche cette aide.") && help.out().contains("Commandes :"), help.out());
        assertFalse(help.out().contains("Display help") || help.out().contains("Show this help"), help.out());
    }

    @Test
    void langEnglishChangesTheMessagesNotTheEdition() throws Exception {
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("run", "--config", config().toString(), "--out", out.toString(), "--lang", "en",
                "--date", "2026-11-26");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Public catalogue"), "English on the console: " + r.out());
        assertEquals("fr", JSON.readTree(out.resolve("2027/public/data/needs.json").toFile()).at("/edition/language").asText());
        assertTrue(Files.readString(out.resolve("2027/public/index.html")).contains("lang=\"fr\""));
    }

    @Test
    void rollbackSaysInTheStatusFileWhichEditionIsOnline() throws Exception {
        Path config = config();
        Path out = tmp.resolve("out");
        CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26");
        String first = Files.readSymbolicLink(out.resolve("2027/current")).getFileName().toString();
        Files.writeString(config.resolve("buyers.yaml"), Files.readString(config.resolve("buyers.yaml")) + "\n");
        CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-27");
        String lastRun = JSON.readTree(out.resolve("2027/state/status.json").toFile()).get("lastRun").asText();
        CliRunner.Result r = CliRunner.run("rollback", first, "--out", out.toString(), "--year", "2027");
        assertEquals(0, r.exit(), r.out() + r.err());
        var status = JSON.readTree(out.resolve("2027/state/status.json").toFile());
        assertEquals(first, status.get("edition").asText());
        assertEquals("rolled back", status.get("outcome").asText());
        assertEquals(first, status.get("online").asText(), "the edition served now, not the last run's (attacker B, 3a)");
        assertEquals(lastRun, status.get("lastRun").asText(), "a rollback is not a run (the schedule's catch-up counts runs)");
    }

    @Test
    void templateNeverOverwritesAWorkbookAndWritesIntoAFolder() throws Exception {
        Path filled = Files.writeString(tmp.resolve("rempli.xlsx"), "the buyer's work");
        CliRunner.Result refused = CliRunner.run("template", "--out", filled.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("existe déjà") && refused.err().contains("--force"), refused.err());
        assertEquals("the buyer's work", Files.readString(filled));
        assertEquals(0, CliRunner.run("template", "--out", filled.toString(), "--force").exit());
        assertTrue(Files.size(filled) > 1000);
        CliRunner.Result folder = CliRunner.run("template", "--out", tmp.toString());
        assertEquals(0, folder.exit(), folder.err());
        assertTrue(Files.isRegularFile(tmp.resolve("vitrine-modele-besoins.xlsx")), folder.out());
        assertFalse(folder.err().contains("Erreur interne"));
    }

    @Test
    void countsAgreeInNumber() {
        org.vitrine.messages.Messages m = Messages.of("fr");
        assertEquals("Fichiers lus : 12 (dont 1 rejeté en entier)", m.get("summary.files", 12, 1));
        assertEquals("Fichiers lus : 12 (dont 2 rejetés en entier)", m.get("summary.files", 12, 2));
        assertEquals("Fichiers lus : 3 (dont aucun rejeté en entier)", m.get("summary.files", 3, 0));
        // officer U: « Aucun des 1 besoins »
        assertEquals("Le seul besoin de EHPAD X n’a pas de contact, et aucun contact fonctionnel n’est connu pour cet acheteur.",
                m.get("feedback.no_contact_buyer_all", 1, "EHPAD X"));
        assertEquals("Aucun des 3 besoins de EHPAD X n’a de contact, et aucun contact fonctionnel n’est connu pour cet acheteur.",
                m.get("feedback.no_contact_buyer_all", 3, "EHPAD X"));
        assertEquals("The only need of EHPAD X has no contact, and no functional contact is known for this buyer.",
                Messages.of("en").get("feedback.no_contact_buyer_all", 1, "EHPAD X"));
        assertTrue(m.get("summary.rejects", 1, "x").startsWith("1 problème à corriger"));
        // input11: the risk item said « Aucun des 1 besoin de … » (risk.INCOMPLETE.buyer), and « 1 des 3 besoins … n’ont »
        assertTrue(m.get("risk.INCOMPLETE.buyer", 1, "EHPAD X").startsWith("Le seul besoin de EHPAD X n’a pas de contact, et l’acheteur"),
                m.get("risk.INCOMPLETE.buyer", 1, "EHPAD X"));
        assertTrue(m.get("risk.INCOMPLETE.buyer", 4, "EHPAD X").startsWith("Aucun des 4 besoins de EHPAD X n’a de contact, et"));
        assertTrue(m.get("risk.INCOMPLETE.buyerSome", 1, "EHPAD X", 3).startsWith("1 des 3 besoins de EHPAD X n’a pas de contact"));
        assertTrue(m.get("risk.INCOMPLETE.buyerSome", 1, "EHPAD X", 3).contains("« Contact » de cette ligne ("));
        assertTrue(m.get("risk.INCOMPLETE.buyerSome", 2, "EHPAD X", 3).startsWith("2 des 3 besoins de EHPAD X n’ont pas de contact"));
        assertEquals("1 des 3 besoins de EHPAD X n’a pas de contact, et aucun contact fonctionnel n’est connu pour cet acheteur.",
                m.get("feedback.no_contact_buyer", 1, 3, "EHPAD X"));
        Messages en = Messages.of("en");
        assertTrue(en.get("risk.INCOMPLETE.buyer", 1, "EHPAD X").startsWith("The only need of EHPAD X has no contact, and"));
        assertTrue(en.get("risk.INCOMPLETE.buyer", 2, "EHPAD X").contains("buyer's functional contact"));
        assertTrue(en.get("risk.INCOMPLETE.buyerSome", 1, "EHPAD X", 3).startsWith("1 of the 3 needs of EHPAD X has no contact"));
        assertTrue(en.get("feedback.no_contact_buyer", 2, 3, "EHPAD X").startsWith("2 of the 3 needs of EHPAD X have no contact"));
    }
}

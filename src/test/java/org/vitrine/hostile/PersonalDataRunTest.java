package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.cli.TestConfig;

/**
 * Issue 16, the last open cases, through one whole run on a small folder: a buyer's name holding an address or a
 * person's name, a person named in a description (« M. Durand »), a contact in a Q&amp;A answer, a confidential stamp in
 * the lot-titles column. Every public file is read (the brochure through pdftotext, file names too): none of them holds
 * the person nor the stamped need; the buyers stay public under their names alone; the buyer's feedback file and
 * rejects.csv name the file, row and column and what to do; a school named after someone stays as written.
 */
class PersonalDataRunTest {

    static final String HEADER = "Acheteur;Référence;Objet;Description;Intitulés des lots;Code CPV;Montant estimé;"
            + "Date prévisionnelle de lancement\n";

    @TempDir
    Path tmp;

    static String row(String buyer, String reference, String title, String description, String lots) {
        return buyer + ";" + reference + ";" + title + ";" + description + ";" + lots + ";30213100-6;15000;mai 2027\n";
    }

    @Test
    void noPersonReachesAPublicFileAndEachIsToldToItsBuyer() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        String csv = HEADER
                + row("Syndicat des eaux du Ploumanach – contact : j.martin@eaux-ploumanach.fr", "SE-1", "Curage des bassins", "", "")
                + row("CCAS de Trifouilly (M. Durand, 06 12 34 56 78)", "CC-1", "Portage de repas à domicile", "", "")
                + row("chu-beaumont", "CHU-1", "Rénovation du collège Jean Moulin",
                        "\"Questions à M. Durand ; visite avec Mme Sophie Martin ; contact : Jean Dupont\"", "")
                + row("chu-beaumont", "CHU-2", "Prestations de conseil Xyzzy", "Mission annuelle",
                        "\"Lot 1 : Confidentiel ; Lot 2 : Audit des comptes Wombat\"");
        Files.writeString(sheets.resolve("besoins.csv"), csv, StandardCharsets.UTF_8);
        Path questions = Files.createDirectories(tmp.resolve("questions"));
        Files.writeString(questions.resolve("questions.csv"), "Acheteur;Référence;Question;Réponse;Date de la question;Date de la réponse\n"
                + "chu-beaumont;CHU-1;Une visite est-elle prévue ?;Oui : écrire à paul.roux@example-chu-beaumont.fr ou voir M. Lebrun."
                + ";14/10/2026;21/10/2026\n", StandardCharsets.UTF_8);
        Path config = TestConfig.in(tmp).spreadsheets(sheets).brochure(true)
                .source(TestConfig.Source.qa("questions", questions)).write();
        Path out = tmp.resolve("out");
        org.vitrine.cli.CliRunner.Result r = org.vitrine.cli.CliRunner.run("run", "--config", config.toString(), "--out",
                out.toString(), "--date", CorpusRun.DATE);
        assertTrue(r.exit() <= 1, r.out() + "\n" + r.err());
        String rejects = Files.readString(out.resolve("2027/internal/rejects.csv"));
        assertFalse(rejects.contains(";Rejet"), "no row rejected: " + rejects);

        Path pub = out.resolve("2027/public").toRealPath();
        String published = FreeTextPrivacyTest.publicText(pub);
        try (Stream<Path> s = Files.walk(pub)) {
            String names = String.join("\n", s.map(p -> pub.relativize(p).toString()).toList());
            for (String part : List.of("martin", "durand", "06-12")) {
                assertFalse(names.toLowerCase(java.util.Locale.ROOT).contains(part), part + " in a public file name:\n" + names);
            }
        }
        for (String personal : List.of("j.martin@eaux-ploumanach.fr", "06 12 34 56 78", "Durand", "Sophie Martin", "Jean Dupont",
                "paul.roux", "Lebrun", "Wombat", "Xyzzy")) {
            assertFalse(published.contains(personal), personal + " is published");
        }
        assertTrue(published.contains("Syndicat des eaux du Ploumanach") && published.contains("CCAS de Trifouilly"),
                "the buyers stay public under their names alone");
        assertFalse(published.contains("Ploumanach – contact") || published.contains("Trifouilly ("), "no label left behind");
        assertTrue(published.contains("Rénovation du collège Jean Moulin"), "a school named after someone stays as written");
        assertTrue(published.contains("Questions à (nom retiré)") && published.contains("contact : (nom retiré)"), "the sentence still reads");
        assertTrue(published.contains("écrire à (coordonnée retirée) ou voir (nom retiré)"), "the answer is published without them");

        String internal = Files.readString(out.resolve("2027/internal/needs.json"));
        assertTrue(internal.contains("Questions à M. Durand") && internal.contains("Wombat"), "the internal files keep the text");
        String feedback = Files.readString(out.resolve("2027/internal/feedback/chu-beaumont.csv"));
        for (String said : List.of("La colonne « Description » nomme une personne (M. Durand, Mme Sophie Martin, Jean Dupont)",
                "questions.csv", "La colonne « Réponse » donne une coordonnée (paul.roux@example-chu-beaumont.fr)",
                "Une réponse publiée est lue par tous les candidats", "La colonne « Réponse » nomme une personne (M. Lebrun)",
                "porte la mention « Confidentiel »")) {
            assertTrue(feedback.contains(said), said + "\n" + feedback);
        }
        assertTrue(rejects.contains("questions.csv") && rejects.contains("paul.roux@example-chu-beaumont.fr"), rejects);
        String buyerFeedback = Files.readString(out.resolve("2027/internal/feedback/syndicat-des-eaux-du-ploumanach.csv"))
                + Files.readString(out.resolve("2027/internal/feedback/ccas-de-trifouilly.csv"));
        assertTrue(buyerFeedback.contains("l’acheteur est publié sous le nom « Syndicat des eaux du Ploumanach »")
                && buyerFeedback.contains("l’acheteur est publié sous le nom « CCAS de Trifouilly »")
                && buyerFeedback.contains("N’écrivez dans « Acheteur » que le nom de l’acheteur"), buyerFeedback);
    }
}

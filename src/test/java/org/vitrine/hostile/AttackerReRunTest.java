package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacker's re-run (issue 16, safetyG) through one whole run of {@code hostile/spreadsheets/attaquant-relance.csv}:
 * an e-mail with « à » for the at sign (M13, M24), a phone spelt out in words or mixed with digits (N01, N11) reach
 * no public file, the brochure read through pdftotext included; the needs stay public, the buyer is told; a name
 * removed inside brackets leaves tidy punctuation; the French « à » and numbers in words stay.
 */
class AttackerReRunTest {

    static final Path FILE = Path.of("src/test/resources/hostile/spreadsheets/attaquant-relance.csv");

    @TempDir
    static Path tmp;
    static String published;
    static String feedback;

    @BeforeAll
    static void run() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        Path out = FreeTextPrivacyTest.run(tmp, sheets, Files.readString(FILE, StandardCharsets.UTF_8));
        published = FreeTextPrivacyTest.publicText(out.resolve("2027/public"));
        feedback = Files.readString(out.resolve("2027/internal/feedback/chu-beaumont.csv"));
    }

    @Test
    void anAddressWithAForTheAtSignReachesNoPublicFile() {
        for (String leak : List.of("jean.rrx01", "j.rrx02", "mairie-exemple.fr", "domaine.fr")) {
            assertFalse(published.contains(leak), leak + " is published");
        }
        assertTrue(published.contains("Écrire à (coordonnée retirée) pour la visite"), "the need stays, the sentence says so");
        assertTrue(published.contains("Questions : (coordonnée retirée)"), "the need stays");
        assertTrue(feedback.contains("jean.rrx01 à mairie-exemple.fr") && feedback.contains("j.rrx02 à domaine.fr"), feedback);
    }

    @Test
    void aPhoneSpeltOutReachesNoPublicFile() {
        for (String leak : List.of("quatre-vingt-cinq douze", "trente-quatre cinquante-six", "quatre-vingt-cinq 12", "12 34 57")) {
            assertFalse(published.contains(leak), leak + " is published");
        }
        assertTrue(published.contains("Nettoyage rrx03") && published.contains("Nettoyage rrx04"), "the needs stay public");
        assertTrue(feedback.contains("zéro trois quatre-vingt-cinq douze trente-quatre cinquante-six")
                && feedback.contains("03 quatre-vingt-cinq 12 34 57"), feedback);
    }

    @Test
    void aNameRemovedInBracketsLeavesTidyPunctuation() {
        assertFalse(published.contains("Durand"), "the name is published");
        assertTrue(published.contains("Visite (nom retiré, maire adjoint) le matin"), "tidy brackets");
        assertFalse(published.contains("((nom retiré)"), "nested brackets");
    }

    @Test
    void theFrenchAAndNumbersInWordsStayPublic() {
        assertTrue(published.contains("Livraison à Mâcon, accès à internet. Informations à l'adresse www.ville.fr")
                || published.contains("Livraison à Mâcon, accès à internet. Informations à l&#39;adresse www.ville.fr")
                || published.contains("Livraison à Mâcon, accès à internet. Informations à l’adresse www.ville.fr"), "French « à »");
        assertTrue(published.contains("Marché en deux lots pour trois ans, quatre-vingts postes"), "numbers in words");
    }
}

package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacker W through a whole run (issue 16): secrets in a consultation link (« ?jeton= », « ;jsessionid= »,
 * « #access_token= »), in a link without a scheme and in the sentence, and stamps (« Document à usage interne »,
 * « [INTERNE] », « Pas de diffusion », small capitals) reach no public file, the brochure included; the legitimate
 * links and the words used as words stay.
 */
class AttackerWLinksStampsTest {

    @TempDir
    Path tmp;

    @Test
    void attackerWsSecretsAndStampsReachNoPublicFile() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        String b = "https://marches.example-beaumont.fr";
        String csv = "Acheteur;Objet;Description;Code CPV;Montant estimé;Date prévisionnelle de lancement;Lien consultation\n"
                + row("Nettoyage awl01", "Rien", b + "/c/123?jeton=SECRETW01")
                + row("Nettoyage awl02", "Rien", b + "/c/123;jsessionid=SECRETW02")
                + row("Nettoyage awl03", "Rien", b + "/c/123?X-Amz-Signature=SECRETW03&lot=2")
                + row("Maintenance, DCE " + b + "/c/1#access_token=SECRETW04", "Rien", "")
                + row("Nettoyage awl05", "Voir www.marches.example-beaumont.fr/c?password=SECRETW05", "")
                + row("Nettoyage awl06", "Identifiants DCE : admin / SECRETW06 (mot de passe)", "")
                + row("Voirie stw01", "Document à usage interne.", "")
                + row("[INTERNE] Voirie stw02", "Rien", "")
                + row("Voirie stw03", "Pas de diffusion.", "")
                + row("ᴄᴏɴꜰɪᴅᴇɴᴛɪᴇʟ – voirie stw04", "Rien", "")
                + row("Diffusion d'alertes aux usagers", "Marché de diffusion de contenus", b + "/consultation?id=2027-0612&lot=2");
        Path out = FreeTextPrivacyTest.run(tmp, sheets, csv);

        String published = FreeTextPrivacyTest.publicText(out.resolve("2027/public"));
        for (String leak : List.of("SECRETW01", "SECRETW02", "SECRETW03", "SECRETW04", "SECRETW05", "SECRETW06",
                "stw01", "stw02", "stw03", "stw04")) {
            assertFalse(published.contains(leak), leak + " is published");
        }
        assertTrue(published.contains("Nettoyage awl01") && published.contains(b + "/c/123?lot=2"), "the needs and their links stay");
        assertTrue(published.contains("Diffusion d'alertes aux usagers") || published.contains("Diffusion d’alertes aux usagers"),
                "« diffusion » as a word is public");
        assertTrue(published.contains("Marché de diffusion de contenus") && published.contains(b + "/consultation?id=2027-0612&lot=2"),
                "a legitimate link stays as written");
        assertTrue(Files.readString(out.resolve("2027/internal/needs.json")).contains("stw01"), "the stamped need is internal");
    }

    private static String row(String title, String description, String link) {
        return "chu-beaumont;" + title + ";" + description + ";30213100-6;15000;mai 2027;" + link + "\n";
    }
}

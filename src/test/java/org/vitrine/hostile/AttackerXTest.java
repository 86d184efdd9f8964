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
 * Attacker X (issue 16) through one whole run of the corpus file {@code hostile/spreadsheets/attaquant-x.csv}: stamps
 * in capitals between dashes or underlined with combining marks, refusals written as sentences (« Ce besoin ne doit
 * pas être publié », « Diffusion : NON ») hold the need back; « diffusion restreinte aux abonnés » (a subscription
 * service) stays public; e-mails disguised by « #at# », « \@ » or a quoted local part with a space are removed
 * from the public text, the need staying public; so are phones parted by « \ », « # », an emoji or combining
 * underlines, and a LinkedIn profile in the link column is refused (the need stays, without it). Every public file
 * is read, the brochure through pdftotext.
 */
class AttackerXTest {

    static final Path FILE = Path.of("src/test/resources/hostile/spreadsheets/attaquant-x.csv");

    @TempDir
    static Path tmp;
    static Path out;
    static String published;
    static String feedback;

    @BeforeAll
    static void run() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        out = FreeTextPrivacyTest.run(tmp, sheets, Files.readString(FILE, StandardCharsets.UTF_8));
        published = FreeTextPrivacyTest.publicText(out.resolve("2027/public"));
        feedback = Files.readString(out.resolve("2027/internal/feedback/chu-beaumont.csv"));
    }

    @Test
    void aStampedNeedReachesNoPublicFile() throws Exception {
        for (String held : List.of("stx01", "stx02", "stx03", "stx04", "stx05", "stx06")) {
            assertFalse(published.contains(held), held + " is published");
        }
        String internal = Files.readString(out.resolve("2027/internal/needs.json"));
        assertTrue(internal.contains("stx01") && internal.contains("stx06"), "the stamped needs are internal");
        assertTrue(feedback.contains("« — INTERNE — »") && feedback.contains("« ne pas transmettre »")
                && feedback.contains("« Ce besoin ne doit pas être publié »") && feedback.contains("« Diffusion : NON »"), feedback);
    }

    @Test
    void aDisguisedAddressReachesNoPublicFile() {
        for (String leak : List.of("mx01dupont", "mx02dupont", "mx03dupont")) {
            assertFalse(published.contains(leak), leak + " is published");
        }
        for (String need : List.of("ctx01", "ctx02", "ctx03")) {
            assertTrue(published.contains("Nettoyage " + need), need + ": the need stays public");
        }
        assertTrue(published.contains("Écrire à (coordonnée retirée)"), "the sentence says a contact was removed");
        assertTrue(feedback.contains("mx01dupont#at#ville-beaumont.fr") && feedback.contains("mx02dupont\\@ville-beaumont.fr")
                && feedback.contains("mx03dupont"), "the buyer is told each address: " + feedback);
    }

    @Test
    void aDisguisedPhoneReachesNoPublicFile() {
        for (String leak : List.of("56\\91", "56#92", "34 56 93", "9\u03324\u0332")) {
            assertFalse(published.contains(leak), leak + " is published");
        }
        for (String need : List.of("phx01", "phx02", "phx03", "phx04")) {
            assertTrue(published.contains("Nettoyage " + need), need + ": the need stays public");
        }
        assertTrue(published.contains("CPV 09310000-5,45000000-7 ; lots 01, 02, 03"), "a CPV list and lot numbers stay");
    }

    @Test
    void aPersonalProfileIsNoTenderLink() {
        assertFalse(published.contains("px01-dupont"), "the profile link is published");
        assertTrue(published.contains("Nettoyage ptx01"), "the need stays public, without its link");
        assertTrue(feedback.contains("https://m.linkedin.com/in/px01-dupont") && feedback.contains("profil personnel"),
                "the buyer is told: " + feedback);
    }

    @Test
    void theWordsUsedAsWordsStayPublic() {
        assertTrue(published.contains("Service de presse, diffusion restreinte aux abonnés"), "a subscription service is public");
        assertTrue(published.contains("Les résultats ne doivent pas être publiés avant le jury"), "an obligation of the contract is public");
    }
}

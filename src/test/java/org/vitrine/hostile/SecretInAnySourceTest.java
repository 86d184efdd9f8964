package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.cli.TestConfig;

/**
 * A source's REST token typed where the REST page check never looked (attacker Y, issue 16 §1: S01, S02, A04, and a
 * record of another REST source): a buyer's spreadsheet, a Q&A answer, another source's page. The cell is not
 * published, the rest of the row is, and the buyer is told which file, row and column without the secret quoted.
 * A separate JVM with the token in its environment, as a user runs Vitrine.
 */
class SecretInAnySourceTest {

    static final String TOKEN = "Vt7Qk2Mx9RpL4wZc8NbE3hYs6JdF1gAu";

    @TempDir
    Path tmp;

    @Test
    void theTokenOfOneSourceIsPublishedFromNoOtherSource() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        Files.writeString(sheets.resolve("chu-beaumont.csv"), PersonalDataRunTest.HEADER
                + PersonalDataRunTest.row("chu-beaumont", "ATK-S01", "Interface du SI billettique",
                        "Accès API du SI : Authorization: Bearer " + TOKEN, "")
                + PersonalDataRunTest.row("chu-beaumont", "ATK-S02", "Billettique (clé d'API " + TOKEN + ")", "Refonte", "")
                // the token with a Hangul filler between its characters (T18): the filler is dropped, the token seen
                + PersonalDataRunTest.row("chu-beaumont", "ATK-T18", "Valideurs embarqués", "Réf. " + String.join("\u3164", TOKEN.split("")), ""),
                StandardCharsets.UTF_8);
        Path questions = Files.createDirectories(tmp.resolve("questions"));
        Files.writeString(questions.resolve("questions.csv"), "Acheteur;Référence;Question;Réponse;Date de la question;Date de la réponse\n"
                + "chu-beaumont;ATK-S01;Comment accéder au SI ?;Utilisez le jeton " + TOKEN + ".;14/10/2026;21/10/2026\n", StandardCharsets.UTF_8);
        Path page = tmp.resolve("autre.json");
        Files.writeString(page, "{\"besoins\":[{\"id\":\"X1\",\"ref\":\"AUT-1\",\"objet\":\"Billettique mobile\",\"description\":\"Clé "
                + TOKEN + "\",\"cpv\":\"30213100-6\",\"montantHT\":85000,\"lancement\":\"2027-03-08\"}]}", StandardCharsets.UTF_8);
        Path config = TestConfig.in(tmp).spreadsheets(sheets).brochure(true)
                .source(TestConfig.Source.qa("questions", questions))
                .source(TestConfig.Source.shipped("si-transports")
                        .map("auth", "header", "Authorization", "scheme", "Bearer", "tokenEnv", "VITRINE_TOKEN_Y"))
                .source(TestConfig.Source.rest("si-autre", page.toUri().toString()).with("buyer", "chu-beaumont")
                        .with("records", "/besoins").with("id", "/id").map("paging", "style", "none")
                        .map("fields", "reference", "/ref", "title", "/objet", "description", "/description", "cpv", "/cpv",
                                "amount", "/montantHT", "launch", "/lancement").onFailure("abort"))
                .write();
        Path out = tmp.resolve("out");
        CorpusRun.Result r = CorpusRun.run(config, out, Map.of("VITRINE_TOKEN_Y", TOKEN), 180);
        assertTrue(r.exit() <= 1, r.output());
        String published = FreeTextPrivacyTest.publicText(out.resolve("2027/public").toRealPath());
        assertFalse(published.contains(TOKEN), "the token is published");
        for (String kept : new String[] {"ATK-S01", "Interface du SI billettique", "Valideurs embarqués", "Billettique mobile",
                "Comment accéder au SI ?"}) {
            assertTrue(published.contains(kept), kept + ": the rest of the row is published");
        }
        String rejects = Files.readString(out.resolve("2027/internal/rejects.csv"), StandardCharsets.UTF_8);
        assertFalse(rejects.contains(TOKEN), "the secret is not quoted to staff");
        for (String said : new String[] {"chu-beaumont.csv", "questions.csv", "si-autre",
                "La colonne « Description » contient un secret de la configuration", "La colonne « Réponse » contient un secret",
                "La colonne « Objet » contient un secret"}) {
            assertTrue(rejects.contains(said), said + "\n" + rejects);
        }
        assertFalse(r.output().contains(TOKEN), r.output());
    }
}

package org.vitrine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attacker Y's REST token cases T01–T32 (issue 16, §2), as its generator wrote them: each record's text values read as
 * one page. All are held but those docs/HOSTILE.md does not claim: look-alike letters (T10), the token cut in pieces
 * under the piece length (T11, T12, T26), NATO spelling (T15), rot47 (T04).
 */
class AttackerYTokenTest {

    static final Set<String> NOT_CLAIMED = Set.of("T04", "T10", "T11", "T12", "T15", "T26");

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = AttackerYTokenTest.class.getResourceAsStream("/hostile/attacker-y-tokens.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
            ObjectMapper json = new ObjectMapper();
            return lines.stream().map(l -> l.split("\t", 3)).map(f -> {
                try {
                    return Arguments.of(f[0], f[1], List.of(json.readValue(f[2], String[].class)));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void attackerYsTokenSpellingsAreEchoes(String id, String token, List<String> values) {
        TokenEcho.Many.Page page = TokenEcho.of(token).page();
        values.forEach(page::read);
        if ("T14".equals(id)) {
            // the token written in tag characters is invisible text: dropped by the cleaning, nothing of it published
            assertEquals("Logiciel de billettique", CellText.withoutMarkup(values.get(0), CellText.IGNORED));
        } else if (!NOT_CLAIMED.contains(id)) {
            assertTrue(page.held(), id + " " + values);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0xE0056, 0x3164, 0x115F, 0x1160, 0xFFA0, 0xFE0F, 0x2061, 0x1D173, 0x180E})
    void invisibleAndFillerCharactersAreDroppedFromPublishedText(int c) {
        String hidden = "Logiciel" + new String(Character.toChars(c)) + " de billettique";
        assertEquals("Logiciel de billettique", CellText.clean(hidden, CellText.IGNORED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Logiciel de billettique 2027, lot 4 : 48 mois", "Référence 2027-0647-8391 SIRET 21710000000014",
            "Empreinte du dossier : dossier-final-v2.pdf", "VVTT maintenance, 7788 quai 99"})
    void ordinaryTextIsNoEcho(String text) {
        TokenEcho.Many.Page page = TokenEcho.of("Vt7Qk2Mx9RpL4wZc8NbE3hYs6JdF1gAu").page();
        page.read(text);
        assertFalse(page.held(), text);
    }
    /** Other secrets of other lengths (so other piece sizes) read in the same pass, a short one looked for whole only. */
    static final List<String> OTHERS = List.of("Hq4Zr8Lm2Xc6Vb9Nt3Kw7Pd5Sf1Gy0JaTe6Wu2Bn", "k9Tz", "ab12CD34ef56");

    /**
     * One combined matcher for all the secrets (safetyG): each value folded and each chunk decoded once for all of
     * them; it holds a page exactly when one secret's own checker does, whichever place the token has in the list.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCombinedMatcherHoldsWhatEachSecretsCheckerHolds(String id, String token, List<String> values) {
        TokenEcho.Many.Page alone = TokenEcho.of(token).page();
        values.forEach(alone::read);
        for (List<String> secrets : List.of(List.of(token, OTHERS.get(0), OTHERS.get(1), OTHERS.get(2)),
                List.of(OTHERS.get(0), OTHERS.get(2), token, OTHERS.get(1)))) {
            TokenEcho.Many.Page together = TokenEcho.Many.of(secrets.stream().map(TokenEcho::of).toList()).page();
            values.forEach(together::read);
            assertEquals(alone.held(), together.held(), id + " " + secrets.indexOf(token));
        }
    }

    @org.junit.jupiter.api.Test
    void theCombinedMatcherFindsEverySecretAndNothingInOrdinaryText() {
        List<TokenEcho> all = java.util.stream.Stream.concat(Stream.of("Vt7Qk2Mx9RpL4wZc8NbE3hYs6JdF1gAu"), OTHERS.stream())
                .map(TokenEcho::of).toList();
        TokenEcho.Many many = TokenEcho.Many.of(all);
        for (String secret : List.of("Vt7Qk2Mx9RpL4wZc8NbE3hYs6JdF1gAu", OTHERS.get(0), OTHERS.get(1), OTHERS.get(2))) {
            TokenEcho.Many.Page page = many.page();
            assertTrue(page.read("Logiciel de billettique, clé " + secret + " fournie") || page.held(), secret);
            // base64 of a value holding it, read decoded
            TokenEcho.Many.Page encoded = many.page();
            encoded.read(java.util.Base64.getEncoder().encodeToString(("Bearer " + secret).getBytes(StandardCharsets.UTF_8)));
            assertEquals(secret.length() >= 8, encoded.held(), secret);
        }
        for (String text : List.of("Logiciel de billettique 2027, lot 4 : 48 mois", "Référence 2027-0647-8391 SIRET 21710000000014",
                "Empreinte du dossier : dossier-final-v2.pdf", "VVTT maintenance, 7788 quai 99")) {
            TokenEcho.Many.Page page = many.page();
            page.read(text);
            assertFalse(page.held(), text);
        }
        assertFalse(TokenEcho.Many.of(List.of()).page().read("k9Tz"));
    }
}

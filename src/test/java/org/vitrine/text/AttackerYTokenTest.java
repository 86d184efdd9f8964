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
        TokenEcho.Page page = TokenEcho.of(token).page();
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
        TokenEcho.Page page = TokenEcho.of("Vt7Qk2Mx9RpL4wZc8NbE3hYs6JdF1gAu").page();
        page.read(text);
        assertFalse(page.held(), text);
    }
}

package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A code that says nothing of the thing (issue 22 §4): no such code and none near it (« 99999999 »), or a whole division
 * (« 45000000 », « 33000000-0 »). The strict match found no related label for these real-looking titles
 * (src/test/resources/cpv-suggestions/bare-codes.csv), so the reject or the feedback line proposed nothing; the nearest
 * labels of the title's object (in the division typed, of the title's nature) are proposed now.
 */
class CpvSuggesterBareCodeTest {

    @Test
    void aCodeThatSaysNothingGetsTheNearestCodesOfTheTitle() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/cpv-suggestions/bare-codes.csv"), StandardCharsets.UTF_8);
        List<String> misses = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";", -1);
            List<String> got = CpvSuggester.load().suggest(f[0], f[1]).stream().map(CpvSuggester.Suggestion::code).toList();
            boolean ok = f[3].equals("first") ? !got.isEmpty() && got.get(0).equals(f[2]) : got.contains(f[2]);
            if (!ok) {
                misses.add(f[0] + " typed " + f[1] + " → " + got + " (expected " + f[2] + " " + f[3] + ")");
            }
        }
        assertTrue(lines.size() > 10);
        assertTrue(misses.isEmpty(), String.join("\n", misses));
    }

    @Test
    void aDivisionTypedKeepsItsDivisionAndIsNeverProposedItself() {
        for (String typed : List.of("45000000", "45000000-7")) {
            List<CpvSuggester.Suggestion> got = CpvSuggester.load().suggest("Travaux de voirie", typed);
            assertTrue(!got.isEmpty() && got.stream().allMatch(s -> s.code().startsWith("45") && !s.code().startsWith("45000000")),
                    typed + " → " + got);
        }
    }

    @Test
    void noneRatherThanAnotherThing() {
        CpvSuggester cpv = CpvSuggester.load();
        // a scholarship is no purse, whatever the code; a service's bare activity is not looked for outside the division
        assertEquals(List.of(), cpv.suggest("Bourses d'études pour les étudiants", "99999999"));
        assertEquals(List.of(), cpv.suggest("Assistance à maîtrise d'ouvrage", "71000000-8"));
        // the examples' AI tool typed 72000000-5: « outils » of programming languages are another thing
        assertEquals(List.of(), cpv.suggest("Outil d'intelligence artificielle pour l'orientation des étudiants", "72000000-5"));
        assertTrue(cpv.suggest("Assistance à maîtrise d'ouvrage", "99999999").stream().noneMatch(s -> s.code().startsWith("72253")));
    }

    @Test
    void theRejectQuotesThemAsTheFeedbackDoes() {
        assertEquals("90911200-8 Services de nettoyage de bâtiments", CpvSuggester.load().shown("Nettoyage des locaux", "99999999", 3));
        assertEquals("90911200-8 Building-cleaning services", CpvSuggester.load().shown("Nettoyage des locaux", "99999999", 3, "en"));
    }
}

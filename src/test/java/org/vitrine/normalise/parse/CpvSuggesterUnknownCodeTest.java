package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unknown code says what the buyer looked up (src/test/resources/cpv-suggestions/unknown-codes.csv): its nearest
 * existing codes are proposed, those the title names first. Ranking by the title alone gave nothing for the
 * examples' « Fauchage et débroussaillage » typed 77312500 and « livraison de repas » for hospital meals typed 15894250.
 */
class CpvSuggesterUnknownCodeTest {

    @Test
    void theNearestExistingCodesOfAnUnknownCodeAreProposed() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/cpv-suggestions/unknown-codes.csv"), StandardCharsets.UTF_8);
        List<String> misses = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";", -1);
            assertTrue(!CpvCatalogue.load().exists(f[1].replaceAll("-.*", "")), f[1] + " must be unknown");
            List<String> got = CpvSuggester.load().suggest(f[0], f[1]).stream().map(CpvSuggester.Suggestion::code).toList();
            boolean ok = f[3].equals("first") ? !got.isEmpty() && got.get(0).equals(f[2]) : got.contains(f[2]);
            if (!ok) {
                misses.add(f[0] + " typed " + f[1] + " → " + got + " (expected " + f[2] + " " + f[3] + ")");
            }
        }
        assertTrue(misses.isEmpty(), String.join("\n", misses));
    }

    /** Officer U: « 3360000O » (a letter O) and « 3360000 » suggested 03300000-2 Produits agricoles, never 33600000-6. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"3360000O", "3360000", "3360OOOO", "33600OOO-6"})
    void aMistypedCodeSuggestsTheCodeItMeansFirstNeverAnotherDivision(String typed) {
        List<String> got = CpvSuggester.load().suggest("Médicaments de la liste en sus", typed).stream()
                .map(CpvSuggester.Suggestion::code).toList();
        assertTrue(!got.isEmpty() && got.get(0).equals("33600000-6"), typed + " → " + got);
        assertTrue(got.stream().noneMatch(c -> c.startsWith("03")), typed + " → " + got);
    }
}

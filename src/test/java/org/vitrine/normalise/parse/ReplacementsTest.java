package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A letter lost to encoding damage (U+FFFD) is filled from the French word list when exactly one accented letter
 * gives a word: at a word's end, before punctuation, at the start of the text (capital), in a plural or a feminine
 * form of a listed word, and an apostrophe lost between an elided article and its word; otherwise it stays.
 */
class ReplacementsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Audit d'accessibilit\uFFFD|Audit d'accessibilité",
        "Audit d'accessibilit\uFFFD.|Audit d'accessibilité.",
        "Mise en accessibilit\uFFFD, voirie|Mise en accessibilité, voirie",
        "Travaux (accessibilit\uFFFD)|Travaux (accessibilité)",
        "Accessibilit\uFFFD : audit|Accessibilité : audit",
        "ACCESSIBILIT\uFFFD|ACCESSIBILITÉ",
        "\uFFFDtude de faisabilit\uFFFD|Étude de faisabilité",
        "Prestations sp\uFFFDcialis\uFFFDes|Prestations spécialisées",
        "Contr\uFFFDles d'accessibilit\uFFFD des b\uFFFDtiments|Contrôles d'accessibilité des bâtiments",
        "Diagnostic de l\uFFFDaccessibilit\uFFFD|Diagnostic de l’accessibilité",
        "Travaux d\uFFFD\uFFFDtanch\uFFFDit\uFFFD|Travaux d\uFFFD\uFFFDtanch\uFFFDit\uFFFD",
        "Syndicat X\uFFFDZ|Syndicat X\uFFFDZ",
    })
    void fillsALetterOnlyWhenOneWordFits(String damaged, String repaired) {
        List<Repair> repairs = new ArrayList<>();
        assertEquals(repaired, Replacements.repair(damaged, repairs));
        String key = repaired.indexOf('\uFFFD') >= 0 ? "parse.repair.replacement" : "parse.repair.replacement_fixed";
        assertTrue(repairs.stream().anyMatch(r -> r.key().equals(key)), repairs.toString());
    }
}

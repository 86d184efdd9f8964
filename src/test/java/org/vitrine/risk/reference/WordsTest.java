package org.vitrine.risk.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles fold as the risk tables read them: lower case, no accents, one space between words. */
class WordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Illuminations de fin d'année|illuminations de fin d annee",
            "Fourniture d’électricité HT|fourniture d electricite ht",
            "Gros Œuvre — lot n°2|gros oeuvre lot n 2",
            "  Ça   va ??  |ca va",
            "Colonnes semi-enterrées|colonnes semi enterrees",
            "Ægis 12ème|aegis 12eme",
            "''|''"})
    void foldsATitle(String title, String folded) {
        assertEquals(folded, Words.fold(title));
    }

    @ParameterizedTest
    @CsvSource({"'illuminations? (de noel|de fin d annee)', illumination",
            "'(colonnes?|conteneurs?) (semi )?enterre(e|s|es)?', enterre",
            "'(maintenance|entretien) (de |d )?(cuisine|restauration)', cuisine restauration",
            "'assurances?', assurance"})
    void findsTheWordsAPatternCannotMatchWithout(String pattern, String cues) {
        assertEquals(String.join(" ", CpvKeywords.cues(pattern)), cues);
    }
}

package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.config.Fold;

/** The shortcuts taken on every row give the answers of the full checks. */
class FastPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Total|true", "  TOTAL général|true", "Sous-total|true", "sous total lot 2|true", "Somme|true",
        "Montant total|true", "Śomme|true", "Totalement neuf|false", "Titre|false", "Mobilier|false",
        "Œuvre|false", "123 total|false", "-- total|true", "Nettoyage|false", "'  '|false",
        "Travaux de voirie|false", "Maintenance|false", "Sous|false", "Som|false", "MONTANT TOTAL HT|true", "Montage|false", "Tôtal|true",
    })
    void totalLabelsAsTheFoldedPatternSaysIncludingTheShortcut(String text, boolean expected) {
        assertEquals(expected, RecordAssembler.isTotalLabel(text));
        boolean full = Fold.fold(text).matches("^(sous )?total\\b.*|^somme\\b.*|^montant total\\b.*");
        assertEquals(full, RecordAssembler.isTotalLabel(text), text);
    }
}

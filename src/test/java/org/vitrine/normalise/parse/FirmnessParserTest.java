package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirmnessParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "ferme|firm", "Ferme|firm", "certain|firm", "confirmé|firm", "firm|firm", "confirmed|firm",
        "probable|likely", "likely|likely",
        "envisagé|tentative", "envisage|tentative", "à l'étude|tentative", "A l’étude|tentative", "hypothétique|tentative",
        "tentative|tentative", "possible|tentative",
    })
    void readsFirmLikelyAndTentative(String in, String expected) throws ParseError {
        assertEquals(expected, FirmnessParser.parse(cell(in)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "abandonné|parse.firmness.unknown",
        "n:50|parse.firmness.unknown",
        "e:#REF!|parse.cell.error",
    })
    void refusesOtherDegrees(String in, String key) {
        refused(key, () -> FirmnessParser.parse(cell(in)));
    }
}

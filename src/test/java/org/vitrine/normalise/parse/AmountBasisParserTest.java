package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountBasisParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "total|total", "Total|total", "global|total", "Globale|total", "sur la durée|total", "Sur la durée totale|total",
        "annuel|annual", "Annuelle|annual", "annual|annual", "par an|annual", "yearly|annual", "per year|annual",
    })
    void readsTotalAndAnnual(String in, String expected) throws ParseError {
        assertEquals(expected, AmountBasisParser.parse(cell(in)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "mensuel|parse.amount_basis.unknown",
        "n:12|parse.amount_basis.unknown",
        "e:#NAME?|parse.cell.error",
    })
    void refusesOtherBases(String in, String key) {
        refused(key, () -> AmountBasisParser.parse(cell(in)));
    }
}

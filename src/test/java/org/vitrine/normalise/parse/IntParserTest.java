package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntParserTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "lots|3|3",
        "lots|n:3|3",
        "lots|n:3.0|3",
        "lots|3.0|3",
        "lots|3 lots|3",
        "lots|trois lots|3",
        "lots|Non alloti|1",
        "lots|pas d'allotissement|1",
        "lots|Lot unique|1",
        "lots|10000|10000",
        "suppliers_known|0|0",
        "suppliers_known|n:0|0",
        "suppliers_known|aucun|0",
        "suppliers_known|None|0",
        "suppliers_known|4 fournisseurs|4",
        "suppliers_known|deux|2",
    })
    void readsWholeNumbersAndWords(String field, String in, int expected) throws ParseError {
        assertEquals(expected, IntParser.parse(cell(in), field));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "lots|-2|parse.int.negative",
        "lots|n:-2|parse.int.negative",
        "lots|2.5|parse.int.decimal",
        "lots|n:2.5|parse.int.decimal",
        "lots|2,5|parse.int.decimal",
        "lots|10001|parse.int.too_large",
        "lots|n:1e9|parse.int.too_large",
        "lots|0|parse.lots.zero",
        "lots|aucun|parse.lots.zero",
        "lots|quelques-uns|parse.int.unreadable",
        "lots|3 à 5|parse.int.unreadable",
        "suppliers_known|beaucoup|parse.int.unreadable",
        "suppliers_known|non alloti|parse.int.unreadable",
        "suppliers_known|n:NaN|parse.int.unreadable",
        "suppliers_known|e:#VALUE!|parse.cell.error",
    })
    void refusesNegativeDecimalHugeAndUnreadableNumbers(String field, String in, String key) {
        refused(key, () -> IntParser.parse(cell(in), field));
    }
}

package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.Coverage;

class CoverageParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
        "totale|full|-", "Complète|full|-", "full|full|-", "total|full|-",
        "100 %|full|100", "100%|full|100", "n:100|full|100", "n:1|full|100",
        "partielle|partial|-", "Partial|partial|-",
        "inconnue|unknown|-", "unknown|unknown|-", "ne sait pas|unknown|-", "?|unknown|-",
        "60 %|partial|60", "60%|partial|60", "60\u00a0%|partial|60", "60|partial|60", "n:60|partial|60",
        "n:0.6|partial|60", "0,6|partial|60", "62,5 %|partial|63", "0 %|partial|0", "n:0|partial|0",
    })
    void readsLevelsAndPercentages(String in, String level, Integer percent) throws ParseError {
        assertEquals(new Coverage(level, percent), CoverageParser.parse(cell(in)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "120 %|parse.coverage.out_of_range",
        "n:150|parse.coverage.out_of_range",
        "-10 %|parse.coverage.out_of_range",
        "n:-0.5|parse.coverage.out_of_range",
        "moitié|parse.coverage.unknown",
        "60 € |parse.coverage.unknown",
        "e:#REF!|parse.cell.error",
    })
    void refusesOutOfRangeAndUnknownCoverage(String in, String key) {
        refused(key, () -> CoverageParser.parse(cell(in)));
    }
}

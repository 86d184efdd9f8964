package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YesNoParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "oui|true", "OUI|true", "Oui.|true", "yes|true", "x|true", "X|true", "o|true", "y|true", "1|true", "vrai|true", "true|true",
        "b:true|true", "n:1|true", "n:1.0|true",
        "non|false", "Non|false", "no|false", "n|false", "0|false", "faux|false", "false|false", "b:false|false", "n:0|false",
    })
    void readsYesAndNo(String in, boolean expected) throws ParseError {
        assertEquals(expected, YesNoParser.parse(cell(in)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "peut-être|parse.yesno.unknown",
        "oui/non|parse.yesno.unknown",
        "n:2|parse.yesno.unknown",
        "n:0.5|parse.yesno.unknown",
        "e:#DIV/0!|parse.cell.error",
    })
    void refusesOtherAnswers(String in, String key) {
        refused(key, () -> YesNoParser.parse(cell(in)));
    }
}

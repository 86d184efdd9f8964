package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameworkAwardParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "mono-attributaire|single", "Mono attributaire|single", "MONOATTRIBUTAIRE|single", "mono|single", "un seul titulaire|single",
        "1|single", "n:1|single", "1 titulaire|single", "single|single", "single supplier|single",
        "multi-attributaire|multiple", "Multi-attributaires|multiple", "multi|multiple", "plusieurs titulaires|multiple",
        "3|multiple", "n:3|multiple", "3 titulaires|multiple", "multiple|multiple", "several suppliers|multiple",
    })
    void readsOneSupplierOrSeveral(String in, String expected) throws ParseError {
        assertEquals(expected, FrameworkAwardParser.parse(cell(in)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "0|parse.framework_award.unknown",
        "à bons de commande|parse.framework_award.unknown",
        "e:#N/A|parse.cell.error",
    })
    void refusesWhatSaysNeither(String in, String key) {
        refused(key, () -> FrameworkAwardParser.parse(cell(in)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", value = {
        "Accord-cadre multi-attributaire (AOO)|multiple",
        "Accord-cadre mono-attributaire à bons de commande|single",
        "Multiple-supplier framework (open procedure)|multiple",
        "Accord-cadre (AOO)|null",
        "MAPA|null",
        // "multi" alone in a procedure text is no award: only the column reads a bare word
        "Multi-lots (AOO)|null",
    })
    void readsTheAwardFromAProcedureTextOnlyWhenItSaysSo(String procedure, String expected) {
        assertEquals(expected, FrameworkAwardParser.inText(Text.fold(procedure)));
    }
}

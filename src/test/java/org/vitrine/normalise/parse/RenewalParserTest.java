package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenewalParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // officer Z's ville-dijon D02: « oui 2 fois » was emptied
        "oui 2 fois|true|2", "Oui, 2 fois|true|2", "oui (2 fois)|true|2", "oui x2|true|2", "reconductible 3 fois|true|3",
        "Reconductible trois fois|true|3", "2 reconductions|true|2", "1 reconduction|true|1", "renouvelable 1 fois|true|1",
        "reconductible|true|0", "Reconduction tacite|true|0", "oui|true|0", "x|true|0", "n:1|true|0",
        "non|false|0", "Non reconductible|false|0", "sans reconduction|false|0", "0 reconduction|false|0",
    })
    void readsTheAnswerAndTheCount(String in, boolean yes, int count) throws ParseError {
        RenewalParser.Renewal r = RenewalParser.parse(cell(in));
        assertEquals(yes, r.yes());
        assertEquals(count, r.count());
    }

    /** Officer Z3: renewal words without a number are told apart from a bare yes, so that the number is asked. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Reconduction|true", "reconductible|true", "Reconduction tacite|true", "Renouvelable|true",
        "oui|false", "x|false", "reconductible 3 fois|false", "non|false", "Non reconductible|false"})
    void renewalWordsWithoutANumberAreWorded(String in, boolean worded) throws ParseError {
        assertEquals(worded, RenewalParser.parse(cell(in)).worded());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Reconduction|true", "Reconductible|true", "Reconduction (oui/non)|true",
        "Marché renouvelable|true", "Reconductions|true", "Marché reconductible (O/N)|true", "Renouvellement|false", "Renewal|false",
        // columns.yaml's French for « Renouvellement » (the Métropole's example): « oui » renews a current contract
        "Reconduction d'un marché|false", "Reconduction du marché|false"})
    void headersNamingTheOption(String header, boolean option) {
        assertEquals(option, RenewalParser.headerNamesOption(header));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"peut-être", "2", "n:2", "e:#N/A"})
    void refusesOtherAnswers(String in) {
        refused(in.startsWith("e:") ? "parse.cell.error" : "parse.yesno.unknown", () -> RenewalParser.parse(cell(in)));
    }
}

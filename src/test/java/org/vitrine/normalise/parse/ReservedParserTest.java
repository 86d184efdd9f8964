package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReservedParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "non|false", "no|false", "0|false", "n:0|false",
        "oui|true", "yes|true", "x|true", "n:1|true",
        "EA|ea_esat", "ESAT|ea_esat", "EA/ESAT|ea_esat", "Entreprises adaptées|ea_esat", "réservé handicap|ea_esat",
        "Oui - ESAT|ea_esat",
        "SIAE|siae", "IAE|siae", "insertion|siae", "Structures d'insertion (SIAE)|siae",
        "ESS|ess", "Économie sociale et solidaire|ess",
    })
    void readsYesNoAndTheReservationType(String in, String expected) throws ParseError {
        Object got = ReservedParser.parse(cell(in));
        Object want = switch (expected) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> expected;
        };
        assertEquals(want, got);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "peut-être|parse.reserved.unknown",
        "réservé|parse.reserved.unknown",
        "SIAE ou ESAT|parse.reserved.several",
        "n:3|parse.yesno.unknown",
        "e:#REF!|parse.cell.error",
    })
    void refusesUnknownAndSeveralTypes(String in, String key) {
        refused(key, () -> ReservedParser.parse(cell(in)));
    }
}

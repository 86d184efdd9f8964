package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "69|69 – Rhône",
        "n:69|69 – Rhône",
        "01|01 – Ain",
        "n:1|01 – Ain",
        "1|01 – Ain",
        "2A|2A – Corse-du-Sud",
        "2b|2B – Haute-Corse",
        "971|971 – Guadeloupe",
        "n:976|976 – Mayotte",
        "95|95 – Val-d’Oise",
        "FR101|Paris (FR101)",
        "frk26|Rhône (FRK26)",
        "FR1|Ile-de-France (FR1)",
        "FR|France (FR)",
        "20|20",
        "975|975",
        "FRZ99|FRZ99",
        "Lyon  et   métropole|Lyon et métropole",
        "n:69.5|69.5",
    })
    void readsDepartementsNutsCodesAndText(String in, String expected) throws ParseError {
        assertEquals(expected, LocationParser.parse(cell(in)));
    }

    @Test
    void knowsTheHundredAndOneDepartements() {
        assertEquals(101, Departements.size());
        assertEquals(147 - 1, NutsCatalogue.load().size());
    }

    @Test
    void refusesErrorCellsAndOverlongText() {
        refused("parse.cell.error", () -> LocationParser.parse(cell("e:#REF!")));
        refused("parse.text.too_long", () -> LocationParser.parse(cell("x".repeat(201))));
    }
}

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
        "69|69",
        "n:69|69",
        "01|01",
        "n:1|01",
        "1|01",
        "2A|2A",
        "2b|2B",
        "971|971",
        "n:976|976",
        "95|95",
        "FR101|FR101",
        "frk26|FRK26",
        "FR1|FR1",
        "FR|FR",
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
        Places places = Places.load();
        long known = java.util.stream.IntStream.rangeClosed(1, 999).mapToObj(String::valueOf)
                .filter(c -> places.departementCode(c) != null).count();
        assertEquals(101, known + (places.departementCode("2a") == null ? 0 : 1) + (places.departementCode("2B") == null ? 0 : 1));
        assertEquals("01", places.departementCode("1"));
        assertEquals("2A", places.departementCode("2a"));
        assertEquals(null, places.departementCode("20"));
        assertEquals(null, places.departementCode("975"));
        assertEquals(147 - 1, NutsCatalogue.load().size());
    }

    @Test
    void refusesErrorCellsAndOverlongText() {
        refused("parse.cell.error", () -> LocationParser.parse(cell("e:#REF!")));
        refused("parse.text.too_long", () -> LocationParser.parse(cell("x".repeat(201))));
    }
}

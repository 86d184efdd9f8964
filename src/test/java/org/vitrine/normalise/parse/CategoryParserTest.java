package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Travaux|works",
        "TRAVAUX|works",
        "works|works",
        "Marché de travaux|works",
        "Fournitures|supplies",
        "fourniture|supplies",
        "supplies|supplies",
        "Achats de fournitures|supplies",
        "goods|supplies",
        "Services|services",
        "Prestations de services|services",
        "prestations intellectuelles|services",
        "service|services",
    })
    void readsFrenchAndEnglishCategories(String in, String expected) throws ParseError {
        assertEquals(expected, CategoryParser.parse(cell(in)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Informatique|parse.category.unknown",
        "TIC|parse.category.unknown",
        "n:3|parse.category.unknown",
        "Fournitures et services|parse.category.mixed",
        "travaux / services|parse.category.mixed",
        "e:#REF!|parse.cell.error",
    })
    void refusesUnknownAndMixedCategories(String in, String key) {
        refused(key, () -> CategoryParser.parse(cell(in)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "03000000-1|supplies",
        "30200000-1|supplies",
        "44000000-0|supplies",
        "45000000-7|works",
        "45210000|works",
        "48000000-8|supplies",
        "50000000-5|services",
        "72000000-5|services",
        "98000000-3|services",
    })
    void derivesTheCategoryFromTheCpvDivision(String code, String expected) {
        assertEquals(expected, CategoryParser.fromCpv(code));
    }
}

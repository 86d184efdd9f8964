package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.DurationSpec;

class DurationParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "24|24|0|0",
        "n:24|24|0|0",
        "24 mois|24|0|0",
        "24 Mois|24|0|0",
        "2 ans|24|0|0",
        "1 an|12|0|0",
        "1,5 an|18|0|0",
        "4 years|48|0|0",
        "18 months|18|0|0",
        "6 semaines|2|0|0",
        "90 jours|3|0|0",
        "12 + 3 x 12|12|3|12",
        "12+3*12|12|3|12",
        "12 + 3 × 12 mois|12|3|12",
        "1 an + 3 x 1 an|12|3|12",
        "1 an renouvelable 3 fois|12|3|12",
        "1 an reconductible 3 fois|12|3|12",
        "12 mois reconductible 3 fois 12 mois|12|3|12",
        "12 mois, reconductible trois fois|12|3|12",
        "2 ans reconductible 2 fois 1 an|24|2|12",
        "1 year renewable 3 times|12|3|12",
        "12 mois + 3 reconductions de 12 mois|12|3|12",
        "4 ans (1+1+1+1)|12|3|12",
        "48 mois (12+12+12+12)|12|3|12",
        "12+12+12+12|12|3|12",
        "3 ans (2+1)|24|1|12",
        "(1+1+1+1) ans|12|3|12",
        "600|600|0|0",
    })
    void readsMonthsYearsAndRenewals(String in, int base, int renewals, int each) throws ParseError {
        assertEquals(new DurationSpec(base, renewals, each), DurationParser.parse(cell(in)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "0|parse.duration.zero",
        "n:0|parse.duration.zero",
        "0 mois|parse.duration.zero",
        "12 + 3 x 0|parse.duration.zero",
        "-12|parse.duration.negative",
        "n:-12|parse.duration.negative",
        "601|parse.duration.too_long",
        "60 ans|parse.duration.too_long",
        "12 + 50 x 12|parse.duration.too_long",
        "99999999999|parse.duration.unreadable",
        "n:1.5|parse.duration.unreadable",
        "1,5 mois|parse.duration.unreadable",
        "longue|parse.duration.unreadable",
        "4 ans (1+1+1)|parse.duration.unreadable",
        "24 mois environ peut-être|parse.duration.unreadable",
        "e:#DIV/0!|parse.cell.error",
    })
    void refusesZeroNegativeHugeAndUnreadableDurations(String in, String key) {
        refused(key, () -> DurationParser.parse(cell(in)));
    }
}

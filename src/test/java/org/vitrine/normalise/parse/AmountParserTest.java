package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.Amount;

class AmountParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1.5E5|150000|150000",
        "1,5E+05|150000|150000",
        "2.5e6|2500000|2500000",
        "125000|125000|125000",
        "n:125000|125000|125000",
        "n:125000.5|125000.5|125000.5",
        "125 000 €|125000|125000",
        "125 000,50|125000.5|125000.5",
        "125.000,50|125000.5|125000.5",
        "125,000.50|125000.5|125000.5",
        "125,000|125000|125000",
        "125.000|125000|125000",
        "1,5|1.5|1.5",
        "0,500|0.5|0.5",
        "1.250.000|1250000|1250000",
        "1,250,000|1250000|1250000",
        "1'250'000|1250000|1250000",
        "1 250 000,00 € H.T.|1250000|1250000",
        "125\u00a0000\u00a0€|125000|125000",
        "125\u202f000|125000|125000",
        "1,2 M€|1200000|1200000",
        "1.2M|1200000|1200000",
        "1,250 M€|1250000|1250000",
        "40k|40000|40000",
        "45 k€|45000|45000",
        "45 K€|45000|45000",
        "45 KEUR|45000|45000",
        "2 millions|2000000|2000000",
        "1,5 million d'euros|1500000|1500000",
        "1,5 million d’euros|1500000|1500000",
        "€ 12 000|12000|12000",
        "12 000 € HT|12000|12000",
        "12 000 euros hors taxes|12000|12000",
        "EUR 12000|12000|12000",
        "environ 50 000 €|50000|50000",
        "1,5 Md€|1500000000|1500000000",
        // officer U: a total over the contract's duration rejected the need (« Montant illisible »)
        "1,2 M€ sur 4 ans|1200000|1200000",
        "300 k€ pour 48 mois|300000|300000",
        "450 000 € HT sur la durée du marché|450000|450000",
        "40 à 60 k€ sur 3 ans|40000|60000",
    })
    void readsFrenchAndEnglishAmountsWithSpacesAndUnits(String in, String min, String max) throws ParseError {
        Amount a = AmountParser.parse(cell(in));
        assertEquals(min, a.min().toPlainString());
        assertEquals(max, a.max().toPlainString());
        assertEquals("EUR", a.currency());
        assertEquals("total", a.basis());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "40 000 - 90 000|40000|90000",
        "40 000 – 90 000 €|40000|90000",
        "40 000 à 90 000|40000|90000",
        "entre 40 000 et 90 000 €|40000|90000",
        "Entre 40 000 € et 90 000 € HT|40000|90000",
        "40-90 k€|40000|90000",
        "entre 40 et 60 000|40000|60000",
        "de 40 à 60.000 €|40000|60000",
        "de 1 à 2 000 000|1000000|2000000",
        "entre 1,5 et 2 000 000|1.5|2000000",
        "500 - 60 000|500|60000",
        "40 à 600|40|600",
        "40k - 90k|40000|90000",
        "1,5 - 2 M€|1500000|2000000",
        "de 500 000 à 1,2 M€|500000|1200000",
        "125,000 - 2 M€|125000|2000000",
        "from 40,000 to 90,000|40000|90000",
        "between 40,000 and 90,000 EUR|40000|90000",
        "0 - 40 000|0|40000",
        "< 40 000|0|40000",
        "<= 40 000 €|0|40000",
        "≤ 40 000|0|40000",
        "moins de 40 000|0|40000",
        "inférieur à 40 k€|0|40000",
        "up to 40k|0|40000",
        "> 1 M€|1000000|",
        "plus de 1 M€|1000000|",
        "supérieur à 1 M€|1000000|",
        "over 1M|1000000|",
        "more than 1,000,000|1000000|",
    })
    void readsRangesAndBounds(String in, String min, String max) throws ParseError {
        Amount a = AmountParser.parse(cell(in));
        assertEquals(min, a.min().toPlainString());
        if (max == null) {
            assertNull(a.max());
        } else {
            assertEquals(max, a.max().toPlainString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "12 000 € / an|12000",
        "12 000 € par an|12000",
        "12k per year|12000",
    })
    void marksAmountsPerYearAsAnnual(String in, String value) throws ParseError {
        Amount a = AmountParser.parse(cell(in));
        assertEquals(value, a.min().toPlainString());
        assertEquals("annual", a.basis());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "abc|parse.amount.unreadable",
        "125 000 pommes|parse.amount.unreadable",
        "environ|parse.amount.unreadable",
        "\u200E\u200F|parse.amount.unreadable",
        "1,2,3|parse.amount.unreadable",
        "1.2.3|parse.amount.unreadable",
        "12,34,567|parse.amount.unreadable",
        "1,000.000,5|parse.amount.unreadable",
        "40 000 -|parse.amount.unreadable",
        "2027-03-15|parse.amount.unreadable",
        "-5000|parse.amount.negative",
        "− 5 000 €|parse.amount.negative",
        "n:-5000|parse.amount.negative",
        "0|parse.amount.zero",
        "0 €|parse.amount.zero",
        "n:0|parse.amount.zero",
        "< 0|parse.amount.zero",
        "200 milliards|parse.amount.absurd",
        "n:1e12|parse.amount.absurd",
        "999 999 999 999|parse.amount.absurd",
        "100 € $|parse.amount.currency",
        "$100|parse.amount.currency",
        "100 USD|parse.amount.currency",
        "£ 500|parse.amount.currency",
        "90 000 - 40 000|parse.amount.range_order",
        "12 000 € TTC|parse.amount.vat_included",
        "e:#DIV/0!|parse.cell.error",
        "e:#REF!|parse.cell.error",
    })
    void refusesUnreadableNegativeZeroAbsurdAndForeignAmounts(String in, String key) {
        refused(key, () -> AmountParser.parse(cell(in)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1,2|k€|1200|1200",
        "n:1.2|k€|1200|1200",
        "1,2|K€|1200|1200",
        "1,2|keur|1200|1200",
        "1,2|milliers d’euros|1200|1200",
        "1,2|M€|1200000|1200000",
        "1,2|millions d'euros|1200000|1200000",
        "1,2|€|1.2|1.2",
        "40 - 90|k€ HT|40000|90000",
        "1,2 M€|k€|1200000|1200000",
        "45 k€|M€|45000|45000",
        "1,2|Md€|1200000000|1200000000",
        "3 mds|k€|3000000000|3000000000",
        "2 milliers|M€|2000|2000",
    })
    void aUnitCellScalesAFigureWithoutItsOwnUnit(String in, String unit, String min, String max) throws ParseError {
        // the officer's file: « Montant » merged over the figure and « k€ » published « 1,2 € »
        Amount a = AmountParser.parse(cell(in), AmountParser.unit(unit));
        assertEquals(new java.math.BigDecimal(min), a.min());
        assertEquals(new java.math.BigDecimal(max), a.max());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Montant (k€)|1000",
        "Montant HT (K€)|1000",
        "Montant estimé HT en milliers d’euros|1000",
        "Montant en k€ HT|1000",
        "Budget (M€)|1000000",
        "Montant en millions d'euros|1000000",
        "Montant (Md€)|1000000000",
        "Montant (mds)|1000000000",
        "Surface m²|",
        "Montant estimé (€ HT)|",
        "Montant|",
        "Montant estimatif HT|",
    })
    void aHeaderNamesItsUnit(String header, String factor) {
        assertEquals(factor == null ? null : new java.math.BigDecimal(factor), AmountParser.unitInHeader(header));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"voir note", "HT", "unité", "pièces"})
    void aCellThatIsNoUnitGivesNone(String text) {
        assertEquals("HT".equals(text) ? java.math.BigDecimal.ONE : null, AmountParser.unit(text));
    }

    /** Every word of the one table (text/AmountUnits) reads the same in a unit cell, in a header and after a figure. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(org.vitrine.text.AmountUnits.Scale.class)
    void everyWordOfTheUnitTableScalesAlike(org.vitrine.text.AmountUnits.Scale scale) throws ParseError {
        java.math.BigDecimal factor = java.math.BigDecimal.valueOf(scale.factor);
        java.util.List<String> words = new java.util.ArrayList<>(scale.letters);
        words.addAll(scale.codes);
        words.add(scale.word);
        words.add(scale.word + "s");
        for (String w : words) {
            assertEquals(factor, AmountParser.unit(w), w);
        }
        // in a header, a letter or a code in brackets; the word only as « en milliers (d'euros) »
        for (String w : words.subList(0, scale.letters.size() + scale.codes.size())) {
            assertEquals(factor, AmountParser.unitInHeader("Montant (" + w + ")"), w);
        }
        assertEquals(factor, AmountParser.unitInHeader("Montant en " + scale.word + "s"));
        for (String letter : scale.letters) {
            assertEquals(factor, AmountParser.unit(letter + " €"), letter);
            assertEquals(factor, AmountParser.unitInHeader("Montant en " + letter + "€ HT"), letter);
            assertEquals(0, factor.multiply(java.math.BigDecimal.valueOf(2)).compareTo(AmountParser.parse(cell("2 " + letter)).max()), letter);
        }
        assertEquals(factor, AmountParser.unitInHeader("Montant en " + scale.word + "s d'euros"));
    }
}

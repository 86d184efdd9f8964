package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.Cpv;

class CpvParserTest {

    private static final CpvCatalogue CPV = CpvCatalogue.load();

    @Test
    void loadsTheWholeVocabularyOnce() {
        assertEquals(9454, CPV.size());
        assertSame(CPV, CpvCatalogue.load());
        assertTrue(CPV.exists("30200000"));
        assertTrue(CPV.exists("30200000-1"));
        assertFalse(CPV.exists("12345678"));
        assertEquals("03000000-1", CPV.fullCode("03000000"));
        assertEquals("Matériel et fournitures informatiques", CPV.label("30200000", "fr"));
        assertEquals("Computer equipment and supplies", CPV.label("30200000-1", "en"));
        assertEquals("Matériel et fournitures informatiques", CPV.label("30200000", "de"));
        assertNull(CPV.label("12345678", "fr"));
        // Labels with quoted commas survive the CSV reading.
        assertEquals("Agricultural, farming, fishing, forestry and related products", CPV.label("03000000", "en"));
    }

    @Test
    void givesDivisionAndClassCodes() {
        assertEquals("30", CpvCatalogue.division("30200000-1"));
        assertEquals("302", CpvCatalogue.classCode("30200000-1", 3));
        assertEquals("3020", CpvCatalogue.classCode("30200000", 4));
    }

    @Test
    void keepsLabelsInFrenchThenEnglishOrder() throws ParseError {
        Cpv cpv = CpvParser.parse(cell("30200000"), CPV);
        assertEquals(List.of("fr", "en"), List.copyOf(cpv.labels().keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "30200000-1|30200000-1",
        "30200000|30200000-1",
        "30.20.00.00-1|30200000-1",
        "30 20 00 00-1|30200000-1",
        "30200000 - 1|30200000-1",
        "302000001|30200000-1",
        "n:30200000|30200000-1",
        "n:30200000.0|30200000-1",
        "n:3000000|03000000-1",
        "n:302000001|30200000-1",
        "30200000-1 Matériel informatique|30200000-1",
        "30200000-1 - Matériel et fournitures informatiques|30200000-1",
        "30200000 : Matériel informatique|30200000-1",
        "CPV 45000000-7|45000000-7",
        "03000000-1|03000000-1",
        "\"\u00a030200000-1\u200E \"|30200000-1",
    })
    void readsCodesWithOrWithoutCheckDigitAndLabel(String in, String code) throws ParseError {
        Cpv cpv = CpvParser.parse(cell(in), CPV);
        assertEquals(code, cpv.code());
        assertEquals(CPV.label(code, "fr"), cpv.labels().get("fr"));
        assertEquals(CPV.label(code, "en"), cpv.labels().get("en"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "30200000-7|30200000-1|parse.repair.cpv_check_digit",
        "302000007|30200000-1|parse.repair.cpv_check_digit",
        "3111000|03111000-2|parse.repair.cpv_padded",
        "3111000-2|03111000-2|parse.repair.cpv_padded",
        "n:3111000|03111000-2|parse.repair.cpv_padded",
        "n:9310000|09310000-5|parse.repair.cpv_padded",
        // officer U: the eight digits right, the separators not
        "33600000/6|33600000-6|parse.repair.cpv_written",
        "33-60-00-00|33600000-6|parse.repair.cpv_written",
        "33/60/00/00-6|33600000-6|parse.repair.cpv_written",
        "33600000\u20116|33600000-6|parse.repair.cpv_written",
        // input11: a placeholder or two digits where the check digit goes were read silently as a label
        "33600000-X|33600000-6|parse.repair.cpv_not_a_check_digit",
        "33600000-06|33600000-6|parse.repair.cpv_not_a_check_digit",
        "33600000 - xx Produits pharmaceutiques|33600000-6|parse.repair.cpv_not_a_check_digit",
    })
    void repairsAWrongCheckDigitAndALostLeadingZeroWithAWarning(String in, String code, String repair) throws ParseError {
        List<Repair> repairs = new java.util.ArrayList<>();
        assertEquals(code, CpvParser.parse(cell(in), CPV, repairs).code());
        assertEquals(List.of(repair), repairs.stream().map(Repair::key).toList());
        assertTrue(java.util.Arrays.toString(repairs.get(0).args()).contains(code), repairs.toString());
    }

    @Test
    void aSuffixThatIsNoCheckDigitIsToldWithTheCodesOwn() throws ParseError {
        List<Repair> repairs = new java.util.ArrayList<>();
        CpvParser.parse(cell("33600000-06"), CPV, repairs);
        assertEquals(List.of(new Repair("parse.repair.cpv_not_a_check_digit", "33600000-06", "33600000-6", "6")), repairs);
        String said = org.vitrine.messages.Messages.of("fr").get(repairs.get(0).key(), repairs.get(0).args());
        assertEquals("Code CPV « 33600000-06 » lu comme 33600000-6 : ce qui suit le tiret n’est pas un chiffre de contrôle ; celui de ce code est 6", said);
        repairs.clear();
        // a label after « - » is no check digit written wrong
        CpvParser.parse(cell("33600000 - Produits pharmaceutiques"), CPV, repairs);
        CpvParser.parse(cell("33600000-6 - A Produits"), CPV, repairs);
        assertEquals(List.of(), repairs);
    }

    @Test
    void readsACorrectCodeWithoutAnyRepair() throws ParseError {
        List<Repair> repairs = new java.util.ArrayList<>();
        CpvParser.parse(cell("03111000-2"), CPV, repairs);
        CpvParser.parse(cell("n:30200000"), CPV, repairs);
        assertEquals(List.of(), repairs);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "12345678|parse.cpv.unknown",
        "12345678-9|parse.cpv.unknown",
        "n:12345678|parse.cpv.unknown",
        "3020000|parse.cpv.format",
        "302000|parse.cpv.format",
        "3020000012|parse.cpv.format",
        "n:30200000.5|parse.cpv.format",
        "n:-30200000|parse.cpv.format",
        "Matériel informatique|parse.cpv.format",
        "CPV-30200000|parse.cpv.format",
        "e:#N/A|parse.cell.error",
    })
    void refusesWrongCheckDigitsUnknownCodesAndBadFormats(String in, String key) {
        refused(key, () -> CpvParser.parse(cell(in), CPV));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "30200000-1, 45000000-7|30200000-1 45000000-7",
        "30200000-1;45000000-7 ; 72000000|30200000-1 45000000-7 72000000-5",
        "30200000;30200000-1|30200000-1",
        "n:45000000|45000000-7",
        "\" ; , \"|\"\"",
    })
    void readsListsOfAdditionalCodes(String in, String codes) throws ParseError {
        List<String> got = CpvListParser.parse(cell(in), CPV).stream().map(Cpv::code).toList();
        assertEquals(codes.isEmpty() ? List.of() : List.of(codes.split(" ")), got);
    }

    @Test
    void splitsListsOnLineBreaks() throws ParseError {
        List<Cpv> list = CpvListParser.parse(cell("30200000-1\n45000000-7\r\n"), CPV);
        assertEquals(List.of("30200000-1", "45000000-7"), list.stream().map(Cpv::code).toList());
    }

    @Test
    void refusesAListNamingTheBadCode() {
        ParseError e = refused("parse.cpv.unknown", () -> CpvListParser.parse(cell("30200000-1; 12345678"), CPV));
        assertEquals("12345678", e.args()[0]);
        refused("parse.cpv.unknown", () -> CpvListParser.parse(cell("45000000-7, 12345678-1"), CPV));
    }
}

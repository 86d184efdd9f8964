package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The xlsx prepass's byte scan: merge ranges found, cell texts bounded, whatever the markup around them. */
class SheetBytesTest {

    private static List<String> merges(String xml, long max) throws Exception {
        List<String> refs = new ArrayList<>();
        new SheetBytes(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), max).scan(refs::add);
        return refs;
    }

    @Test
    void findsMergeRangesWithOrWithoutPrefixAndQuotesOfEitherKind() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>"
                + "<mergeCells count=\"3\"><mergeCell ref=\"A1:B2\"/><mergeCell ref='C3:C9' />"
                + "<x:mergeCell xmlns:x=\"urn:x\" foo=\"a>b\" ref=\"D1:E1\"></x:mergeCell></mergeCells></worksheet>";
        assertEquals(List.of("A1:B2", "C3:C9", "D1:E1"), merges(xml, 1000));
    }

    @Test
    void refusesACellWhoseTextIsTooLong() {
        String ok = "<sheetData><row><c><v>" + "9".repeat(10) + "</v></c><c><v>" + "9".repeat(10) + "</v></c></row></sheetData>";
        assertDoesNotThrow(() -> merges(ok, 10));
        String tooLong = "<c><v>" + "9".repeat(11) + "</v></c>";
        ReadFailure e = assertThrows(ReadFailure.class, () -> merges(tooLong, 10));
        assertEquals("ingest.huge_cell", e.key());
    }

    @Test
    void runsCommentsAndCdataDoNotSplitALongTextIntoShortOnes() {
        String runs = "<sst><si><r><t>aaaaaa</t></r><r><t>bbbbbb</t></r></si></sst>";
        assertThrows(ReadFailure.class, () -> merges(runs, 10));
        String comment = "<c><f>aaaaaa<!-- x -> y -->bbbbbb</f></c>";
        assertThrows(ReadFailure.class, () -> merges(comment, 10));
        String cdata = "<c><is><t><![CDATA[aaaa]]>bbbb<![CDATA[cc<]]]>dd]]></t></is></c>";
        assertThrows(ReadFailure.class, () -> merges(cdata, 10));
    }

    @Test
    void textOutsideValuesAndEachNewCellStartAgain() throws Exception {
        String xml = "<sheetData>" + " ".repeat(50) + "<row><c><v>123456</v></c><c><v>123456</v></c></row>"
                + "<si><t>abcdef</t></si><si><t>abcdef</t></si></sheetData><mergeCell ref=\"A1:A2\"/>";
        assertEquals(List.of("A1:A2"), merges(xml, 10));
    }

    @Test
    void aDoctypeIsSkippedNotRead() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\"> <!-- ] > -->]>"
                + "<worksheet><c><v>&x;</v></c><mergeCell ref=\"B2:C3\"/></worksheet>";
        assertEquals(List.of("B2:C3"), merges(xml, 10));
    }

    @Test
    void aLongRefOrNameIsSkippedNotStored() throws Exception {
        String xml = "<mergeCell ref=\"" + "A".repeat(500) + "\"/><" + "n".repeat(100) + " ref=\"Z1:Z2\"/><mergeCell ref=\"A1:A3\"/>";
        assertEquals(List.of("A1:A3"), merges(xml, 10));
    }

    /** Attacker A, failure 4: the rows of height zero, by their number or, without one, counted after the one before. */
    @Test
    void handsOverTheRowsOfHeightZero() throws Exception {
        String xml = "<sheetData><row r=\"1\" ht=\"15\"><c><v>1</v></c></row><row r=\"3\" ht=\"0\" customHeight=\"1\"><c><v>1</v></c></row>"
                + "<row ht='0.0'/><row r=\"7\" ht=\"0.5\"/><x:row ht=\"0\"/></sheetData>";
        List<Integer> flat = new ArrayList<>();
        new SheetBytes(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), 100).scan(r -> { }, flat::add);
        assertEquals(List.of(3, 4, 8), flat);
    }

    /** Attacker B, failure 2a: under {@code <sheetFormatPr zeroHeight="1">} a row without {@code ht} is of height zero too. */
    @Test
    void handsOverTheRowsWithoutAHeightOfTheirOwnInASheetOfZeroHeightByDefault() throws Exception {
        String rows = "<sheetData><row r=\"1\" ht=\"15\" customHeight=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>1</v></c></row>"
                + "<row ht=\"0\"/><row r=\"5\" spans=\"1:3\"/><row r=\"6\" ht=\"12.5\"/></sheetData>";
        List<Integer> flat = new ArrayList<>();
        String xml = "<worksheet><sheetFormatPr defaultRowHeight=\"15\" zeroHeight=\"1\"/>" + rows + "</worksheet>";
        new SheetBytes(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), 100).scan(r -> { }, flat::add);
        assertEquals(List.of(2, 3, 5), flat);
        List<Integer> none = new ArrayList<>();
        String shown = "<worksheet><x:sheetFormatPr zeroHeight='0' defaultRowHeight=\"15\"/>" + rows + "</worksheet>";
        new SheetBytes(new ByteArrayInputStream(shown.getBytes(StandardCharsets.UTF_8)), 100).scan(r -> { }, none::add);
        assertEquals(List.of(3), none);
    }
}

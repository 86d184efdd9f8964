package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.vitrine.config.InputLimits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.RawCell;

class CsvReaderTest {

    private static final String SEMICOLON = "Objet;Montant;Lieu\r\n"
            + "Électricité;125 000,50 €;Paris\r\n"
            + "\"Texte\nsur deux lignes\";40000;\"Lyon; 3e\"\r\n"
            + "\r\n"
            + "Dernier;1,5;Œuvre\r\n";

    @TempDir
    Path dir;

    private RecordingSink read(Path file) throws ReadFailure {
        assertEquals(FileKind.CSV, FileSniffer.sniff(file));
        RecordingSink sink = new RecordingSink();
        new CsvReader().read(file, InputLimits.defaults(), sink);
        return sink;
    }

    private Path write(String name, byte[] bom, String text, Charset cs) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bom);
        out.write(text.getBytes(cs));
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    private void assertSemicolonFile(RecordingSink sink, String sheet) {
        assertEquals(List.of(sheet), sink.sheets);
        assertEquals(List.of(1, 2, 3, 5), sink.numbers(sheet), "record numbers, header = 1, blank line skipped");
        assertEquals(RawCell.text("Objet"), sink.row(sheet, 1).cell(0), "no BOM left in the first header");
        assertEquals("Électricité", sink.row(sheet, 2).text(0));
        assertEquals("125 000,50 €", sink.row(sheet, 2).text(1), "values stay text");
        assertEquals("Texte\nsur deux lignes", sink.row(sheet, 3).text(0));
        assertEquals("Lyon; 3e", sink.row(sheet, 3).text(2));
        assertEquals("Œuvre", sink.row(sheet, 5).text(2));
    }

    @Test
    void readsUtf8WithBom() throws Exception {
        Path f = write("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SEMICOLON, StandardCharsets.UTF_8);
        assertSemicolonFile(read(f), "bom.csv");
    }

    @Test
    void readsUtf8WithoutBom() throws Exception {
        Path f = write("utf8.csv", new byte[0], SEMICOLON, StandardCharsets.UTF_8);
        assertSemicolonFile(read(f), "utf8.csv");
    }

    @Test
    void readsWindows1252() throws Exception {
        Path f = write("ansi.csv", new byte[0], SEMICOLON, TextEncoding.WINDOWS_1252);
        assertSemicolonFile(read(f), "ansi.csv");
    }

    @Test
    void readsExcelUnicodeTextUtf16WithBomAndTabs() throws Exception {
        String text = SEMICOLON.replace(";", "\t").replace("Lyon\t 3e", "Lyon; 3e");
        Path f = write("unicode.txt", new byte[] {(byte) 0xFF, (byte) 0xFE}, text, StandardCharsets.UTF_16LE);
        assertSemicolonFile(read(f), "unicode.txt");
    }

    @Test
    void readsUtf16WithoutBom() throws Exception {
        Path f = write("sans-bom.csv", new byte[0], SEMICOLON, StandardCharsets.UTF_16LE);
        assertSemicolonFile(read(f), "sans-bom.csv");
    }

    @Test
    void readsCommaSeparatedWithQuotedCommas() throws Exception {
        Path f = write("comma.csv", new byte[0], "Objet,Montant,Lieu\n\"Achat, divers\",\"1,5\",Nantes\n,,\nA,,C\n", StandardCharsets.UTF_8);
        RecordingSink sink = read(f);
        assertEquals(List.of(1, 2, 4), sink.numbers("comma.csv"));
        assertEquals("Achat, divers", sink.row("comma.csv", 2).text(0));
        assertEquals("1,5", sink.row("comma.csv", 2).text(1));
        assertNull(sink.row("comma.csv", 4).cell(1), "empty field is an empty cell");
        assertEquals("C", sink.row("comma.csv", 4).text(2));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
        "'a;b;c\n1;2,5;3\n4;5,5;6'|;",
        "'a,b,c\n1,\"2;5\",3\n4,5,6'|,",
        "'a\tb\n1\t2,5'|TAB",
        "'titre seul'|;",
        "'a;b\n1,2,3,4;5\n6;7'|;"})
    void detectsTheSeparator(String sample, String expected) {
        assertEquals("TAB".equals(expected) ? '\t' : expected.charAt(0), CsvReader.detectSeparator(sample));
    }

    @Test
    void tooManyRows() throws Exception {
        Path f = write("long.csv", new byte[0], "a\n".repeat(12), StandardCharsets.UTF_8);
        ReadFailure e = assertThrows(ReadFailure.class,
                () -> new CsvReader().read(f, new InputLimits(1L << 20, 10, 100, 1L << 20), new RecordingSink()));
        assertEquals("ingest.too_many_rows", e.key());
        assertEquals("long.csv", e.args()[0]);
    }

    @Test
    void theRowLimitCountsRowsWithContentNotRowNumbers() throws Exception {
        Path f = write("padded.csv", new byte[0], "a;b\n" + ";\n".repeat(50) + "1;2\n3;4\n", StandardCharsets.UTF_8);
        RecordingSink sink = new RecordingSink();
        new CsvReader().read(f, new InputLimits(1L << 20, 10, 100, 1L << 20), sink);
        assertEquals(3, sink.rows.size(), "three rows with content, fifty blank ones in between: under a limit of 10");
    }

    /** Seventh attack: a quote left open swallowed 5,000 rows into one cell, rejected « Texte trop long » only. */
    @Test
    void anUnclosedQuoteRejectsTheFileNamingItsLineAndColumn() throws Exception {
        StringBuilder b = new StringBuilder("Objet;Montant;Lieu\r\nÉlectricité;125 000;Paris\r\nMobilier;\"40 000;Lyon\r\n");
        for (int i = 0; i < 5000; i++) {
            b.append("Besoin ").append(i).append(";1000;Nantes\r\n");
        }
        Path f = write("ouvert.csv", new byte[0], b.toString(), StandardCharsets.UTF_8);
        RecordingSink sink = new RecordingSink();
        ReadFailure e = assertThrows(ReadFailure.class, () -> new CsvReader().read(f, InputLimits.defaults(), sink));
        assertEquals("ingest.csv_unclosed_quote", e.key());
        assertEquals(List.of("3", "Montant", 5000L), List.of(e.args()), "line, column, lines swallowed");
        assertEquals(List.of(), sink.rows, "rejected whole before any row is handed on: nothing counted twice");
        String said = new org.vitrine.messages.Messages(java.util.Locale.FRENCH).get(e.key(), e.args()).replaceAll("[\u00a0\u202f]", " ");
        assertEquals("Guillemet non fermé à la ligne 3, colonne Montant : les 5 000 lignes suivantes ont été lues comme une seule cellule.", said);
    }

    /** A text on several lines with a few separators in it is a text, not rows swallowed. */
    @Test
    void aMultiLineTextWithSeparatorsIsReadAsOneCell() throws Exception {
        Path f = write("texte.csv", new byte[0], "Objet;Montant;Lieu\r\n\"Lot 1 ; lot 2\nLot 3 ; lot 4\nfin ; ok\";1;Paris\r\nDernier;2;Lyon\r\n",
                StandardCharsets.UTF_8);
        RecordingSink sink = read(f);
        assertEquals("Lot 1 ; lot 2\nLot 3 ; lot 4\nfin ; ok", sink.row("texte.csv", 2).text(0));
        assertEquals("Dernier", sink.row("texte.csv", 3).text(0));
    }

    /** Issue 16: a quote left open before the last row swallowed that one row, and the file was read without a word. */
    @Test
    void anUnclosedQuoteSwallowingOneRowRejectsTheFile() throws Exception {
        Path f = write("un.csv", new byte[0], "Objet;Montant;Lieu\r\nÉlectricité;125 000;Paris\r\nMobilier;\"40 000;Lyon\r\n"
                + "Besoin 1;1000;Nantes\r\n", StandardCharsets.UTF_8);
        RecordingSink sink = new RecordingSink();
        ReadFailure e = assertThrows(ReadFailure.class, () -> new CsvReader().read(f, InputLimits.defaults(), sink));
        assertEquals("ingest.csv_unclosed_quote", e.key());
        assertEquals(List.of("3", "Montant", 1L), List.of(e.args()));
        assertEquals(List.of(), sink.rows);
        String said = new org.vitrine.messages.Messages(java.util.Locale.FRENCH).get(e.key(), e.args());
        assertEquals("Guillemet non fermé à la ligne 3, colonne Montant : la ligne suivante a été lue dans la même cellule.", said);
    }

    /** The same with the quote closed later by a stray one: the row in between is swallowed all the same. */
    @Test
    void aQuoteClosedOneRowLaterRejectsTheFile() throws Exception {
        Path f = write("deux.csv", new byte[0], "Objet;Montant;Lieu\r\n\"Mobilier;40 000;Lyon\r\nBesoin 1;1000;Nantes\";5;Paris\r\n"
                + "Dernier;2;Lyon\r\n", StandardCharsets.UTF_8);
        ReadFailure e = assertThrows(ReadFailure.class, () -> new CsvReader().read(f, InputLimits.defaults(), new RecordingSink()));
        assertEquals(List.of("2", "Objet", 1L), List.of(e.args()));
    }

    /** A description on two lines without separators, or with fewer than a row has, stays one cell. */
    @Test
    void aTwoLineDescriptionIsOneCell() throws Exception {
        Path f = write("desc.csv", new byte[0], "Objet;Description;Montant;Lieu\r\nMobilier;\"Chaises et tables\r\npour la salle ; le hall\";1;Paris\r\n"
                + "Dernier;;2;Lyon\r\n", StandardCharsets.UTF_8);
        RecordingSink sink = read(f);
        assertEquals("Chaises et tables\r\npour la salle ; le hall", sink.row("desc.csv", 2).text(1));
        assertEquals("Dernier", sink.row("desc.csv", 3).text(0));
    }
}

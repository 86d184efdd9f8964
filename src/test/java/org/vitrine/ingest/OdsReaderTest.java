package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.vitrine.ingest.Fixtures.cell;
import static org.vitrine.ingest.Fixtures.row;

import org.vitrine.config.InputLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawCell.Type;

class OdsReaderTest {

    /**
     * Rows 1-3 with values, 1,000 empty repeated rows (4-1003), row 1004, a row repeated twice
     * (1005-1006), then LibreOffice's padding to 1,048,576 rows; a second sheet.
     */
    static final String CONTENT = Fixtures.odsContent(
            "<table:table table:name=\"Besoins\"><table:table-column table:number-columns-repeated=\"6\"/>"
            + row("", cell("string", "", "Objet"), cell("string", "", "Montant"), cell("string", "", "Lancement"),
                    cell("string", "", "Couverture"), cell("string", "", "Acheteur"),
                    "<table:table-cell table:number-columns-repeated=\"16379\"/>")
            + row(" table:visibility=\"collapse\"",
                    "<table:table-cell office:value-type=\"string\"><text:p>Ordinateurs<text:s text:c=\"3\"/>portables</text:p>"
                    + "<text:p>ligne<text:tab/>2<text:line-break/>fin</text:p>"
                    + "<office:annotation><text:p>commentaire</text:p></office:annotation></table:table-cell>",
                    cell("float", " office:value=\"125000.5\"", "125 000,50"),
                    cell("date", " office:date-value=\"2027-03-15\"", "15/03/2027"),
                    cell("percentage", " office:value=\"0.75\"", "75 %"),
                    cell("string", " table:number-rows-spanned=\"2\"", "DSI"))
            + row("", cell("string", " table:number-columns-spanned=\"2\"", "Fusion"), "<table:covered-table-cell/>",
                    cell("date", " office:date-value=\"2027-06-01T10:30:00\"", null),
                    cell("float", " office:value=\"3\" table:formula=\"of:=SUM([.B2:.B2])\"", "3"),
                    "<table:covered-table-cell office:value-type=\"string\"><text:p>caché</text:p></table:covered-table-cell>")
            + row(" table:number-rows-repeated=\"1000\"", "<table:table-cell table:number-columns-repeated=\"16384\"/>")
            + row("", cell("string", "", "Après"), cell("boolean", " office:boolean-value=\"true\"", "VRAI"),
                    "<table:table-cell table:number-columns-repeated=\"3\"/>", cell("string", "", "F"),
                    cell("float", " office:value=\"0\" calcext:value-type=\"error\"", "#DIV/0!"))
            + row(" table:number-rows-repeated=\"2\"", cell("string", " table:number-columns-repeated=\"2\"", "Répété"))
            + row(" table:number-rows-repeated=\"1047570\"", "<table:table-cell table:number-columns-repeated=\"1024\"/>")
            + "</table:table><table:table table:name=\"Deux\">" + row("", cell("string", "", "x")) + "</table:table>");

    @TempDir
    Path dir;

    @Test
    void readsTypedValuesMergesRepeatsAndHiddenRows() throws Exception {
        Path file = Fixtures.ods(dir.resolve("besoins.ods"), CONTENT, false);
        assertEquals(FileKind.ODS, FileSniffer.sniff(file));
        RecordingSink sink = new RecordingSink();
        new OdsReader().read(file, InputLimits.defaults(), sink);

        assertEquals(List.of("Besoins", "Deux"), sink.sheets);
        assertEquals(List.of(1, 2, 3, 1004, 1005, 1006), sink.numbers("Besoins"), "empty repeated rows counted, not emitted");
        RecordingSink.Row r2 = sink.row("Besoins", 2);
        assertEquals("Ordinateurs   portables\nligne\t2\nfin", r2.text(0), "text:s, tab, line break; comment ignored");
        assertEquals(125000.5, r2.cell(1).number());
        assertEquals(Type.DATE, r2.cell(2).type());
        assertEquals(Fixtures.LAUNCH.atStartOfDay(), r2.cell(2).date());
        assertEquals("15/03/2027", r2.cell(2).shown(), "a message quotes the date as the sheet shows it");
        assertEquals("2027-03-15", r2.cell(2).text(), "the parsers read it ISO");
        assertEquals(0.75, r2.cell(3).number());
        assertEquals("DSI", r2.text(4));

        RecordingSink.Row r3 = sink.row("Besoins", 3);
        assertEquals("Fusion", r3.text(0));
        assertEquals("Fusion", r3.text(1), "covered cell takes the spanning cell's value");
        assertEquals(LocalDateTime.of(2027, 6, 1, 10, 30), r3.cell(2).date());
        assertEquals(3.0, r3.cell(3).number());
        assertEquals("SUM([.B2:.B2])", r3.cell(3).formula());
        assertEquals("DSI", r3.text(4), "merged over rows: the covered cell's own text is ignored");

        RecordingSink.Row after = sink.row("Besoins", 1004);
        assertEquals(RawCell.bool(true), after.cell(1));
        assertNull(after.cell(2));
        assertEquals("F", after.text(5), "repeated empty cells advance the column");
        assertEquals(RawCell.error("#DIV/0!"), after.cell(6));
        assertEquals("Répété", sink.row("Besoins", 1006).text(1));
        assertEquals("x", sink.row("Deux", 1).text(0));
    }

    @Test
    void millionEmptyRepeatedRowsAreNotExpanded() throws Exception {
        String content = Fixtures.odsContent("<table:table table:name=\"S\">"
                + row("", cell("string", "", "haut"))
                + row(" table:number-rows-repeated=\"1000000\"", "<table:table-cell table:number-columns-repeated=\"16384\"/>")
                + row("", cell("string", "", "bas"))
                + row(" table:number-rows-repeated=\"48574\"", "<table:table-cell table:number-columns-repeated=\"16384\"/>")
                + "</table:table>");
        Path file = Fixtures.ods(dir.resolve("padded.ods"), content, false);
        RecordingSink sink = new RecordingSink();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new OdsReader().read(file, InputLimits.defaults(), sink));
        assertEquals(List.of(1, 1_000_002), sink.numbers("S"));
    }

    @Test
    void repeatedRowsWithContentCountAgainstTheRowLimit() throws Exception {
        String content = Fixtures.odsContent("<table:table table:name=\"S\">"
                + row(" table:number-rows-repeated=\"50\"", cell("string", "", "copie")) + "</table:table>");
        Path file = Fixtures.ods(dir.resolve("copies.ods"), content, false);
        ReadFailure f = assertThrows(ReadFailure.class,
                () -> new OdsReader().read(file, new InputLimits(1L << 20, 10, 100, 1L << 30), new RecordingSink()));
        assertEquals("ingest.too_many_rows", f.key());
        assertEquals("S", f.args()[0]);
    }

    @Test
    void encryptionDeclaredInTheManifestIsRefused() throws Exception {
        Path file = Fixtures.ods(dir.resolve("protege.ods"), "not xml: encrypted bytes", true);
        assertEquals(FileKind.ODS, FileSniffer.sniff(file));
        ReadFailure f = assertThrows(ReadFailure.class, () -> new OdsReader().read(file, InputLimits.defaults(), new RecordingSink()));
        assertEquals("ingest.encrypted", f.key());
    }
}

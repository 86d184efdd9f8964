package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawCell.Type;

/** What any reader must find in {@link Fixtures#fillWorkbook}, whatever the file format. */
final class WorkbookExpectations {

    private WorkbookExpectations() {
    }

    static void assertWorkbook(RecordingSink sink) {
        assertTrue(sink.closed());
        assertEquals(List.of("Besoins", "Notes"), sink.sheets);
        assertEquals(List.of(1, 2, 3, 4, 6, 10, 11, 12), sink.numbers("Besoins"), "blank row 5 skipped, merged rows 11-12 made up");

        RecordingSink.Row header = sink.row("Besoins", 1);
        assertEquals("Objet", header.text(0));
        assertEquals("Lieu", header.text(6));
        assertEquals("Lieu", header.text(7), "a value merged over columns fills each of them");

        RecordingSink.Row r2 = sink.row("Besoins", 2);
        assertEquals(RawCell.text("Ordinateurs"), r2.cell(0));
        assertEquals(Type.NUMBER, r2.cell(1).type());
        assertEquals(125000.5, r2.cell(1).number());
        assertEquals(Type.DATE, r2.cell(2).type(), "hidden column read, date format recognised");
        assertEquals(Fixtures.LAUNCH.atStartOfDay(), r2.cell(2).date());
        assertEquals(250001.0, r2.cell(3).number(), "cached formula result");
        assertEquals("B2*2", r2.cell(3).formula());
        assertEquals(Type.ERROR, r2.cell(4).type());
        assertEquals("#DIV/0!", r2.cell(4).text());
        assertEquals("1/0", r2.cell(4).formula());
        assertEquals("DSI", r2.text(5));
        assertEquals(RawCell.bool(true), r2.cell(8));
        assertEquals("Ordinateurs !", r2.text(9));
        assertEquals(Type.TEXT, r2.cell(9).type());
        assertNull(r2.cell(10), "a formula giving an empty text is an empty cell");

        RecordingSink.Row hidden = sink.row("Besoins", 3);
        assertEquals("Imprimantes", hidden.text(0), "hidden rows are read");
        assertEquals(Fixtures.LAUNCH.plusMonths(1).atStartOfDay(), hidden.cell(2).date());
        assertEquals("DSI", hidden.text(5), "a value merged over rows fills each of them");
        assertEquals("DSI", sink.row("Besoins", 4).text(5));

        RecordingSink.Row total = sink.row("Besoins", 6);
        assertEquals(166500.5, total.cell(1).number());
        assertEquals("SUM(B2:B4)", total.cell(1).formula());

        assertEquals("Bloc", sink.row("Besoins", 11).text(0));
        assertEquals("Bloc", sink.row("Besoins", 12).text(0));

        assertEquals("Deux", sink.row("Notes", 1).text(0));
        assertEquals(Type.DATE, sink.row("Notes", 2).cell(0).type(), "built-in date format 14");
        assertEquals("2027-01-02", sink.row("Notes", 2).text(0));
    }
}

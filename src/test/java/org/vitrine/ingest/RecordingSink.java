package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.vitrine.model.RawCell;

/** Keeps every sheet and row a reader sends, and checks the start/end protocol. */
class RecordingSink implements RowSink {

    record Row(String sheet, int number, List<RawCell> cells) {
        RawCell cell(int col) {
            return col < cells.size() ? cells.get(col) : null;
        }

        String text(int col) {
            RawCell c = cell(col);
            return c == null ? null : c.text();
        }
    }

    final List<String> sheets = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    private String open;

    @Override
    public void startSheet(String name) {
        assertTrue(open == null, "sheet " + open + " not ended");
        open = name;
        sheets.add(name);
    }

    @Override
    public void row(int rowNumber, List<RawCell> cells) {
        assertFalse(open == null, "row outside a sheet");
        rows.add(new Row(open, rowNumber, cells));
    }

    @Override
    public void endSheet() {
        assertFalse(open == null, "endSheet without startSheet");
        open = null;
    }

    boolean closed() {
        return open == null;
    }

    Row row(String sheet, int number) {
        return rows.stream().filter(r -> r.sheet.equals(sheet) && r.number == number).findFirst()
                .orElseGet(() -> fail("no row " + number + " in " + sheet + ": " + numbers(sheet)));
    }

    List<Integer> numbers(String sheet) {
        return rows.stream().filter(r -> r.sheet.equals(sheet)).map(Row::number).toList();
    }
}

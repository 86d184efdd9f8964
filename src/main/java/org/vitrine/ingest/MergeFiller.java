package org.vitrine.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.vitrine.model.RawCell;

/**
 * Copies the value of a merged range's top-left cell into every cell the range covers, while rows
 * stream by in order. Only the ranges that cover the current row keep a value in memory.
 */
final class MergeFiller {

    /** Excel's and LibreOffice's last column: never fill beyond it. */
    static final int MAX_COLUMNS = 16_384;

    private static final class Range {
        final long firstRow;
        final long lastRow;
        final int firstCol;
        final int lastCol;
        RawCell value;

        Range(long firstRow, long lastRow, int firstCol, int lastCol) {
            this.firstRow = firstRow;
            this.lastRow = lastRow;
            this.firstCol = firstCol;
            this.lastCol = Math.min(lastCol, MAX_COLUMNS - 1);
        }
    }

    private final List<Range> added = new ArrayList<>();
    private Deque<Range> pending;
    private final List<Range> active = new ArrayList<>();

    /** Adds a range (rows 1-based, columns 0-based); ranges added after filling began must not start before the current row. */
    void add(long firstRow, long lastRow, int firstCol, int lastCol) {
        if (lastRow < firstRow || lastCol < firstCol || firstCol >= MAX_COLUMNS || (lastRow == firstRow && lastCol == firstCol)) {
            return;
        }
        Range r = new Range(firstRow, lastRow, firstCol, lastCol);
        if (pending == null) {
            added.add(r);
        } else {
            pending.addLast(r);
        }
    }

    int size() {
        return added.size() + (pending == null ? 0 : pending.size()) + active.size();
    }

    /** Fills the covered cells of this row in place (rows must come in increasing order) and returns the list. */
    List<RawCell> apply(long row, List<RawCell> cells) {
        if (pending == null) {
            added.sort(Comparator.comparingLong(r -> r.firstRow));
            pending = new ArrayDeque<>(added);
            added.clear();
        }
        active.removeIf(r -> r.lastRow < row);
        while (!pending.isEmpty() && pending.peekFirst().firstRow <= row) {
            Range r = pending.pollFirst();
            if (r.lastRow < row) {
                continue;
            }
            if (r.firstRow == row) {
                RawCell topLeft = get(cells, r.firstCol);
                r.value = topLeft == null || topLeft.isBlank() ? null : topLeft;
            }
            // A range whose first row never came has no value to spread.
            if (r.value != null) {
                active.add(r);
            }
        }
        for (Range r : active) {
            for (int c = r.firstCol; c <= r.lastCol; c++) {
                RawCell own = get(cells, c);
                if (own == null || own.isBlank()) {
                    set(cells, c, r.value);
                }
            }
        }
        return cells;
    }

    /** The last row that a merged value still covers, 0 if none: rows missing from the file up to it must be made up. */
    long lastFilledRow() {
        long last = 0;
        for (Iterator<Range> it = active.iterator(); it.hasNext();) {
            last = Math.max(last, it.next().lastRow);
        }
        return last;
    }

    static RawCell get(List<RawCell> cells, int col) {
        return col < cells.size() ? cells.get(col) : null;
    }

    static void set(List<RawCell> cells, int col, RawCell value) {
        while (cells.size() <= col) {
            cells.add(null);
        }
        cells.set(col, value);
    }
}

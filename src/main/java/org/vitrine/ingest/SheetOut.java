package org.vitrine.ingest;

import org.vitrine.config.InputLimits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.vitrine.model.RawCell;

/**
 * One sheet being written to the sink: opens and closes it, drops blank rows, enforces the row limit
 * and clips over-long cells. The limit counts rows with content, not row numbers: a sheet formatted
 * down to Excel's last row with twenty needs in it is read; one of a million needs is refused whole
 * before it fills the memory.
 */
final class SheetOut {

    private final RowSink sink;
    private final InputLimits limits;
    private final String name;
    private long filled;

    SheetOut(RowSink sink, InputLimits limits, String name) {
        this.sink = sink;
        this.limits = limits;
        this.name = name;
        sink.startSheet(name);
    }

    String name() {
        return name;
    }

    /** Sends the row unless it holds only blank cells; the list may be modified afterwards by the caller. */
    void row(long rowNumber, List<RawCell> cells) throws ReadFailure {
        List<RawCell> out = new ArrayList<>(cells.size());
        int last = -1;
        for (RawCell c : cells) {
            RawCell kept = c == null || c.isBlank() ? null : clip(c, limits.maxCellChars());
            out.add(kept);
            if (kept != null) {
                last = out.size() - 1;
            }
        }
        if (last < 0) {
            return;
        }
        if (++filled > limits.maxRowsPerSheet()) {
            throw new ReadFailure("ingest.too_many_rows", name, limits.maxRowsPerSheet());
        }
        sink.row((int) rowNumber, Collections.unmodifiableList(out.subList(0, last + 1)));
    }

    void end() {
        sink.endSheet();
    }

    /**
     * An over-long cell does not fail the file: its text is cut to maxCellChars + 1 characters, so the
     * cell parser still sees it is too long and rejects only that row, naming the cell.
     */
    static RawCell clip(RawCell c, int maxCellChars) {
        if (c.text() == null || c.text().length() <= maxCellChars) {
            return c;
        }
        return new RawCell(c.type(), c.text().substring(0, maxCellChars + 1), c.number(), c.date(), c.formula(), c.display());
    }
}

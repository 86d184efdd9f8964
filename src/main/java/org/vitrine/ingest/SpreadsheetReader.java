package org.vitrine.ingest;

import org.vitrine.config.InputLimits;
import java.nio.file.Path;

/**
 * Streams one spreadsheet file into a {@link RowSink}: every sheet in workbook order, rows in order,
 * 1-based row numbers as the user's program shows them, cells indexed by column with {@code null} for
 * empty cells. Library failures become {@link ReadFailure}s; runtime exceptions thrown by the sink
 * propagate unchanged.
 */
public interface SpreadsheetReader {

    void read(Path file, InputLimits limits, RowSink sink) throws ReadFailure;
}

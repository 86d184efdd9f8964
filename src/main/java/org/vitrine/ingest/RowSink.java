package org.vitrine.ingest;

import java.util.List;
import org.vitrine.model.RawCell;

/**
 * Receives the rows of a spreadsheet as a reader streams them, one sheet after the other.
 * Cells are indexed by column (0 = A); an empty cell is {@code null}. Fully empty rows may be skipped
 * by the reader; row numbers are the ones the user sees in their program (1-based).
 */
public interface RowSink {

    void startSheet(String name);

    void row(int rowNumber, List<RawCell> cells);

    void endSheet();

    /** A cell comment (note) of the next row sent, column 0 = A; readers that know comments send them first. */
    default void comment(int rowNumber, int column, String text) {
    }

    /**
     * A sheet hidden in the workbook, not read (no startSheet): a hidden sheet (« Interne », a calculation sheet) is
     * what the buyer chose not to show; it is named in the run report and the buyer's feedback instead.
     */
    default void hiddenSheet(String name) {
    }

    /** The columns hidden in the sheet being read (0 = A), sent after startSheet and before its rows (xlsx, xls, ods). */
    default void hiddenColumns(java.util.Set<Integer> columns) {
    }

    /** Where a {@link #sheetMark} was found: the sheet's print header, or its print footer. */
    String PRINT_HEADER = "print-header";
    String PRINT_FOOTER = "print-footer";

    /**
     * A text the sheet shows outside its cells (a print header or footer « CONFIDENTIEL »), sent after startSheet and
     * before its rows; {@code where} is {@link #PRINT_HEADER} or {@link #PRINT_FOOTER}. Judged as a banner above the header.
     */
    default void sheetMark(String where, String text) {
    }

    /** The next row sent is hidden in the sheet: read, but its need is held back (RecordAssembler.HIDDEN_ROW). */
    default void hiddenRow(int rowNumber) {
    }
}

package org.vitrine.ingest;

import org.vitrine.config.InputLimits;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.vitrine.model.RawCell;

/** Streams .xlsx files with fastexcel; merged values, dates and cached formula results are resolved here. */
public final class XlsxReader implements SpreadsheetReader {

    /** More merged ranges than this in one sheet is no forecast table. */
    static final int MAX_MERGES = 100_000;

    private static final Set<String> ERROR_CODES = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?",
            "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");

    @Override
    public void read(Path file, InputLimits limits, RowSink sink) throws ReadFailure {
        ReadGuard.run(file, limits, sink, s -> readGuarded(file, limits, s));
    }

    private void readGuarded(Path file, InputLimits limits, RowSink sink) throws Exception {
        XlsxPrepass pre;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            pre = XlsxPrepass.scan(zip, limits.maxUnzippedBytes(), MAX_MERGES);
        }
        // Without a styles part no cell has a date format, and fastexcel must not look for one (issue 16.9).
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(pre.hasStyles(), true))) {
            boolean date1904 = wb.isDate1904();
            List<Sheet> sheets = wb.getSheets().toList();
            for (Sheet sheet : sheets) {
                if (sheet.getVisibility() != org.dhatim.fastexcel.reader.SheetVisibility.VISIBLE) { // hidden or very hidden
                    sink.hiddenSheet(sheet.getName());
                    continue;
                }
                readSheet(sheet, pre.merges(sheet.getId()), pre.comments(sheet.getId()), pre.hiddenColumns(sheet.getId()),
                        pre.zeroHeightRows(sheet.getId()), pre.marks(sheet.getId()), date1904, limits, sink);
            }
        }
    }

    private void readSheet(Sheet sheet, List<int[]> merges, java.util.Map<Integer, java.util.Map<Integer, String>> comments,
            java.util.Set<Integer> hiddenColumns, java.util.BitSet zeroHeightRows, java.util.Map<String, String> marks, boolean date1904, InputLimits limits, RowSink sink) throws Exception {
        if (merges.size() > MAX_MERGES) {
            throw new ReadFailure("ingest.too_many_merges", sheet.getName(), MAX_MERGES);
        }
        MergeFiller filler = new MergeFiller();
        for (int[] m : merges) {
            filler.add(m[0], m[1], m[2], m[3]);
        }
        SheetOut out = new SheetOut(sink, limits, sheet.getName());
        if (!hiddenColumns.isEmpty()) {
            sink.hiddenColumns(hiddenColumns);
        }
        // what every printed page shows (« CONFIDENTIEL » in a print header) is the sheet's, as a banner above its header is
        marks.forEach((element, text) -> sink.sheetMark(element.endsWith("Header") ? RowSink.PRINT_HEADER : RowSink.PRINT_FOOTER, text));
        long last = 0;
        // Rows without an r attribute are numbered from 0 by fastexcel; the spreadsheet shows the first as 1.
        long offset = -1;
        try (Stream<Row> rows = sheet.openStream()) {
            for (Iterator<Row> it = rows.iterator(); it.hasNext();) {
                Row row = it.next();
                if (offset < 0) {
                    offset = row.getRowNum() == 0 ? 1 : 0;
                }
                long n = row.getRowNum() + offset;
                last = fillGap(filler, out, last, n - 1);
                List<RawCell> cells = new ArrayList<>(row.getCellCount());
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? null : map(cell, date1904));
                }
                // A cell comment may say the row is confidential: the assembler hears it before the row.
                comments.getOrDefault((int) n, java.util.Map.of()).forEach((col, text) -> sink.comment((int) n, col, text));
                // a row dragged to zero height is hidden as Excel shows it, without the flag (attacker A, failure 4)
                if (row.isHidden() || (n > 0 && n <= Integer.MAX_VALUE && zeroHeightRows.get((int) n))) {
                    sink.hiddenRow((int) n);
                }
                out.row(n, n > last ? filler.apply(n, cells) : cells);
                last = Math.max(last, n);
            }
        }
        fillGap(filler, out, last, filler.lastFilledRow());
        out.end();
    }

    /** Rows absent from the file but covered by a merged value still get that value. */
    private static long fillGap(MergeFiller filler, SheetOut out, long last, long upTo) throws ReadFailure {
        for (long g = last + 1; g <= upTo && g <= filler.lastFilledRow(); g++) {
            out.row(g, filler.apply(g, new ArrayList<>()));
            last = g;
        }
        return last;
    }

    static RawCell map(Cell cell, boolean date1904) {
        return switch (cell.getType()) {
            case EMPTY -> null;
            case STRING -> text(cell.getValue());
            case NUMBER -> number((BigDecimal) cell.getValue(), cell, date1904);
            case BOOLEAN -> RawCell.bool((Boolean) cell.getValue());
            case ERROR -> RawCell.error(cell.getRawValue());
            case FORMULA -> formula(cell, date1904);
        };
    }

    /**
     * fastexcel parses a formula's cached value with the cell's declared type (BigDecimal, Boolean, or a
     * string for text and error results); reading it as a number directly would throw.
     */
    private static RawCell formula(Cell cell, boolean date1904) {
        String f = cell.getFormula();
        Object v = cell.getValue();
        RawCell result;
        if (cell.getRawValue() == null) {
            // Written by a program that does not compute formulas: the user must open and save the file.
            result = RawCell.error("#NOVALUE");
        } else if (v instanceof BigDecimal d) {
            result = number(d, cell, date1904);
        } else if (v instanceof Boolean b) {
            result = RawCell.bool(b);
        } else if (v instanceof String s && ERROR_CODES.contains(s)) {
            result = RawCell.error(s);
        } else {
            result = text(v);
        }
        return result == null ? null : result.withFormula(f);
    }

    private static RawCell text(Object v) {
        return v == null || v.toString().isEmpty() ? null : RawCell.text(v.toString());
    }

    private static RawCell number(BigDecimal value, Cell cell, boolean date1904) {
        if (value == null) {
            return null;
        }
        double d = value.doubleValue();
        Integer formatId = cell.getDataFormatId();
        String format = cell.getDataFormatString();
        if (formatId != null && format == null) {
            format = BuiltinFormats.getBuiltinFormat(formatId);
        }
        if (formatId != null && DateUtil.isADateFormat(formatId, format) && DateUtil.isValidExcelDate(d)) {
            return NumberFormats.date(DateUtil.getLocalDateTime(d, date1904, true), format); // « mars-27 »: the month
        }
        return NumberFormats.number(d, format); // « 45 k€ » shown by a format is 45 000 €, not 45 €

    }
}

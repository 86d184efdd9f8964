package org.vitrine.ingest;

import org.vitrine.config.InputLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.vitrine.model.RawCell;

/**
 * Reads legacy .xls files with POI HSSF. HSSF loads the whole workbook, which is acceptable: the
 * format stops at 65,536 rows and the file size is capped before reading.
 */
public final class XlsReader implements SpreadsheetReader {

    @Override
    public void read(Path file, InputLimits limits, RowSink sink) throws ReadFailure {
        ReadGuard.run(file, limits, sink, s -> readGuarded(file, limits, s));
    }

    private void readGuarded(Path file, InputLimits limits, RowSink sink) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                HSSFWorkbook wb = open(fs)) {
            for (Sheet sheet : wb) {
                if (wb.isSheetHidden(wb.getSheetIndex(sheet)) || wb.isSheetVeryHidden(wb.getSheetIndex(sheet))) {
                    sink.hiddenSheet(sheet.getSheetName());
                    continue;
                }
                readSheet(sheet, limits, sink);
            }
        }
    }

    private static HSSFWorkbook open(POIFSFileSystem fs) throws Exception {
        try {
            return new HSSFWorkbook(fs.getRoot(), true);
        } catch (EncryptedDocumentException e) {
            throw new ReadFailure(e, "ingest.encrypted");
        } catch (OldExcelFormatException e) {
            throw new ReadFailure(e, "ingest.unsupported", "Excel 5.0/95");
        }
    }

    private static void readSheet(Sheet sheet, InputLimits limits, RowSink sink) throws ReadFailure {
        if (sheet.getNumMergedRegions() > XlsxReader.MAX_MERGES) {
            throw new ReadFailure("ingest.too_many_merges", sheet.getSheetName(), XlsxReader.MAX_MERGES);
        }
        MergeFiller filler = new MergeFiller();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            filler.add(r.getFirstRow() + 1L, r.getLastRow() + 1L, r.getFirstColumn(), r.getLastColumn());
        }
        SheetOut out = new SheetOut(sink, limits, sheet.getSheetName());
        java.util.Set<Integer> hidden = hiddenColumns(sheet);
        if (!hidden.isEmpty()) { // a hidden column is read like a visible one: the buyer is told (issue 16)
            sink.hiddenColumns(hidden);
        }
        long last = 0;
        for (Row row : sheet) { // physical rows, in order; hidden ones included
            long n = row.getRowNum() + 1L;
            for (long g = last + 1; g < n && g <= filler.lastFilledRow(); g++) {
                out.row(g, filler.apply(g, new ArrayList<>()));
            }
            List<RawCell> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? null : map(cell, cell.getCellType()));
                // A cell comment may say the row is confidential (issue 22): the assembler hears it before the row.
                Comment note = cell == null ? null : cell.getCellComment();
                if (note != null && note.getString() != null) {
                    sink.comment((int) n, c, note.getString().getString());
                }
            }
            // a hidden row; or one of height 0 without the flag, which Excel shows hidden too (attacker A, failure 4)
            if (row.getZeroHeight() || row.getHeight() == 0) {
                sink.hiddenRow((int) n);
            }
            out.row(n, filler.apply(n, cells));
            last = n;
        }
        for (long g = last + 1; g <= filler.lastFilledRow(); g++) {
            out.row(g, filler.apply(g, new ArrayList<>()));
        }
        out.end();
    }

    /** The columns hidden (or zero-wide) up to the widest row's last cell, as XlsxPrepass finds `<col hidden>` in xlsx. */
    private static java.util.Set<Integer> hiddenColumns(Sheet sheet) {
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        java.util.Set<Integer> hidden = new java.util.TreeSet<>();
        for (int c = 0; c < width; c++) {
            if (sheet.isColumnHidden(c) || sheet.getColumnWidth(c) == 0) {
                hidden.add(c);
            }
        }
        return hidden;
    }

    private static RawCell map(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue().isEmpty() ? null : RawCell.text(cell.getStringCellValue())
                    .withDisplay(NumberFormats.textShown(cell.getStringCellValue(), cell.getCellStyle().getDataFormatString()));
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(cell.getNumericCellValue())
                    ? NumberFormats.date(cell.getLocalDateTimeCellValue(), cell.getCellStyle().getDataFormatString())
                    : NumberFormats.number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> RawCell.bool(cell.getBooleanCellValue());
            case ERROR -> RawCell.error(errorCode(cell.getErrorCellValue()));
            case FORMULA -> {
                RawCell cached = map(cell, cell.getCachedFormulaResultType());
                yield cached == null ? null : cached.withFormula(formulaText(cell));
            }
            default -> null;
        };
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERR" + code;
        }
    }

    /** The formula text only serves to spot summary rows; one POI cannot render must not lose the value. */
    private static String formulaText(Cell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            return "#UNPARSED";
        }
    }
}

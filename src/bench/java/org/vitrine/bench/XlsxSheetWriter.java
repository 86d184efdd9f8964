package org.vitrine.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx written with POI's streaming SXSSF: rows go to a temporary file beyond a small window, so
 * a sheet of any size takes constant memory. Entry times and the creation date are fixed.
 */
final class XlsxSheetWriter implements SheetWriter {

    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 100;
    /** Excel's built-in date format 14, which French Excel shows as dd/mm/yyyy. */
    private static final short DATE_FORMAT = 14;

    private final Path file;
    private final SXSSFWorkbook wb;
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private int rowIndex;

    XlsxSheetWriter(Path file, String sheetName) {
        this.file = file;
        wb = new FixedTimeWorkbook();
        wb.getXSSFWorkbook().getProperties().getCoreProperties()
                .setCreated(Optional.of(Date.from(BenchZip.ENTRY_TIME.toInstant(ZoneOffset.UTC))));
        sheet = wb.createSheet(sheetName);
        dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(DATE_FORMAT);
    }

    @Override
    public void row(Object[] cells) {
        Row row = sheet.createRow(rowIndex++);
        for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v instanceof String s) {
                row.createCell(c).setCellValue(s);
            } else if (v instanceof Long n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                var cell = row.createCell(c);
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            wb.write(out);
        } finally {
            wb.close(); // also deletes SXSSF's temporary sheet files
        }
    }

    /** SXSSF stamps every zip entry with the current time; this one stamps a fixed time. */
    private static final class FixedTimeWorkbook extends SXSSFWorkbook {
        FixedTimeWorkbook() {
            super(WINDOW);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zos = new ZipArchiveOutputStream(out) {
                @Override
                public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                    super.putArchiveEntry(BenchZip.fixed(entry));
                }
            };
            zos.setUseZip64(zip64Mode);
            return zos;
        }
    }
}

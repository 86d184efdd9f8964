package org.vitrine.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vitrine.examples.ExampleModel.ExampleFile;
import org.vitrine.examples.ExampleModel.Format;
import org.vitrine.examples.ExampleModel.Row;
import org.vitrine.examples.ExampleModel.Sheet;

/**
 * Writes xlsx (XSSF) and legacy xls (HSSF) example workbooks: real number and date cells, a =SUM with
 * its cached value, merged and hidden cells, and fixed document dates so the files are reproducible.
 */
final class PoiWriter {

    /** Headers whose numbers are amounts (shown with a thousands separator and €). */
    private static final Set<String> AMOUNT_HEADERS = Set.of("Montant estimé HT", "Montant (€ HT)", "Montant estimé",
            "Montant", "Estimated value", "Estimation");

    private PoiWriter() {
    }

    static void write(ExampleFile file, Path out, Instant created, LocalDateTime zipStamp) throws IOException {
        boolean xlsx = file.format() == Format.XLSX;
        try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Styles st = new Styles(wb);
            for (Sheet sheet : file.sheets()) {
                writeSheet(wb, st, sheet);
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Date when = Date.from(created);
            if (wb instanceof XSSFWorkbook x) {
                POIXMLProperties.CoreProperties core = x.getProperties().getCoreProperties();
                core.setCreated(Optional.of(when));
                core.setModified(Optional.of(when));
                core.setCreator("Vitrine");
                core.setLastModifiedByUser("Vitrine");
            } else if (wb instanceof HSSFWorkbook h) {
                h.createInformationProperties();
                SummaryInformation si = h.getSummaryInformation();
                si.setCreateDateTime(when);
                si.setLastSaveDateTime(when);
                si.setAuthor("Vitrine");
                si.setApplicationName("Microsoft Excel");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            byte[] data = xlsx ? restamp(bytes.toByteArray(), zipStamp) : bytes.toByteArray();
            try (OutputStream os = Files.newOutputStream(out)) {
                os.write(data);
            }
        }
    }

    private static void writeSheet(Workbook wb, Styles st, Sheet spec) {
        org.apache.poi.ss.usermodel.Sheet s = wb.createSheet(spec.name());
        int r = 0;
        for (String line : spec.preamble()) {
            org.apache.poi.ss.usermodel.Row row = s.createRow(r++);
            if (!line.isEmpty()) {
                Cell c = row.createCell(0);
                c.setCellValue(line);
                c.setCellStyle(st.title);
            }
        }
        if (spec.headers().isEmpty()) {
            s.setColumnWidth(0, 100 * 256);
            return;
        }
        org.apache.poi.ss.usermodel.Row header = s.createRow(r++);
        for (int i = 0; i < spec.headers().size(); i++) {
            Cell c = header.createCell(i);
            c.setCellValue(spec.headers().get(i));
            c.setCellStyle(st.header);
            s.setColumnWidth(i, width(spec, i) * 256);
            if (spec.hiddenColumns().contains(spec.headers().get(i))) {
                s.setColumnHidden(i, true);
            }
        }
        s.createFreezePane(0, r);
        int firstData = r;
        int[] mergeStart = new int[spec.headers().size()];
        List<Row> rows = spec.rows();
        for (Row spec1 : rows) {
            int rowIndex = r++;
            if (spec1.isBlank()) {
                continue;
            }
            org.apache.poi.ss.usermodel.Row row = s.createRow(rowIndex);
            for (int i = 0; i < spec1.cells().size(); i++) {
                String v = spec1.cells().get(i);
                if (v.equals("^")) {
                    int from = mergeStart[i];
                    // widen the merge started above (POI keeps regions; we replace the last one for this column)
                    removeRegionStartingAt(s, from, i);
                    s.addMergedRegion(new CellRangeAddress(from, rowIndex, i, i));
                    continue;
                }
                mergeStart[i] = rowIndex;
                if (v.isEmpty()) {
                    continue;
                }
                Cell c = row.createCell(i);
                boolean amount = AMOUNT_HEADERS.contains(spec.headers().get(i));
                if (v.startsWith("#")) {
                    c.setCellValue(Double.parseDouble(v.substring(1)));
                    if (amount) {
                        c.setCellStyle(st.amount);
                    }
                } else if (v.startsWith("@")) {
                    c.setCellValue(LocalDate.parse(v.substring(1)));
                    c.setCellStyle(st.date);
                } else if (v.equals("=SUM")) {
                    String col = CellReference.convertNumToColString(i);
                    c.setCellFormula("SUM(" + col + (firstData + 1) + ":" + col + rowIndex + ")");
                    c.setCellStyle(st.amountBold);
                } else {
                    c.setCellValue(v);
                }
            }
        }
    }

    private static void removeRegionStartingAt(org.apache.poi.ss.usermodel.Sheet s, int firstRow, int col) {
        for (int k = s.getNumMergedRegions() - 1; k >= 0; k--) {
            CellRangeAddress a = s.getMergedRegion(k);
            if (a.getFirstRow() == firstRow && a.getFirstColumn() == col) {
                s.removeMergedRegion(k);
            }
        }
    }

    private static int width(Sheet spec, int col) {
        int longest = spec.headers().get(col).length();
        for (Row r : spec.rows()) {
            if (!r.isBlank()) {
                longest = Math.max(longest, r.cells().get(col).length());
            }
        }
        return Math.max(10, Math.min(60, longest + 2));
    }

    /** Rewrites the zip with one fixed timestamp on every entry, so regenerating gives the same bytes. */
    static byte[] restamp(byte[] zip, LocalDateTime stamp) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(stamp);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The few cell styles of an example workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle date;
        final CellStyle amount;
        final CellStyle amountBold;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = wb.createCellStyle();
            title.setFont(big);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            var fmt = wb.createDataFormat();
            date = wb.createCellStyle();
            date.setDataFormat(fmt.getFormat("dd/mm/yyyy"));
            amount = wb.createCellStyle();
            amount.setDataFormat(fmt.getFormat("#,##0\\ \"€\""));
            amountBold = wb.createCellStyle();
            amountBold.cloneStyleFrom(amount);
            amountBold.setFont(bold);
        }
    }
}

package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.config.InputLimits;
import org.vitrine.model.RawCell;

/** Outside officer U: an amount cell whose number format shows « 45 k€ » means 45 000 €, not 45 €. */
class NumberFormatsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} formatted {1} is {2} € shown « {3} »")
    @CsvSource(delimiter = '|', value = {
        "45|#,##0 \"k€\"|45000|45 k€",
        "45000|#,##0,\"k€\"|45000|45 k€",
        "1.2|0.0 \"M€\"|1200000|1,2 M€",
        "1200000|0.0,,\" M€\"|1200000|1,2 M€",
        "80|#,##0\\ \"K€\"|80000|80 K€",
        "45|#,##0 \"k€ HT\"|45000|45 k€ HT",
        "45|#,##0 [$k€-40C]|45000|45 k€",
        "45|#,##0 \"keur\";-#,##0 \"keur\"|45000|45 keur",
        // no euro unit: the stored number is the value, whatever the display
        "45000|#,##0,|45000|45000",
        "45000|#,##0 \"€\"|45000|45000",
        "36|0\" mois\"|36|36",
        "45000|#,##0.00|45000|45000",
        "12|General|12|12",
    })
    void aFormatNamingAEuroUnitScalesTheNumber(double stored, String format, double euros, String text) {
        RawCell c = NumberFormats.number(stored, format);
        assertEquals(RawCell.Type.NUMBER, c.type());
        assertEquals(euros, c.number(), 0.001);
        assertEquals(text, c.text());
    }

    @Test
    void xlsxAndXlsCellsFormattedInThousandsAreReadInEuros() throws Exception {
        for (boolean xls : new boolean[] {false, true}) {
            Path file = dir.resolve(xls ? "k.xls" : "k.xlsx");
            try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
                var row = wb.createSheet("Besoins").createRow(0);
                var style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat("#,##0 \"k€\""));
                var cell = row.createCell(0);
                cell.setCellValue(45);
                cell.setCellStyle(style);
                var scaled = wb.createCellStyle();
                scaled.setDataFormat(wb.createDataFormat().getFormat("#,##0,\"k€\""));
                var cell2 = row.createCell(1);
                cell2.setCellValue(120000);
                cell2.setCellStyle(scaled);
                row.createCell(2).setCellValue(300);
                Fixtures.write(wb, file);
            }
            RecordingSink sink = new RecordingSink();
            (xls ? new XlsReader() : new XlsxReader()).read(file, InputLimits.defaults(), sink);
            assertEquals(45000, sink.row("Besoins", 1).cell(0).number(), 0.001, file.toString());
            assertEquals("45 k€", sink.row("Besoins", 1).cell(0).text());
            assertEquals(120000, sink.row("Besoins", 1).cell(1).number(), 0.001);
            assertEquals("120 k€", sink.row("Besoins", 1).cell(1).text());
            assertEquals(300, sink.row("Besoins", 1).cell(2).number(), 0.001);
            assertEquals("300", sink.row("Besoins", 1).cell(2).text());
        }
    }

    /** Officer Z, D3: a date cell Excel shows as a month (« mars-27 ») is the month, not its first day. */
    @ParameterizedTest(name = "{0} shows a month and no day: {1}")
    @CsvSource(delimiter = '|', value = {
        "mmm-yy|true",
        "mmmm yyyy|true",
        "mm/yyyy|true",
        "[$-40C]mmm-yy|true",
        "mmmm\\ yyyy|true",
        "dd/mm/yyyy|false",
        "d-mmm-yy|false",
        "m/d/yy|false",
        "h:mm|false",
        "dd/mm/yyyy hh:mm|false",
        "yyyy|false",
    })
    void aDateFormatShowingNoDayIsAMonth(String format, boolean month) {
        assertEquals(month, NumberFormats.showsMonthNotDay(format));
    }

    @Test
    void xlsxAndXlsDateCellsFormattedAsAMonthAreReadAsTheMonth() throws Exception {
        for (boolean xls : new boolean[] {false, true}) {
            Path file = dir.resolve(xls ? "m.xls" : "m.xlsx");
            try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
                var row = wb.createSheet("Besoins").createRow(0);
                String[] formats = {null, "mmmm yyyy", "dd/mm/yyyy"};
                for (int i = 0; i < formats.length; i++) {
                    var style = wb.createCellStyle();
                    // Excel's built-in 17 (« mmm-yy »), what Excel stores when a buyer types « mars-27 »
                    style.setDataFormat(formats[i] == null ? (short) 17 : wb.createDataFormat().getFormat(formats[i]));
                    var cell = row.createCell(i);
                    cell.setCellValue(java.time.LocalDateTime.of(2027, 3, 1, 0, 0));
                    cell.setCellStyle(style);
                }
                Fixtures.write(wb, file);
            }
            RecordingSink sink = new RecordingSink();
            (xls ? new XlsReader() : new XlsxReader()).read(file, InputLimits.defaults(), sink);
            for (int i = 0; i < 3; i++) {
                RawCell c = sink.row("Besoins", 1).cell(i);
                var p = org.vitrine.normalise.parse.PeriodParser.parse(c, 2027, new java.util.ArrayList<>());
                assertEquals(i < 2 ? org.vitrine.model.Period.Precision.month : org.vitrine.model.Period.Precision.day, p.precision(),
                        file + " cell " + i + " " + c);
                assertEquals(i < 2 ? java.time.LocalDate.of(2027, 3, 31) : java.time.LocalDate.of(2027, 3, 1), p.end(), file + " " + i);
            }
        }
    }

    @Test
    void aDateCellIsQuotedAsTheBuyerSeesItInExcel() throws Exception {
        // officer Z2: « Valeur lue » said 2026-10-15 and 2026-10 where the buyer's Excel shows 15/10/2026 and oct.-26
        for (boolean xls : new boolean[] {false, true}) {
            Path file = dir.resolve(xls ? "shown.xls" : "shown.xlsx");
            short[] builtin = {17, 14};
            String[] formats = {null, null, "mmmm yyyy", "dd/mm/yyyy"};
            try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
                var row = wb.createSheet("Besoins").createRow(0);
                for (int i = 0; i < formats.length; i++) {
                    var style = wb.createCellStyle();
                    style.setDataFormat(formats[i] == null ? builtin[i] : wb.createDataFormat().getFormat(formats[i]));
                    var cell = row.createCell(i);
                    cell.setCellValue(java.time.LocalDateTime.of(2026, 10, 15, 0, 0));
                    cell.setCellStyle(style);
                }
                Fixtures.write(wb, file);
            }
            RecordingSink sink = new RecordingSink();
            (xls ? new XlsReader() : new XlsxReader()).read(file, InputLimits.defaults(), sink);
            String[] shown = {"oct.-26", "15/10/2026", "octobre 2026", "15/10/2026"};
            String[] text = {"2026-10", "2026-10-15", "2026-10", "2026-10-15"};
            for (int i = 0; i < formats.length; i++) {
                RawCell c = sink.row("Besoins", 1).cell(i);
                assertEquals(shown[i], c.shown(), file + " cell " + i);
                assertEquals(text[i], c.text(), "the parsers still read ISO: " + file + " cell " + i);
            }
        }
    }
}

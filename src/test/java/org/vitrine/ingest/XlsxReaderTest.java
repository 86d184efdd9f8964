package org.vitrine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.vitrine.config.InputLimits;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawCell.Type;

class XlsxReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsValuesTypesMergesAndHiddenRowsOfEverySheet() throws Exception {
        RecordingSink sink = new RecordingSink();
        new XlsxReader().read(Fixtures.xlsx(dir, "besoins.xlsx"), InputLimits.defaults(), sink);
        WorkbookExpectations.assertWorkbook(sink);
    }

    @Test
    void readsDatesOfA1904Workbook() throws Exception {
        Path file = dir.resolve("mac.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CTWorkbook ct = wb.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            CellStyle style = wb.createCellStyle();
            style.setDataFormat((short) 14);
            var cell = wb.createSheet("Mac").createRow(0).createCell(0);
            cell.setCellValue(LocalDateTime.of(2027, 3, 15, 0, 0)); // stored as a 1904-based serial
            cell.setCellStyle(style);
            Fixtures.write(wb, file);
        }
        RecordingSink sink = new RecordingSink();
        new XlsxReader().read(file, InputLimits.defaults(), sink);
        assertEquals(LocalDateTime.of(2027, 3, 15, 0, 0), sink.row("Mac", 1).cell(0).date());
    }

    @Test
    void formulaWithoutCachedValueBecomesNoValueError() throws Exception {
        Path file = dir.resolve("jamais-calcule.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var row = wb.createSheet("F").createRow(0);
            row.createCell(0).setCellValue(2);
            row.createCell(1).setCellFormula("A1*3"); // POI writes no cached value unless evaluated
            Fixtures.write(wb, file);
        }
        RecordingSink sink = new RecordingSink();
        new XlsxReader().read(file, InputLimits.defaults(), sink);
        RawCell c = sink.row("F", 1).cell(1);
        assertEquals(Type.ERROR, c.type());
        assertEquals("#NOVALUE", c.text());
        assertEquals("A1*3", c.formula());
    }

    @Test
    void tooManyRowsNamesTheSheetAndTheLimit() throws Exception {
        Path file = Fixtures.simpleXlsx(dir.resolve("long.xlsx"), 20);
        InputLimits limits = new InputLimits(1L << 30, 10, 100, 1L << 30);
        ReadFailure f = assertThrows(ReadFailure.class, () -> new XlsxReader().read(file, limits, new RecordingSink()));
        assertEquals("ingest.too_many_rows", f.key());
        assertEquals("Feuille", f.args()[0]);
        assertEquals(10, f.args()[1]);
    }

    @Test
    void overLongCellIsCutJustPastTheLimitInsteadOfFailingTheFile() throws Exception {
        Path file = Fixtures.simpleXlsx(dir.resolve("court.xlsx"), 2);
        RecordingSink sink = new RecordingSink();
        new XlsxReader().read(file, new InputLimits(1L << 30, 100, 5, 1L << 30), sink);
        assertEquals("ligne ", sink.row("Feuille", 1).text(0));
        assertEquals(6, sink.row("Feuille", 1).text(0).length());
    }

    @Test
    void sinkExceptionsPropagateUnchanged() throws Exception {
        Path file = Fixtures.xlsx(dir, "b.xlsx");
        IllegalStateException boom = new IllegalStateException("sink");
        RowSink failing = new RecordingSink() {
            @Override
            public void row(int rowNumber, java.util.List<RawCell> cells) {
                throw boom;
            }
        };
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new XlsxReader().read(file, InputLimits.defaults(), failing));
        assertEquals(boom, thrown);
    }
}

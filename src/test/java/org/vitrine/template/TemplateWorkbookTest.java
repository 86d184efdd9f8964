package org.vitrine.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vitrine.messages.Messages;
import org.vitrine.template.TemplateWorkbook.TemplateColumn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Writes the buyer template in French and English and reads it back with POI. */
class TemplateWorkbookTest {

    private static JsonNode fields;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadColumns() throws IOException {
        fields = new ObjectMapper(new YAMLFactory()).readTree(Path.of("config/columns.yaml").toFile()).get("fields");
    }

    /** The column list as the CLI builds it: the first header of each field in the language, in file order. */
    private static List<TemplateColumn> columns(String lang) {
        List<TemplateColumn> list = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            list.add(new TemplateColumn(e.getKey(), e.getValue().get(lang).get(0).asText(),
                    e.getValue().path("required").asBoolean(false)));
        }
        return list;
    }

    private XSSFWorkbook written(String lang) throws Exception {
        Path out = tmp.resolve("modele-" + lang + ".xlsx");
        TemplateWorkbook.write(out, columns(lang), lang);
        return new XSSFWorkbook(out.toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void writesTheHeadersOfColumnsYamlAndNoData(String lang) throws Exception {
        Messages m = Messages.of(lang);
        try (XSSFWorkbook wb = written(lang)) {
            assertEquals(2, wb.getNumberOfSheets());
            XSSFSheet data = wb.getSheetAt(0);
            assertEquals(m.get("template.sheet.data"), data.getSheetName());
            assertEquals(m.get("template.sheet.help"), wb.getSheetAt(1).getSheetName());
            List<TemplateColumn> cols = columns(lang);
            Row header = data.getRow(0);
            assertEquals(cols.size(), header.getLastCellNum());
            for (int i = 0; i < cols.size(); i++) {
                assertEquals(cols.get(i).header(), header.getCell(i).getStringCellValue());
                XSSFCellStyle style = (XSSFCellStyle) header.getCell(i).getCellStyle();
                assertTrue(wb.getFontAt(style.getFontIndex()).getBold(), "bold header " + i);
            }
            assertEquals(0, data.getLastRowNum(), "the data sheet must stay empty");
            assertEquals(1, data.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
        }
    }

    @Test
    void highlightsRequiredColumns() throws Exception {
        try (XSSFWorkbook wb = written("fr")) {
            Row header = wb.getSheetAt(0).getRow(0);
            List<TemplateColumn> cols = columns("fr");
            int title = indexOf(cols, "title");
            int description = indexOf(cols, "description");
            XSSFCellStyle required = (XSSFCellStyle) header.getCell(title).getCellStyle();
            XSSFCellStyle optional = (XSSFCellStyle) header.getCell(description).getCellStyle();
            assertNotEquals(optional.getFillForegroundColorColor().getARGBHex(),
                    required.getFillForegroundColorColor().getARGBHex());
            for (TemplateColumn c : cols) {
                XSSFCellStyle s = (XSSFCellStyle) header.getCell(indexOf(cols, c.field())).getCellStyle();
                assertEquals(c.required(), s.getFillForegroundColorColor().getARGBHex()
                        .equals(required.getFillForegroundColorColor().getARGBHex()), c.field());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void offersDropDownListsOnTheCodedColumns(String lang) throws Exception {
        Messages m = Messages.of(lang);
        try (XSSFWorkbook wb = written(lang)) {
            List<TemplateColumn> cols = columns(lang);
            Map<Integer, XSSFDataValidation> byColumn = new HashMap<>();
            for (XSSFDataValidation v : wb.getSheetAt(0).getDataValidations()) {
                for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) {
                    assertEquals(a.getFirstColumn(), a.getLastColumn());
                    assertEquals(1, a.getFirstRow(), "from row 2");
                    assertEquals(999, a.getLastRow(), "to row 1000");
                    byColumn.put(a.getFirstColumn(), v);
                }
            }
            assertEquals(TemplateWorkbook.LISTS.size(), byColumn.size());
            for (Map.Entry<String, String> e : TemplateWorkbook.LISTS.entrySet()) {
                XSSFDataValidation v = byColumn.get(indexOf(cols, e.getKey()));
                assertArrayEquals(TemplateWorkbook.values(m, e.getValue()),
                        v.getValidationConstraint().getExplicitListValues(), e.getKey());
                int expected = TemplateWorkbook.WARNING_ONLY.contains(e.getKey())
                        ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP;
                assertEquals(expected, v.getErrorStyle(), e.getKey());
                assertTrue(v.getShowErrorBox(), e.getKey());
            }
            String[] procedures = byColumn.get(indexOf(cols, "procedure")).getValidationConstraint().getExplicitListValues();
            String[] yesNo = byColumn.get(indexOf(cols, "renewal")).getValidationConstraint().getExplicitListValues();
            String[] category = byColumn.get(indexOf(cols, "category")).getValidationConstraint().getExplicitListValues();
            if (lang.equals("fr")) {
                assertTrue(List.of(procedures).containsAll(List.of("MAPA", "Appel d'offres ouvert", "Dialogue compétitif")));
                assertArrayEquals(new String[] {"oui", "non"}, yesNo);
                assertArrayEquals(new String[] {"travaux", "fournitures", "services"}, category);
            } else {
                assertTrue(List.of(procedures).contains("Open procedure"));
                assertArrayEquals(new String[] {"yes", "no"}, yesNo);
                assertArrayEquals(new String[] {"works", "supplies", "services"}, category);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void explainsEveryColumnOnTheHelpSheet(String lang) throws Exception {
        Messages m = Messages.of(lang);
        try (XSSFWorkbook wb = written(lang)) {
            Sheet help = wb.getSheetAt(1);
            assertEquals(m.get("template.help.title"), help.getRow(0).getCell(0).getStringCellValue());
            Row head = help.getRow(HelpSheet.TABLE_HEADER_ROW);
            assertEquals(m.get("template.help.header.column"), head.getCell(0).getStringCellValue());
            List<TemplateColumn> cols = columns(lang);
            assertEquals(HelpSheet.TABLE_HEADER_ROW + cols.size(), help.getLastRowNum());
            for (int i = 0; i < cols.size(); i++) {
                TemplateColumn c = cols.get(i);
                Row row = help.getRow(HelpSheet.TABLE_HEADER_ROW + 1 + i);
                assertEquals(c.header(), row.getCell(0).getStringCellValue());
                String required = row.getCell(1).getStringCellValue();
                if (c.required()) {
                    assertEquals(m.get("template.help.required.yes"), required, c.field());
                } else {
                    assertNotEquals(m.get("template.help.required.yes"), required, c.field());
                }
                assertFalse(row.getCell(2).getStringCellValue().isBlank(), "what to write: " + c.field());
                assertFalse(row.getCell(3).getStringCellValue().isBlank(), "accepted values: " + c.field());
            }
            Row cpv = help.getRow(HelpSheet.TABLE_HEADER_ROW + 1 + indexOf(cols, "cpv"));
            assertTrue(cpv.getCell(3).getStringCellValue().contains("30200000-1"));
            assertEquals("90911200-8", cpv.getCell(4).getStringCellValue(), "the example need");
            for (Row row : help) {
                for (Cell cell : row) {
                    assertFalse(cell.getStringCellValue().contains("''"), "an apostrophe left doubled: " + cell);
                    assertFalse(cell.getStringCellValue().startsWith("template."), "a missing message: " + cell);
                }
            }
        }
    }

    @Test
    void givesAnUnknownFieldAnEmptyHelpRowRatherThanAKey() throws Exception {
        Path out = tmp.resolve("extra.xlsx");
        TemplateWorkbook.write(out, List.of(new TemplateColumn("title", "Objet", true),
                new TemplateColumn("budget_line", "Ligne budgétaire", false)), "fr");
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            Row row = wb.getSheetAt(1).getRow(HelpSheet.TABLE_HEADER_ROW + 2);
            assertEquals("Ligne budgétaire", row.getCell(0).getStringCellValue());
            assertEquals("", row.getCell(2).getStringCellValue());
            assertTrue(wb.getSheetAt(0).getDataValidations().isEmpty());
        }
    }

    private static int indexOf(List<TemplateColumn> cols, String field) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).field().equals(field)) {
                return i;
            }
        }
        throw new AssertionError("no column " + field);
    }
}

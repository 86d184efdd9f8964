package org.vitrine.template;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.vitrine.messages.Messages;
import org.vitrine.template.TemplateWorkbook.TemplateColumn;

/** The help sheet of the buyer template: one row per column (required, what to write, accepted values, an example). */
final class HelpSheet {

    /** 0-based row of the table header; the first column's row follows it. */
    static final int TABLE_HEADER_ROW = 4;
    private static final String[] TABLE_HEADERS = {"column", "required", "what", "examples", "example"};
    private static final int[] WIDTHS = {30, 16, 60, 55, 40};

    private HelpSheet() {
    }

    static void write(XSSFSheet sheet, XSSFCellStyle header, XSSFCellStyle title, XSSFCellStyle wrap, Messages m,
                      List<TemplateColumn> columns) {
        sheet.createRow(0).createCell(0).setCellValue(m.get("template.help.title"));
        sheet.getRow(0).getCell(0).setCellStyle(title);
        paragraph(sheet, 1, m.get("template.help.intro"), wrap);
        paragraph(sheet, 2, m.get("template.help.privacy"), wrap);
        XSSFRow head = sheet.createRow(TABLE_HEADER_ROW);
        for (int i = 0; i < TABLE_HEADERS.length; i++) {
            head.createCell(i).setCellValue(m.get("template.help.header." + TABLE_HEADERS[i]));
            head.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int r = TABLE_HEADER_ROW + 1;
        for (TemplateColumn c : columns) {
            XSSFRow row = sheet.createRow(r++);
            String[] cells = {c.header(), required(m, c), text(m, c.field(), "what"), text(m, c.field(), "examples"),
                    text(m, c.field(), "example")};
            for (int i = 0; i < cells.length; i++) {
                row.createCell(i).setCellValue(cells[i]);
                row.getCell(i).setCellStyle(wrap);
            }
        }
        sheet.createFreezePane(0, TABLE_HEADER_ROW + 1);
    }

    private static void paragraph(XSSFSheet sheet, int row, String text, XSSFCellStyle wrap) {
        XSSFRow r = sheet.createRow(row);
        r.createCell(0).setCellValue(text);
        r.getCell(0).setCellStyle(wrap);
        r.setHeightInPoints(48);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, TABLE_HEADERS.length - 1));
    }

    private static String required(Messages m, TemplateColumn c) {
        if (c.required()) {
            return m.get("template.help.required.yes");
        }
        return "buyer".equals(c.field()) ? m.get("template.help.required.buyer") : m.get("template.help.required.no");
    }

    /** The help text of a field; empty for a field the bundle does not describe yet. */
    private static String text(Messages m, String field, String part) {
        String key = "template.field." + field + "." + part;
        return m.has(key) ? m.get(key) : "";
    }
}

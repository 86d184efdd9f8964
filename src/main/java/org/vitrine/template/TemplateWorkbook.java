package org.vitrine.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vitrine.messages.Messages;

/**
 * The empty workbook buyers fill in ({@code vitrine template}): a data sheet with the expected headers
 * (required ones highlighted), drop-down lists on the coded columns, and a help sheet that explains
 * each column and shows an example need. The data sheet stays empty so nothing is imported by accident.
 */
public final class TemplateWorkbook {

    /** Rows 2 to 1000 (0-based 1..999) get the drop-down lists. */
    static final int FIRST_DATA_ROW = 1;
    static final int LAST_DATA_ROW = 999;
    /** Excel refuses an explicit list longer than this (values and separators). */
    static final int MAX_LIST_CHARS = 255;

    /** Which list each coded field offers; the procedure list only warns, the others refuse other values. */
    static final Map<String, String> LISTS = Map.ofEntries(
            Map.entry("procedure", "procedure"),
            Map.entry("category", "category"),
            Map.entry("coverage", "coverage"),
            Map.entry("renewal", "yesno"),
            Map.entry("innovation", "yesno"),
            Map.entry("social_clause", "yesno"),
            Map.entry("environmental_clause", "yesno"),
            Map.entry("defence", "yesno"),
            Map.entry("network_activity", "yesno"),
            Map.entry("reserved", "reserved"),
            Map.entry("visibility", "visibility"),
            Map.entry("firmness", "firmness"),
            Map.entry("amount_basis", "amount_basis"),
            Map.entry("framework_award", "framework_award"));
    /** Lists where another value stays possible: procedures nobody listed, and coverage percentages ("60 %"). */
    static final Set<String> WARNING_ONLY = Set.of("procedure", "coverage");
    /**
     * Columns typed as text so Excel keeps what the buyer wrote: leading zeros (CPV 09310000, département
     * 01), and periods such as "mars 2027" that Excel would turn into the date 01/03/2027.
     */
    private static final Set<String> TEXT_COLUMNS = Set.of("reference", "cpv", "cpv_additional", "location", "contact",
            "launch", "notification", "contract_start", "incumbent_end", "duration_months", "deadline");
    private static final Set<String> WIDE_COLUMNS = Set.of("title", "description");

    private TemplateWorkbook() {
    }

    /**
     * One column of the template: the canonical {@code field} (as in config/columns.yaml), the
     * {@code header} written in the first row, and whether a row needs it to be published.
     */
    public record TemplateColumn(String field, String header, boolean required) {
    }

    /** Writes the template with these columns, in French ("fr") or English ("en"). */
    public static void write(Path out, List<TemplateColumn> columns, String lang) throws IOException {
        write(out, columns, List.of(), lang);
    }

    /**
     * {@link #write}, with a third sheet « Lots » (one row per lot of a need, named by the need's reference)
     * when {@code lotColumns} is not empty.
     */
    public static void write(Path out, List<TemplateColumn> columns, List<TemplateColumn> lotColumns, String lang) throws IOException {
        Messages m = Messages.of(lang);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            dataSheet(wb, st, m, columns);
            HelpSheet.write(wb.createSheet(m.get("template.sheet.help")), st.header, st.title, st.wrap, m, columns);
            if (!lotColumns.isEmpty()) {
                XSSFSheet lots = wb.createSheet(m.get("template.sheet.lots"));
                XSSFRow header = lots.createRow(0);
                for (int i = 0; i < lotColumns.size(); i++) {
                    XSSFCell cell = header.createCell(i);
                    cell.setCellValue(lotColumns.get(i).header());
                    cell.setCellStyle(lotColumns.get(i).required() ? st.requiredHeader : st.header);
                    lots.setColumnWidth(i, Math.max(14, Math.min(40, lotColumns.get(i).header().length() + 4)) * 256);
                }
                lots.createFreezePane(0, 1);
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    private static void dataSheet(XSSFWorkbook wb, Styles st, Messages m, List<TemplateColumn> columns) {
        XSSFSheet sheet = wb.createSheet(m.get("template.sheet.data"));
        XSSFRow header = sheet.createRow(0);
        DataValidationHelper dv = sheet.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            TemplateColumn c = columns.get(i);
            XSSFCell cell = header.createCell(i);
            cell.setCellValue(c.header());
            cell.setCellStyle(c.required() ? st.requiredHeader : st.header);
            int chars = WIDE_COLUMNS.contains(c.field()) ? 50 : Math.max(14, Math.min(40, c.header().length() + 4));
            sheet.setColumnWidth(i, chars * 256);
            if (TEXT_COLUMNS.contains(c.field())) {
                sheet.setDefaultColumnStyle(i, st.text);
            }
            String list = LISTS.get(c.field());
            if (list != null) {
                sheet.addValidationData(validation(dv, m, list, c.field(), i));
            }
        }
        header.setHeightInPoints(32);
        sheet.createFreezePane(0, 1);
    }

    private static DataValidation validation(DataValidationHelper dv, Messages m, String list, String field, int col) {
        String[] values = values(m, list);
        int chars = String.join(",", values).length();
        if (chars > MAX_LIST_CHARS) {
            throw new IllegalStateException("template.list." + list + " has " + chars + " characters; Excel allows "
                    + MAX_LIST_CHARS);
        }
        DataValidationConstraint constraint = dv.createExplicitListConstraint(values);
        DataValidation v = dv.createValidation(constraint,
                new CellRangeAddressList(FIRST_DATA_ROW, LAST_DATA_ROW, col, col));
        boolean warn = WARNING_ONLY.contains(field);
        v.setErrorStyle(warn ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
        v.setShowErrorBox(true);
        v.createErrorBox(m.get("template.validation.title"),
                m.get(warn ? "template.validation.warning" : "template.validation.stop"));
        v.setEmptyCellAllowed(true);
        v.setSuppressDropDownArrow(true); // for XSSF, true shows the in-cell arrow
        return v;
    }

    /** The values of the list template.list.&lt;name&gt; in the workbook's language. */
    static String[] values(Messages m, String list) {
        return Arrays.stream(m.get("template.list." + list).split("\\|")).map(String::strip).toArray(String[]::new);
    }

    /** The few cell styles of the template. */
    static final class Styles {
        final XSSFCellStyle header;
        final XSSFCellStyle requiredHeader;
        final XSSFCellStyle title;
        final XSSFCellStyle wrap;
        final XSSFCellStyle text;

        Styles(XSSFWorkbook wb) {
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setBorderBottom(BorderStyle.THIN);
            header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xD9, (byte) 0xE2, (byte) 0xF3}, null));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            requiredHeader = wb.createCellStyle();
            requiredHeader.cloneStyleFrom(header);
            requiredHeader.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xF8, (byte) 0xCB, (byte) 0xAD}, null));
            requiredHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFFont big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
        }
    }
}

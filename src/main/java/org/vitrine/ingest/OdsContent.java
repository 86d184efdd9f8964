package org.vitrine.ingest;

import org.vitrine.config.InputLimits;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.vitrine.model.RawCell;

/**
 * The StAX walk over an ods {@code content.xml}. Repeated rows and cells are counted, not expanded,
 * unless they hold something; merged values come from the spanning cell, never from covered cells.
 */
final class OdsContent {

    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    private final XMLStreamReader x;
    private final InputLimits limits;
    private final RowSink sink;
    private SheetOut out;
    private MergeFiller filler;
    private long rowsSoFar;
    /** The sheet's columns so far and those hidden (« collapse » or « filter »), told before its first row. */
    private long columnsSoFar;
    private java.util.Set<Integer> hiddenColumns = new java.util.TreeSet<>();
    /** Further than any spreadsheet program goes (LibreOffice: 16,384): trailing repeated columns stop counting there. */
    private static final int MAX_COLUMNS = 16_384;
    /** The annotation (cell comment) of the cell last read, null when it has none. */
    private String cellAnnotation;

    OdsContent(XMLStreamReader x, InputLimits limits, RowSink sink) {
        this.x = x;
        this.limits = limits;
        this.sink = sink;
    }

    void read() throws XMLStreamException, ReadFailure {
        int tableDepth = 0;
        // the table styles that hide a sheet (<style:table-properties table:display="false"/>)
        java.util.Set<String> hiding = new java.util.HashSet<>();
        String style = null;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamReader.START_ELEMENT && tableDepth == 0 && is(STYLE, "style")) {
                style = attr(STYLE, "name", null);
            } else if (ev == XMLStreamReader.START_ELEMENT && tableDepth == 0 && is(STYLE, "table-properties")
                    && style != null && "false".equals(attr(TABLE, "display", "true"))) {
                hiding.add(style);
            } else if (ev == XMLStreamReader.START_ELEMENT && tableDepth == 0 && is(STYLE, "table-column-properties")
                    && style != null && zeroWidth(attr(STYLE, "column-width", null))) {
                // a column dragged to nothing (« 0cm »): LibreOffice shows it hidden, as Excel a width 0 (attacker Z, o9)
                narrow.add(style);
            } else if (ev == XMLStreamReader.START_ELEMENT && tableDepth == 0 && is(STYLE, "table-row-properties")
                    && style != null && zeroWidth(attr(STYLE, "row-height", null))) {
                // a row dragged to nothing (« 0cm »): LibreOffice shows it hidden, as Excel a height 0 (attacker A, failure 4)
                flat.add(style);
            } else if (ev == XMLStreamReader.START_ELEMENT && tableDepth == 0 && is(TABLE, "table")
                    && hiding.contains(attr(TABLE, "style-name", ""))) {
                sink.hiddenSheet(attr(TABLE, "name", "?"));
                SafeXml.skipElement(x);
            } else if (ev == XMLStreamReader.START_ELEMENT && is(TABLE, "table")) {
                if (tableDepth++ == 0) {
                    out = new SheetOut(sink, limits, attr(TABLE, "name", "?"));
                    filler = new MergeFiller();
                    rowsSoFar = 0;
                    columnsSoFar = 0;
                    hiddenColumns = new java.util.TreeSet<>();
                }
            } else if (ev == XMLStreamReader.START_ELEMENT && tableDepth == 1 && is(TABLE, "table-column")) {
                column();
            } else if (ev == XMLStreamReader.START_ELEMENT && tableDepth == 1 && is(TABLE, "table-row")) {
                if (!hiddenColumns.isEmpty()) { // a hidden column is read like a visible one: the buyer is told (issue 16)
                    sink.hiddenColumns(hiddenColumns);
                    hiddenColumns = new java.util.TreeSet<>();
                }
                readRow();
            } else if (ev == XMLStreamReader.START_ELEMENT && (is(OFFICE, "annotation") || is(TABLE, "shapes"))) {
                SafeXml.skipElement(x);
            } else if (ev == XMLStreamReader.END_ELEMENT && is(TABLE, "table") && --tableDepth == 0) {
                out.end();
                out = null;
            }
        }
    }

    /** The row styles of height zero (style:row-height « 0cm »…): their rows are hidden. */
    private final java.util.Set<String> flat = new java.util.HashSet<>();

    /** The column styles of width zero (style:column-width « 0cm », « 0in », « 0.000mm »…): their columns are hidden. */
    private final java.util.Set<String> narrow = new java.util.HashSet<>();

    /** True for a width of zero in any unit (« 0cm », « 0in », « 0.000mm », « 0pt »); false for none or a readable one. */
    static boolean zeroWidth(String width) {
        if (width == null) {
            return false;
        }
        return ZERO_WIDTH.matcher(width.strip()).matches();
    }

    private static final java.util.regex.Pattern ZERO_WIDTH = java.util.regex.Pattern.compile("[+-]?(?:0+(?:\\.0*)?|\\.0+)(?:cm|mm|in|pt|pc|px|em)?");

    private void column() {
        long repeat = Math.max(1, longAttr("number-columns-repeated"));
        boolean hidden = !"visible".equals(attr(TABLE, "visibility", "visible")) || narrow.contains(attr(TABLE, "style-name", ""));
        for (long k = 0; k < repeat && columnsSoFar < MAX_COLUMNS; k++, columnsSoFar++) {
            if (hidden) {
                hiddenColumns.add((int) columnsSoFar);
            }
        }
    }

    private void readRow() throws XMLStreamException, ReadFailure {
        long repeat = Math.max(1, longAttr("number-rows-repeated"));
        long first = rowsSoFar + 1;
        rowsSoFar += repeat;
        // « collapse » (hidden by hand) or « filter » (hidden by an autofilter): hidden either way
        boolean hidden = !"visible".equals(attr(TABLE, "visibility", "visible")) || flat.contains(attr(TABLE, "style-name", ""));
        List<RawCell> cells = new ArrayList<>();
        java.util.Map<Integer, String> notes = new java.util.TreeMap<>();
        boolean ownContent = false;
        long col = 0;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamReader.END_ELEMENT && is(TABLE, "table-row")) {
                break;
            }
            if (ev != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            boolean covered = is(TABLE, "covered-table-cell");
            if (!covered && !is(TABLE, "table-cell")) {
                SafeXml.skipElement(x);
                continue;
            }
            long colRepeat = Math.max(1, longAttr("number-columns-repeated"));
            long colSpan = Math.max(1, longAttr("number-columns-spanned"));
            long rowSpan = Math.max(1, longAttr("number-rows-spanned"));
            RawCell value = readCell();
            if (cellAnnotation != null && !covered && col < MergeFiller.MAX_COLUMNS) {
                notes.put((int) col, cellAnnotation);
            }
            // A covered cell is part of a merge: it shows the spanning cell's value, whatever it holds.
            if (value != null && !covered) {
                ownContent = true;
                for (long k = 0; k < colRepeat && col + k < MergeFiller.MAX_COLUMNS; k++) {
                    MergeFiller.set(cells, (int) (col + k), value);
                }
                if ((colSpan > 1 || rowSpan > 1) && col < MergeFiller.MAX_COLUMNS) {
                    addMerge(first, first + rowSpan - 1, (int) col, (int) Math.min(col + colSpan - 1, MergeFiller.MAX_COLUMNS));
                }
            }
            col += colRepeat;
        }
        // Empty repeated rows (LibreOffice pads sheets with a million) are only counted; a row that holds
        // something is emitted once per repetition; an empty one only where a merged value reaches it.
        long count = ownContent ? repeat : Math.min(repeat, Math.max(0, filler.lastFilledRow() - first + 1));
        for (long k = 0; k < count; k++) {
            // A cell comment may say the row is confidential (issue 22): the assembler hears it before the row.
            for (java.util.Map.Entry<Integer, String> note : notes.entrySet()) {
                sink.comment((int) (first + k), note.getKey(), note.getValue());
            }
            if (hidden) {
                sink.hiddenRow((int) (first + k));
            }
            out.row(first + k, filler.apply(first + k, new ArrayList<>(cells)));
        }
    }

    private void addMerge(long firstRow, long lastRow, int firstCol, int lastCol) throws ReadFailure {
        if (filler.size() >= XlsxReader.MAX_MERGES) {
            throw new ReadFailure("ingest.too_many_merges", out.name(), XlsxReader.MAX_MERGES);
        }
        filler.add(firstRow, lastRow, firstCol, lastCol);
    }

    /** Reads one cell up to its end tag; null when it holds nothing. */
    private RawCell readCell() throws XMLStreamException {
        String type = attr(OFFICE, "value-type", null);
        String value = attr(OFFICE, "value", null);
        String dateValue = attr(OFFICE, "date-value", null);
        String boolValue = attr(OFFICE, "boolean-value", null);
        String formula = attr(TABLE, "formula", null);
        String calcType = null;
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (x.getAttributeLocalName(i).equals("value-type") && !OFFICE.equals(x.getAttributeNamespace(i))) {
                calcType = x.getAttributeValue(i); // LibreOffice's calcext:value-type, "error" for #DIV/0! and co.
            }
        }
        cellAnnotation = null;
        String text = readText();
        RawCell cell = typed(type, calcType, value, dateValue, boolValue, text);
        if (formula != null) {
            if (cell == null && type == null) {
                cell = RawCell.error("#NOVALUE"); // never computed: the user must open and save the file
            }
            if (cell != null) {
                int eq = formula.indexOf('=');
                cell = cell.withFormula(eq >= 0 ? formula.substring(eq + 1) : formula);
            }
        }
        return cell;
    }

    private static RawCell typed(String type, String calcType, String value, String date, String bool, String text) {
        if ("error".equals(calcType)) {
            return RawCell.error(text.isEmpty() ? "#ERR" : text);
        }
        try {
            if (("float".equals(type) || "percentage".equals(type) || "currency".equals(type)) && value != null) {
                return RawCell.number(Double.parseDouble(value));
            }
            if ("date".equals(type) && date != null) {
                // its paragraph is what the buyer sees (« 15/10/2026 »), quoted by messages
                return RawCell.date(date.length() <= 10 ? LocalDate.parse(date).atStartOfDay() : LocalDateTime.parse(date))
                        .withDisplay(text.isEmpty() ? null : text);
            }
            if ("boolean".equals(type) && bool != null) {
                return RawCell.bool(Boolean.parseBoolean(bool));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // fall back on the displayed text, which the parsers will judge
        }
        return text.isEmpty() ? null : RawCell.text(text);
    }

    /** The text of a cell's paragraphs joined by new lines, with text:s, text:tab and text:line-break expanded. */
    private String readText() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int cap = limits.maxCellChars() + 1;
        int paragraphs = 0;
        int inParagraph = 0;
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                if (is(OFFICE, "annotation")) {
                    // a comment is not the cell's value, but is heard: its paragraphs, read as a cell's are (its author
                    // and date lie outside them), on one line
                    String note = readText().replace('\n', ' ').strip();
                    cellAnnotation = cellAnnotation == null ? note : cellAnnotation + " " + note;
                    continue;
                }
                if (DRAW.equals(x.getNamespaceURI())) {
                    SafeXml.skipElement(x); // drawings are not the cell's value
                    continue;
                }
                depth++;
                if (is(TEXT, "p") || is(TEXT, "h")) {
                    inParagraph++;
                    if (paragraphs++ > 0) {
                        append(sb, "\n", cap);
                    }
                } else if (is(TEXT, "s")) {
                    append(sb, " ".repeat((int) Math.min(cap, Math.max(1, longAttr(TEXT, "c")))), cap);
                } else if (is(TEXT, "tab")) {
                    append(sb, "\t", cap);
                } else if (is(TEXT, "line-break")) {
                    append(sb, "\n", cap);
                }
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                depth--;
                if (is(TEXT, "p") || is(TEXT, "h")) {
                    inParagraph--;
                }
            } else if (inParagraph > 0 && (ev == XMLStreamReader.CHARACTERS || ev == XMLStreamReader.CDATA)) {
                append(sb, x.getText(), cap);
            }
        }
        return sb.toString();
    }

    /** Stops growing at the cap: SheetOut then marks the cell as too long. */
    private static void append(StringBuilder sb, String s, int cap) {
        if (sb.length() < cap) {
            sb.append(s, 0, Math.min(s.length(), cap - sb.length()));
        }
    }

    private boolean is(String ns, String local) {
        return local.equals(x.getLocalName()) && ns.equals(x.getNamespaceURI());
    }

    private String attr(String ns, String local, String fallback) {
        String v = x.getAttributeValue(ns, local);
        return v == null ? fallback : v;
    }

    private long longAttr(String local) {
        return longAttr(TABLE, local);
    }

    private long longAttr(String ns, String local) {
        String v = x.getAttributeValue(ns, local);
        try {
            return v == null ? 0 : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

package org.vitrine.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A cheap first pass over an xlsx before fastexcel reads it: counts the real uncompressed bytes of
 * every entry (fastexcel has no zip-bomb limit) and collects each sheet's merge ranges, which the
 * sheet XML lists after its rows, so they are known before the rows stream by.
 */
final class XlsxPrepass {

    /**
     * Characters in one cell's XML text (value, formula or string) beyond which the file is refused:
     * 32 times Excel's own maximum. fastexcel builds each cell's whole text in memory, so one cell of
     * hundreds of megabytes, well under the unzip limit, would exhaust the heap.
     */
    static final int MAX_CELL_XML_CHARS = 32 * 32_768;
    /** Where a cell's text lives: value, inline or shared string run, formula. */
    private static final java.util.Set<String> VALUE_ELEMENTS = java.util.Set.of("v", "t", "f");
    /** A sheet's print headers and footers (attacker, 2d: « CONFIDENTIEL » on every printed page). */
    private static final java.util.Set<String> MARK_ELEMENTS = java.util.Set.of("oddHeader", "oddFooter", "evenHeader", "evenFooter",
            "firstHeader", "firstFooter");

    /** Merge ranges as {firstRow, lastRow, firstCol, lastCol}, rows 1-based, per worksheet part name. */
    private final Map<String, List<int[]>> mergesByPart = new HashMap<>();
    private final Map<String, String> partByRelId = new HashMap<>();
    /** Each sheet part's comments part (from the sheet's relationships), and each comments part's notes by row then column. */
    private final Map<String, String> commentsBySheetPart = new HashMap<>();
    private final Map<String, Map<Integer, Map<Integer, String>>> notesByCommentsPart = new HashMap<>();
    private final int maxMerges;
    /** Each sheet part's hidden columns (0 = A), from its « cols » before the cells. */
    private final Map<String, java.util.Set<Integer>> hiddenColumnsByPart = new HashMap<>();
    /**
     * Each sheet part's rows of height zero (`ht="0"`, 1-based), without the `hidden` flag fastexcel reads: Excel shows
     * them hidden (attacker A, failure 4). A bit set: a sheet may format a million rows so.
     */
    private final Map<String, java.util.BitSet> zeroHeightRowsByPart = new HashMap<>();
    /** Each sheet part's print headers and footers that print a text, by element name (« oddHeader »), as printed. */
    private final Map<String, Map<String, String>> marksByPart = new HashMap<>();
    /** False for a workbook without a styles part (optional in the format; fastexcel then needs no cell formats). */
    private boolean hasStyles;

    private XlsxPrepass(int maxMerges) {
        this.maxMerges = maxMerges;
    }

    static XlsxPrepass scan(ZipFile zip, long maxUnzippedBytes, int maxMerges) throws IOException, XMLStreamException, ReadFailure {
        XlsxPrepass p = new XlsxPrepass(maxMerges);
        ZipBudget budget = new ZipBudget(maxUnzippedBytes);
        budget.checkDeclared(zip);
        try {
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                String name = e.getName();
                p.hasStyles |= name.equals("xl/styles.xml");
                if (name.equals("xl/_rels/workbook.xml.rels")) {
                    try (InputStream in = budget.open(zip, e)) {
                        p.readRels(in);
                    }
                } else if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                    try (InputStream in = budget.open(zip, e)) {
                        java.util.BitSet flat = new java.util.BitSet();
                        Map<String, String> marks = new java.util.LinkedHashMap<>();
                        p.mergesByPart.put(name, p.scanPart(in, flat, marks));
                        marks.replaceAll((element, xml) -> HeaderFooterText.printed(xml));
                        marks.values().removeIf(String::isEmpty);
                        if (!marks.isEmpty()) {
                            p.marksByPart.put(name, marks);
                        }
                        if (!flat.isEmpty()) {
                            p.zeroHeightRowsByPart.put(name, flat);
                        }
                    }
                    try (InputStream in = new BoundedHead(zip.getInputStream(e))) {
                        p.hiddenColumnsByPart.put(name, hiddenColumns(in));
                    }
                } else if (name.startsWith("xl/worksheets/_rels/") && name.endsWith(".xml.rels")) {
                    try (InputStream in = budget.open(zip, e)) {
                        p.readSheetRels(name, in);
                    }
                } else if (name.startsWith("xl/comments") && name.endsWith(".xml")) {
                    try (InputStream in = budget.open(zip, e)) {
                        p.notesByCommentsPart.put(name, readComments(in));
                    }
                } else if (name.equals("xl/sharedStrings.xml")) {
                    try (InputStream in = budget.open(zip, e)) {
                        p.scanPart(in, new java.util.BitSet(), new HashMap<>()); // no merges there: only its texts' lengths are checked
                    }
                } else if (!e.isDirectory()) {
                    budget.drain(zip, e);
                }
            }
        } catch (XMLStreamException e) {
            if (budget.exceeded()) {
                throw new ZipBudget.Exceeded();
            }
            throw e;
        }
        return p;
    }

    /** The cell comments (notes) of the sheet with this relationship id: row (1-based) to column (0-based) to text. */
    Map<Integer, Map<Integer, String>> comments(String relId) {
        String part = partByRelId.get(relId);
        String comments = part == null ? null : commentsBySheetPart.get(part);
        return comments == null ? Map.of() : notesByCommentsPart.getOrDefault(comments, Map.of());
    }

    private void readSheetRels(String relsName, InputStream in) throws XMLStreamException {
        // xl/worksheets/_rels/sheet1.xml.rels belongs to xl/worksheets/sheet1.xml; targets are relative to xl/worksheets/.
        String sheetPart = "xl/worksheets/" + relsName.substring("xl/worksheets/_rels/".length(), relsName.length() - ".rels".length());
        XMLStreamReader x = SafeXml.reader(in);
        while (x.hasNext()) {
            if (x.next() == XMLStreamReader.START_ELEMENT && x.getLocalName().equals("Relationship")) {
                String type = x.getAttributeValue(null, "Type");
                String target = x.getAttributeValue(null, "Target");
                if (type != null && type.endsWith("/comments") && target != null) {
                    String resolved = target.startsWith("/") ? target.substring(1)
                            : java.nio.file.Path.of("xl/worksheets").resolve(target).normalize().toString().replace('\\', '/');
                    commentsBySheetPart.put(sheetPart, resolved);
                }
            }
        }
    }

    /** A comments part: each comment's cell and its text (its runs joined). */
    private static Map<Integer, Map<Integer, String>> readComments(InputStream in) throws XMLStreamException {
        Map<Integer, Map<Integer, String>> notes = new HashMap<>();
        XMLStreamReader x = SafeXml.reader(in);
        String ref = null;
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamReader.START_ELEMENT && x.getLocalName().equals("comment")) {
                ref = x.getAttributeValue(null, "ref");
                text.setLength(0);
            } else if (ev == XMLStreamReader.START_ELEMENT && x.getLocalName().equals("t")) {
                inText = true;
            } else if (ev == XMLStreamReader.END_ELEMENT && x.getLocalName().equals("t")) {
                inText = false;
            } else if ((ev == XMLStreamReader.CHARACTERS || ev == XMLStreamReader.CDATA) && inText && text.length() < 10_000) {
                text.append(x.getText());
            } else if (ev == XMLStreamReader.END_ELEMENT && x.getLocalName().equals("comment") && ref != null) {
                try {
                    org.apache.poi.ss.util.CellReference c = new org.apache.poi.ss.util.CellReference(ref);
                    notes.computeIfAbsent(c.getRow() + 1, k -> new HashMap<>()).merge((int) c.getCol(), text.toString(), (a, b) -> a + " " + b);
                } catch (IllegalArgumentException ignored) {
                    // a comment on no readable cell says nothing about a row
                }
                ref = null;
            }
        }
        return notes;
    }

    /** The rows of height zero (1-based) of the sheet with this relationship id: hidden as Excel shows them. */
    java.util.BitSet zeroHeightRows(String relId) {
        String part = partByRelId.get(relId);
        java.util.BitSet rows = part == null ? null : zeroHeightRowsByPart.get(part);
        return rows == null ? new java.util.BitSet() : rows;
    }

    /** The print headers and footers of the sheet with this relationship id, by element name (« oddHeader »), as printed. */
    Map<String, String> marks(String relId) {
        String part = partByRelId.get(relId);
        return part == null ? Map.of() : marksByPart.getOrDefault(part, Map.of());
    }

    /** The hidden columns (0 = A) of the sheet with this relationship id. */
    java.util.Set<Integer> hiddenColumns(String relId) {
        String part = partByRelId.get(relId);
        return part == null ? java.util.Set.of() : hiddenColumnsByPart.getOrDefault(part, java.util.Set.of());
    }

    /** The columns a « col hidden="1" » (or « width="0" ») hides, read up to the sheet's cells (the « cols » come first); a range at most 16,384. */
    private static java.util.Set<Integer> hiddenColumns(InputStream in) {
        java.util.Set<Integer> hidden = new java.util.TreeSet<>();
        try {
            XMLStreamReader x = SafeXml.reader(in);
            while (x.hasNext()) {
                if (x.next() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                String element = x.getLocalName();
                if (element.equals("sheetData")) {
                    break;
                }
                String h = element.equals("col") ? x.getAttributeValue(null, "hidden") : null;
                String w = element.equals("col") ? x.getAttributeValue(null, "width") : null;
                // a column dragged to nothing is hidden too: Excel shows it so, without the hidden flag (attacker Z);
                // a width of zero is read as for ods (review revH R8: « 0 », « 0.0 », never « . »)
                if ("1".equals(h) || "true".equals(h) || OdsContent.zeroWidth(w)) {
                    int min = Integer.parseInt(x.getAttributeValue(null, "min").strip());
                    int max = Integer.parseInt(x.getAttributeValue(null, "max").strip());
                    for (int c = Math.max(1, min); c <= Math.min(max, 16_384); c++) {
                        hidden.add(c - 1);
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            // a damaged cols part hides nothing: the cells' own reading says what is wrong with the file
        }
        return hidden;
    }

    /** The first 8 MiB of a part: the columns are looked for before the cells, never through a whole sheet. */
    private static final class BoundedHead extends java.io.FilterInputStream {
        private long left = 8L << 20;

        BoundedHead(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            left--;
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    boolean hasStyles() {
        return hasStyles;
    }

    /** The merge ranges of the sheet with this relationship id (fastexcel's Sheet.getId()); at most maxMerges + 1. */
    List<int[]> merges(String relId) {
        String part = partByRelId.get(relId);
        return part == null ? List.of() : mergesByPart.getOrDefault(part, List.of());
    }

    private void readRels(InputStream in) throws XMLStreamException {
        XMLStreamReader x = SafeXml.reader(in);
        while (x.hasNext()) {
            if (x.next() == XMLStreamReader.START_ELEMENT && x.getLocalName().equals("Relationship")) {
                String id = x.getAttributeValue(null, "Id");
                String target = x.getAttributeValue(null, "Target");
                if (id != null && target != null) {
                    partByRelId.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
                }
            }
        }
    }

    /**
     * The merge ranges of a sheet (or none, for the shared strings), refusing any cell whose text is too
     * long: scanned as bytes ({@link SheetBytes}) when the part is in an ASCII-compatible encoding (UTF-8
     * in practice), through StAX otherwise (UTF-16). The byte scan took a fifth of the StAX pass's time,
     * which was longer than the whole read limit.
     */
    private List<int[]> scanPart(InputStream raw, java.util.BitSet zeroHeight, Map<String, String> marks) throws IOException, XMLStreamException, ReadFailure {
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        byte[] head = in.readNBytes(2);
        in.reset();
        boolean asciiCompatible = head.length < 2 || (head[0] != 0 && head[1] != 0
                && !(head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) && !(head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        if (asciiCompatible) {
            List<int[]> ranges = new ArrayList<>();
            SheetBytes bytes = new SheetBytes(in, MAX_CELL_XML_CHARS);
            bytes.scan(ref -> addMerge(ranges, ref), zeroHeight::set);
            marks.putAll(bytes.marks());
            return ranges;
        }
        return readMerges(in, zeroHeight, marks);
    }

    /** {@link #scanPart} through StAX, for a part in UTF-16. */
    private List<int[]> readMerges(InputStream in, java.util.BitSet zeroHeight, Map<String, String> marks) throws XMLStreamException, ReadFailure {
        List<int[]> ranges = new ArrayList<>();
        String markElement = null;
        StringBuilder mark = new StringBuilder();
        int lastRow = 0;
        boolean zeroHeightByDefault = false;
        XMLStreamReader x = SafeXml.reader(in);
        long text = 0;
        boolean inValue = false;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                // The reader is not coalescing: a long text comes in pieces, never whole. Only the texts
                // of values, strings and formulas count (blank space between rows is no cell).
                text += inValue ? x.getTextLength() : 0;
                if (text > MAX_CELL_XML_CHARS) {
                    throw new ReadFailure("ingest.huge_cell", MAX_CELL_XML_CHARS);
                }
                if (markElement != null && mark.length() < 1024) {
                    // decoded by StAX: escaped again so that the byte scan's reading (HeaderFooterText) serves both
                    String piece = x.getText();
                    mark.append(piece.substring(0, Math.min(piece.length(), 1024 - mark.length())).replace("&", "&amp;"));
                }
                continue;
            }
            if (markElement != null && event == XMLStreamReader.END_ELEMENT) {
                marks.putIfAbsent(markElement, mark.toString());
                markElement = null;
            }
            if (event == XMLStreamReader.START_ELEMENT && MARK_ELEMENTS.contains(x.getLocalName())) {
                markElement = x.getLocalName();
                mark.setLength(0);
            }
            text = 0;
            inValue = event == XMLStreamReader.START_ELEMENT && VALUE_ELEMENTS.contains(x.getLocalName());
            if (event == XMLStreamReader.START_ELEMENT && x.getLocalName().equals("row")) {
                String r = x.getAttributeValue(null, "r");
                try {
                    lastRow = r == null ? lastRow + 1 : Integer.parseInt(r.strip());
                } catch (NumberFormatException e) {
                    lastRow++;
                }
                String ht = x.getAttributeValue(null, "ht");
                if (lastRow > 0 && (OdsContent.zeroWidth(ht) || (zeroHeightByDefault && ht == null))) {
                    zeroHeight.set(lastRow);
                }
            }
            if (event == XMLStreamReader.START_ELEMENT && x.getLocalName().equals("sheetFormatPr")) {
                zeroHeightByDefault = SheetBytes.zeroHeightByDefault(x.getAttributeValue(null, "zeroHeight"));
            }
            if (event == XMLStreamReader.START_ELEMENT && x.getLocalName().equals("mergeCell")) {
                addMerge(ranges, x.getAttributeValue(null, "ref"));
            }
        }
        return ranges;
    }

    /** A merge range from its ref ("A1:C2"); past maxMerges + 1 the reader reports too many with the sheet's name. */
    private void addMerge(List<int[]> ranges, String ref) {
        if (ref == null || ranges.size() > maxMerges) {
            return;
        }
        CellRangeAddress r = CellRangeAddress.valueOf(ref);
        ranges.add(new int[] {r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn(), r.getLastColumn()});
    }
}

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

    private static final byte[] MERGE_CELL = "mergeCell".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Merge ranges as {firstRow, lastRow, firstCol, lastCol}, rows 1-based, per worksheet part name. */
    private final Map<String, List<int[]>> mergesByPart = new HashMap<>();
    private final Map<String, String> partByRelId = new HashMap<>();
    private final int maxMerges;

    private XlsxPrepass(int maxMerges) {
        this.maxMerges = maxMerges;
    }

    static XlsxPrepass scan(ZipFile zip, long maxUnzippedBytes, int maxMerges) throws IOException, XMLStreamException {
        XlsxPrepass p = new XlsxPrepass(maxMerges);
        ZipBudget budget = new ZipBudget(maxUnzippedBytes);
        budget.checkDeclared(zip);
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
            ZipEntry e = en.nextElement();
            String name = e.getName();
            if (name.equals("xl/_rels/workbook.xml.rels")) {
                try (InputStream in = budget.open(zip, e)) {
                    p.readRels(in);
                }
            } else if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                boolean mayHaveMerges;
                try (InputStream in = budget.open(zip, e)) {
                    mayHaveMerges = mayHaveMerges(in);
                }
                if (mayHaveMerges) {
                    // Already counted by the budget: the same bytes again, parsed this time.
                    try (InputStream in = zip.getInputStream(e)) {
                        p.mergesByPart.put(name, p.readMerges(in));
                    }
                }
            } else if (!e.isDirectory()) {
                budget.drain(zip, e);
            }
        }
        return p;
    }

    /**
     * A byte scan for "mergeCell" instead of an XML parse: most sheets have no merges, and parsing the
     * whole sheet twice (here and in fastexcel) was a tenth of the reading time. A sheet not in an
     * ASCII-compatible encoding (a UTF-16 byte order mark or NUL bytes) is always parsed.
     */
    static boolean mayHaveMerges(InputStream in) throws IOException {
        byte[] buf = new byte[65_536];
        int matched = 0;
        boolean found = false;
        boolean first = true;
        // Read to the end even once found: the budget counts every byte before the sheet is parsed.
        for (int n; (n = in.read(buf)) >= 0;) {
            if (first && n >= 2) {
                first = false;
                found = (buf[0] & 0xFF) == 0xFE || (buf[0] & 0xFF) == 0xFF || buf[0] == 0 || buf[1] == 0;
            }
            for (int i = 0; i < n && !found; i++) {
                byte b = buf[i];
                if (b == MERGE_CELL[matched]) {
                    found = ++matched == MERGE_CELL.length;
                } else {
                    matched = b == MERGE_CELL[0] ? 1 : 0;
                }
            }
        }
        return found;
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

    private List<int[]> readMerges(InputStream in) throws XMLStreamException {
        List<int[]> ranges = new ArrayList<>();
        XMLStreamReader x = SafeXml.reader(in);
        while (x.hasNext()) {
            if (x.next() == XMLStreamReader.START_ELEMENT && x.getLocalName().equals("mergeCell")) {
                String ref = x.getAttributeValue(null, "ref");
                if (ref == null || ranges.size() > maxMerges) {
                    continue; // the reader reports too many merges with the sheet's name
                }
                CellRangeAddress r = CellRangeAddress.valueOf(ref);
                ranges.add(new int[] {r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn(), r.getLastColumn()});
            }
        }
        return ranges;
    }
}

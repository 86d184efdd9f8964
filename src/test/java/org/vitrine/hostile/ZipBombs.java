package org.vitrine.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small xlsx files whose sheet XML inflates to a given size: a header row, then either blank space
 * between elements (cheap to parse once inflated) or one single text cell holding it all (the worst
 * case for a reader that builds each cell's text in memory).
 */
final class ZipBombs {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private ZipBombs() {
    }

    /** Blank space padding; {@code lie}: the central directory declares 10 bytes per entry. */
    static byte[] xlsx(long inflatedBytes, boolean lie) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, inflatedBytes, false);
        byte[] zip = out.toByteArray();
        return lie ? declareTinySizes(zip) : zip;
    }

    /** The whole padding inside one inline-string cell of row 2. */
    static void giantCell(OutputStream out, long inflatedBytes) throws IOException {
        write(out, inflatedBytes, true);
    }

    private static void write(OutputStream target, long inflatedBytes, boolean oneCell) throws IOException {
        sheet(target, "Bombe", out -> {
            out.write(("<row r=\"1\">" + inline("A1", "Objet") + inline("B1", "Montant estimé") + "</row>"
                    + (oneCell ? "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" : "")).getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) (oneCell ? 'A' : ' '));
            for (long left = inflatedBytes; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            out.write((oneCell ? "</t></is></c></row>" : "").getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Writes the content of a sheet's sheetData element. */
    interface SheetData {
        void write(OutputStream out) throws IOException;
    }

    /** A minimal one-sheet xlsx whose sheetData is streamed by {@code data}, never held in memory. */
    static void sheet(OutputStream target, String sheetName, SheetData data) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + NS + "\" xmlns:r=\""
                    + REL_NS + "\"><sheets><sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + NS + "\">"
                    + "<numFmts count=\"0\"/><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS + "\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            OutputStream unclosable = new java.io.FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() {
                    // the entry is closed below
                }
            };
            data.write(unclosable);
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Rewrites every central-directory entry to declare 10 uncompressed bytes. */
    static byte[] declareTinySizes(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= zip.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                b.putInt(i + 24, 10);
            }
        }
        return zip;
    }
}

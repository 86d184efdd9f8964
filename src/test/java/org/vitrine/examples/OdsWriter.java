package org.vitrine.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.vitrine.examples.ExampleModel.ExampleFile;
import org.vitrine.examples.ExampleModel.Row;
import org.vitrine.examples.ExampleModel.Sheet;

/**
 * Writes an OpenDocument spreadsheet by hand, as LibreOffice would: {@code mimetype} first and
 * stored, typed cells ({@code office:value}, {@code office:date-value}), repeated empty cells, runs
 * of spaces as {@code text:s}, and optionally the million padding rows LibreOffice leaves at the end.
 */
final class OdsWriter {

    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";
    private static final int MAX_ROWS = 1_048_576;
    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private OdsWriter() {
    }

    static void write(ExampleFile file, Path out, LocalDateTime stamp) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mimetype.length);
            m.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            m.setCrc(crc.getValue());
            m.setTimeLocal(stamp);
            zip.putNextEntry(m);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "META-INF/manifest.xml", manifest(), stamp);
            put(zip, "meta.xml", meta(stamp), stamp);
            put(zip, "styles.xml", styles(), stamp);
            put(zip, "content.xml", content(file), stamp);
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            bytes.writeTo(os);
        }
    }

    private static void put(ZipOutputStream zip, String name, String xml, LocalDateTime stamp) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(stamp);
        zip.putNextEntry(e);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String manifest() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
                 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
    }

    private static String meta(LocalDateTime stamp) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + NS + " office:version=\"1.3\">"
                + "<office:meta><meta:generator>Vitrine ExamplesGenerator</meta:generator>"
                + "<meta:creation-date>" + stamp + ":00</meta:creation-date><dc:date>" + stamp + ":00</dc:date>"
                + "</office:meta></office:document-meta>\n";
    }

    private static String styles() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles" + NS + " office:version=\"1.3\">"
                + "<office:styles><style:default-style style:family=\"table-cell\"/>"
                + "<style:style style:name=\"Default\" style:family=\"table-cell\"/></office:styles>"
                + "</office:document-styles>\n";
    }

    private static String content(ExampleFile file) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content")
                .append(NS).append(" office:version=\"1.3\">\n<office:automatic-styles>")
                .append("<number:date-style style:name=\"N37\"><number:day number:style=\"long\"/><number:text>/</number:text>")
                .append("<number:month number:style=\"long\"/><number:text>/</number:text><number:year number:style=\"long\"/>")
                .append("</number:date-style>")
                .append("<style:style style:name=\"ce1\" style:family=\"table-cell\" style:parent-style-name=\"Default\" style:data-style-name=\"N37\"/>")
                .append("<style:style style:name=\"ce2\" style:family=\"table-cell\" style:parent-style-name=\"Default\">")
                .append("<style:text-properties fo:font-weight=\"bold\"/></style:style>")
                .append("</office:automatic-styles>\n<office:body><office:spreadsheet>\n");
        for (Sheet sheet : file.sheets()) {
            sheet(x, sheet);
        }
        return x.append("</office:spreadsheet></office:body></office:document-content>\n").toString();
    }

    private static void sheet(StringBuilder x, Sheet sheet) {
        int width = Math.max(1, sheet.headers().size());
        x.append("<table:table table:name=\"").append(escape(sheet.name())).append("\">")
                .append("<table:table-column table:number-columns-repeated=\"").append(width).append("\"/>\n");
        int rows = 0;
        for (String line : sheet.preamble()) {
            x.append("<table:table-row>");
            if (line.isEmpty()) {
                x.append("<table:table-cell/>");
            } else {
                x.append("<table:table-cell table:style-name=\"ce2\" office:value-type=\"string\"><text:p>")
                        .append(text(line)).append("</text:p></table:table-cell>");
            }
            x.append("</table:table-row>\n");
            rows++;
        }
        if (!sheet.headers().isEmpty()) {
            x.append("<table:table-row>");
            for (String h : sheet.headers()) {
                x.append("<table:table-cell table:style-name=\"ce2\" office:value-type=\"string\"><text:p>")
                        .append(text(h)).append("</text:p></table:table-cell>");
            }
            x.append("</table:table-row>\n");
            rows++;
        }
        for (Row row : sheet.rows()) {
            x.append("<table:table-row>");
            cells(x, row.isBlank() ? List.of() : row.cells(), width);
            x.append("</table:table-row>\n");
            rows++;
        }
        if (sheet.padRows()) {
            x.append("<table:table-row table:number-rows-repeated=\"").append(MAX_ROWS - rows)
                    .append("\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>\n");
        }
        x.append("</table:table>\n");
    }

    private static void cells(StringBuilder x, List<String> cells, int width) {
        int empty = 0;
        for (int i = 0; i < width; i++) {
            String v = i < cells.size() ? cells.get(i) : "";
            if (v.isEmpty()) {
                empty++;
                continue;
            }
            flushEmpty(x, empty);
            empty = 0;
            if (v.startsWith("#")) {
                String n = v.substring(1);
                x.append("<table:table-cell office:value-type=\"float\" office:value=\"").append(n)
                        .append("\"><text:p>").append(n).append("</text:p></table:table-cell>");
            } else if (v.startsWith("@")) {
                LocalDate d = LocalDate.parse(v.substring(1));
                x.append("<table:table-cell table:style-name=\"ce1\" office:value-type=\"date\" office:date-value=\"")
                        .append(d).append("\"><text:p>").append(DISPLAY_DATE.format(d)).append("</text:p></table:table-cell>");
            } else if (v.startsWith("=") || v.equals("^")) {
                throw new IllegalArgumentException("formulas and merges are not written to ods: " + v);
            } else {
                x.append("<table:table-cell office:value-type=\"string\"><text:p>").append(text(v))
                        .append("</text:p></table:table-cell>");
            }
        }
        flushEmpty(x, empty);
    }

    private static void flushEmpty(StringBuilder x, int empty) {
        if (empty == 1) {
            x.append("<table:table-cell/>");
        } else if (empty > 1) {
            x.append("<table:table-cell table:number-columns-repeated=\"").append(empty).append("\"/>");
        }
    }

    /** Escaped text where a run of n spaces keeps one space and writes the others as text:s. */
    static String text(String s) {
        String e = escape(s);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < e.length()) {
            char c = e.charAt(i);
            if (c == ' ' && i + 1 < e.length() && e.charAt(i + 1) == ' ') {
                int j = i;
                while (j < e.length() && e.charAt(j) == ' ') {
                    j++;
                }
                int extra = j - i - 1;
                out.append(' ').append(extra == 1 ? "<text:s/>" : "<text:s text:c=\"" + extra + "\"/>");
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

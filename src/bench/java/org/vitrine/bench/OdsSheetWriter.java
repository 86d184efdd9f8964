package org.vitrine.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A minimal OpenDocument spreadsheet, streamed: mimetype first and stored (as the format requires),
 * the manifest, then content.xml written row by row with StAX, so no sheet is ever held in memory.
 */
final class OdsSheetWriter implements SheetWriter {

    private static final String MIME = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
             <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>
            """.formatted(MIME);
    // The JDK's writer, not whichever StAX implementation the classpath offers first: same bytes everywhere.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final ZipOutputStream zip;
    private final Writer buffer;
    private final XMLStreamWriter x;

    OdsSheetWriter(Path file, String sheetName) throws IOException {
        zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        byte[] mime = MIME.getBytes(StandardCharsets.US_ASCII);
        ZipEntry m = BenchZip.fixed(new ZipEntry("mimetype"));
        m.setMethod(ZipEntry.STORED);
        m.setSize(mime.length);
        CRC32 crc = new CRC32();
        crc.update(mime);
        m.setCrc(crc.getValue());
        zip.putNextEntry(m);
        zip.write(mime);
        zip.putNextEntry(BenchZip.fixed(new ZipEntry("META-INF/manifest.xml")));
        zip.write(MANIFEST.getBytes(StandardCharsets.UTF_8));
        zip.putNextEntry(BenchZip.fixed(new ZipEntry("content.xml")));
        try {
            // Given a byte stream, the JDK writer encodes char by char into it: a Writer is far faster.
            buffer = new BufferedWriter(new OutputStreamWriter(new Unclosable(zip), StandardCharsets.UTF_8), 1 << 16);
            x = FACTORY.createXMLStreamWriter(buffer);
            x.writeStartDocument("UTF-8", "1.0");
            x.setPrefix("office", OFFICE);
            x.setPrefix("table", TABLE);
            x.setPrefix("text", TEXT);
            x.writeStartElement(OFFICE, "document-content");
            x.writeNamespace("office", OFFICE);
            x.writeNamespace("table", TABLE);
            x.writeNamespace("text", TEXT);
            x.writeAttribute(OFFICE, "version", "1.2");
            x.writeStartElement(OFFICE, "body");
            x.writeStartElement(OFFICE, "spreadsheet");
            x.writeStartElement(TABLE, "table");
            x.writeAttribute(TABLE, "name", sheetName);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void row(Object[] cells) throws IOException {
        try {
            x.writeStartElement(TABLE, "table-row");
            for (Object v : cells) {
                cell(v);
            }
            x.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void cell(Object v) throws XMLStreamException {
        if (v == null) {
            x.writeEmptyElement(TABLE, "table-cell");
            return;
        }
        x.writeStartElement(TABLE, "table-cell");
        if (v instanceof Long n) {
            x.writeAttribute(OFFICE, "value-type", "float");
            x.writeAttribute(OFFICE, "value", n.toString());
        } else if (v instanceof LocalDate d) {
            x.writeAttribute(OFFICE, "value-type", "date");
            x.writeAttribute(OFFICE, "date-value", d.toString());
        } else {
            x.writeAttribute(OFFICE, "value-type", "string");
        }
        x.writeStartElement(TEXT, "p");
        x.writeCharacters(v instanceof LocalDate d ? CsvSheetWriter.FRENCH_DATE.format(d) : v.toString());
        x.writeEndElement();
        x.writeEndElement();
    }

    @Override
    public void close() throws IOException {
        try {
            x.writeEndDocument(); // closes table, spreadsheet, body, document-content
            x.close();
            buffer.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            zip.close();
        }
    }

    /** The XML writer must not close the zip under it: other entries could follow. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

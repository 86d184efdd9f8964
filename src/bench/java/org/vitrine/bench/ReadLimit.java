package org.vitrine.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The physical limit for reading: every cell of the files read with the fastest reader for its format
 * and nothing else — fastexcel for xlsx, commons-csv for csv, a bare StAX pass over an ods's
 * content.xml. Counts the non-empty cells (and their characters, kept in a field) so the JIT cannot
 * drop the work. The format comes from the extension: these are the benchmark's own files.
 */
public final class ReadLimit {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
    // The JDK's StAX parser, as the production ods reader uses (see ingest.SafeXml).
    private static final XMLInputFactory XML = xmlFactory();

    /** Characters seen, published so the reading cannot be optimised away. */
    private static volatile long blackhole;

    /** Wall time of the whole pass, its CPU time, and the non-empty cells read. */
    public record Result(double seconds, double cpuSeconds, long cells) {
    }

    private ReadLimit() {
    }

    public static Result measure(List<Path> files) throws IOException {
        long start = System.nanoTime();
        long cpu = org.vitrine.context.CpuClock.now();
        long[] acc = new long[2]; // cells, characters
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx")) {
                xlsx(f, acc);
            } else if (name.endsWith(".csv")) {
                csv(f, acc);
            } else if (name.endsWith(".ods")) {
                ods(f, acc);
            } else {
                throw new IOException("not a benchmark file: " + f);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (org.vitrine.context.CpuClock.now() - cpu) / 1e9;
        blackhole += acc[1];
        return new Result(seconds, cpuSeconds, acc[0]);
    }

    private static void xlsx(Path f, long[] acc) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(f.toFile())) {
            for (Iterator<Sheet> sheets = wb.getSheets().iterator(); sheets.hasNext();) {
                try (Stream<Row> rows = sheets.next().openStream()) {
                    for (Iterator<Row> it = rows.iterator(); it.hasNext();) {
                        Row row = it.next();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            Cell cell = row.getCell(c);
                            String raw = cell == null ? null : cell.getRawValue();
                            if (raw != null && !raw.isEmpty()) {
                                acc[0]++;
                                acc[1] += raw.length();
                            }
                        }
                    }
                }
            }
        }
    }

    private static void csv(Path f, long[] acc) throws IOException {
        try (Reader r = new BufferedReader(Files.newBufferedReader(f, StandardCharsets.UTF_8), 1 << 16)) {
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
            try (CSVParser parser = CSVParser.builder().setReader(r).setFormat(CSV).get()) {
                for (CSVRecord rec : parser) {
                    for (String v : rec) {
                        if (!v.isEmpty()) {
                            acc[0]++;
                            acc[1] += v.length();
                        }
                    }
                }
            }
        }
    }

    private static void ods(Path f, long[] acc) throws IOException {
        try (ZipFile zip = new ZipFile(f.toFile())) {
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new IOException("no content.xml in " + f);
            }
            try (InputStream in = zip.getInputStream(content)) {
                XMLStreamReader x = XML.createXMLStreamReader(in);
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamReader.START_ELEMENT && "table-cell".equals(x.getLocalName())
                            && x.getAttributeValue(OFFICE, "value-type") != null) {
                        String rep = x.getAttributeValue(TABLE, "number-columns-repeated");
                        acc[0] += rep == null ? 1 : Long.parseLong(rep);
                    } else if (ev == XMLStreamReader.CHARACTERS) {
                        acc[1] += x.getTextLength();
                    }
                }
                x.close();
            } catch (XMLStreamException e) {
                throw new IOException(f + ": " + e.getMessage(), e);
            }
        }
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }
}

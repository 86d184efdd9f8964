package org.vitrine.normalise.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a shipped reference table (src/main/resources/reference/*.csv): a header, lines starting with # are comments.
 * Here, below risk, as normalise reads the CPV vocabulary and its errata with it too.
 */
public final class ReferenceCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader()
            .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private ReferenceCsv() {
    }

    public static List<CSVRecord> read(String resource) {
        InputStream in = ReferenceCsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of a table in the same format, from a reader (tests). */
    static List<CSVRecord> read(Reader r) throws IOException {
        List<CSVRecord> out = new ArrayList<>();
        FORMAT.parse(r).forEach(out::add);
        return out;
    }
}

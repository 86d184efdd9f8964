package org.vitrine.risk.reference;

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

/** Reads a shipped reference table (src/main/resources/reference/*.csv): a header, lines starting with # are comments. */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    static List<CSVRecord> read(String resource) {
        InputStream in = ReferenceCsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).get();
            List<CSVRecord> out = new ArrayList<>();
            format.parse(r).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

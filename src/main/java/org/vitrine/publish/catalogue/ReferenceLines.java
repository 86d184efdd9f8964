package org.vitrine.publish.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one of the search's curated tables (reference/word-families.txt, trade-words.txt,
 * abbreviations.txt): UTF-8, a « # » starts a comment, blank lines skipped, each line stripped.
 */
final class ReferenceLines {

    /** A line of the table: its text without the comment, and the line as written (for the table's error messages). */
    record Line(String body, String written) {
    }

    private ReferenceLines() {
    }

    static List<Line> read(String resource) {
        InputStream in = ReferenceLines.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                int hash = line.indexOf('#');
                String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!body.isEmpty()) {
                    out.add(new Line(body, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}

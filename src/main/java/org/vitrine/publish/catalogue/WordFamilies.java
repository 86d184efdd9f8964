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
 * The curated word families of the search (reference/word-families.txt): "vitrerie" finds "vitres" and "vitrage",
 * and each of them the others. The search index carries them; the page script folds them as it folds the query.
 */
public final class WordFamilies {

    private WordFamilies() {
    }

    private static final class Holder {
        static final List<List<String>> TABLE = read();
    }

    /** Each family's words, as written. */
    public static List<List<String>> table() {
        return Holder.TABLE;
    }

    private static List<List<String>> read() {
        InputStream in = WordFamilies.class.getResourceAsStream("/reference/word-families.txt");
        if (in == null) {
            throw new IllegalStateException("missing classpath resource /reference/word-families.txt");
        }
        List<List<String>> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                int hash = line.indexOf('#');
                String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (body.isEmpty()) {
                    continue;
                }
                List<String> words = List.of(body.split("\\s+"));
                if (words.size() < 2) {
                    throw new IllegalStateException("word-families.txt: a family needs two words or more: " + line);
                }
                out.add(words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}

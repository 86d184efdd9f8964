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
 * The curated trade abbreviations of the search (reference/abbreviations.txt): « cvc » finds « chauffage,
 * ventilation et climatisation » as well as « CVC ». The search index carries them; the page script folds them as
 * it folds the query (catalogue.js, words).
 */
public final class Abbreviations {

    /** An abbreviation ("cvc") and the words it stands for ("chauffage ventilation climatisation"), as written. */
    public record Abbreviation(String abbreviation, String expansion) {
    }

    private Abbreviations() {
    }

    private static final class Holder {
        static final List<Abbreviation> TABLE = read();
    }

    public static List<Abbreviation> table() {
        return Holder.TABLE;
    }

    private static List<Abbreviation> read() {
        InputStream in = Abbreviations.class.getResourceAsStream("/reference/abbreviations.txt");
        if (in == null) {
            throw new IllegalStateException("missing classpath resource /reference/abbreviations.txt");
        }
        List<Abbreviation> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                int hash = line.indexOf('#');
                String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (body.isEmpty()) {
                    continue;
                }
                int eq = body.indexOf('=');
                String abbreviation = eq < 0 ? "" : body.substring(0, eq).strip();
                String expansion = eq < 0 ? "" : body.substring(eq + 1).strip();
                if (abbreviation.isEmpty() || abbreviation.contains(" ") || expansion.split("\\s+").length < 2) {
                    throw new IllegalStateException("abbreviations.txt: « abbreviation = two words or more » expected: " + line);
                }
                out.add(new Abbreviation(abbreviation, expansion));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}

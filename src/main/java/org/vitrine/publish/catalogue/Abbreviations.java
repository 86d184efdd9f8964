package org.vitrine.publish.catalogue;

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
        List<Abbreviation> out = new ArrayList<>();
        for (ReferenceLines.Line line : ReferenceLines.read("/reference/abbreviations.txt")) {
            String body = line.body();
            int eq = body.indexOf('=');
            String abbreviation = eq < 0 ? "" : body.substring(0, eq).strip();
            String expansion = eq < 0 ? "" : body.substring(eq + 1).strip();
            if (abbreviation.isEmpty() || abbreviation.contains(" ") || expansion.split("\\s+").length < 2) {
                throw new IllegalStateException("abbreviations.txt: « abbreviation = two words or more » expected: " + line.written());
            }
            out.add(new Abbreviation(abbreviation, expansion));
        }
        return List.copyOf(out);
    }
}

package org.vitrine.publish.catalogue;

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
        List<List<String>> out = new ArrayList<>();
        for (ReferenceLines.Line line : ReferenceLines.read("/reference/word-families.txt")) {
            List<String> words = List.of(line.body().split("\\s+"));
            if (words.size() < 2) {
                throw new IllegalStateException("word-families.txt: a family needs two words or more: " + line.written());
            }
            out.add(words);
        }
        return List.copyOf(out);
    }
}

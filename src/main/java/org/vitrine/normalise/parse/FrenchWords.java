package org.vitrine.normalise.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * French words with their accents, for repairing a damaged letter: every word of the CPV 2008 French
 * labels, of the official names of communes, départements and regions (INSEE), and of a short list of
 * the words of public bodies' names and procurement (/reference/words-fr.txt). Lower case.
 */
final class FrenchWords {

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}]+");

    private FrenchWords() {
    }

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    static boolean contains(String lowerCaseWord) {
        return Holder.WORDS.contains(lowerCaseWord);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        read("/reference/words-fr.txt", line -> add(words, line));
        read("/reference/cpv2008.csv", line -> add(words, line));
        read("/reference/cog-communes.csv", line -> add(words, line));
        read("/reference/cog-departements.csv", line -> add(words, line));
        read("/reference/cog-regions.csv", line -> add(words, line));
        return Set.copyOf(words);
    }

    private static void add(Set<String> words, String line) {
        for (String w : SPLIT.split(line.toLowerCase(Locale.ROOT))) {
            if (w.length() > 1) {
                words.add(w);
            }
        }
    }

    private static void read(String resource, java.util.function.Consumer<String> each) {
        InputStream in = FrenchWords.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                each.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

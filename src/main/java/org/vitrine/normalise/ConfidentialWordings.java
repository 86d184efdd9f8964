package org.vitrine.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vitrine.normalise.parse.Text;

/**
 * The commented list of wordings that hold a need back (reference/confidential-wordings.txt): a phrase refusing
 * publication wherever it stands, unless its object follows, and a stamp when it is the whole cell or a part of its own.
 * Folded (accents, case, punctuation) and blind to spaces put inside words (« Con fidentiel »), a match starting and
 * ending at a word's edge.
 */
final class ConfidentialWordings {

    /** A wording of the list: as written (told to the officer) and folded without spaces (matched). */
    record Wording(String written, String squeezed) {
    }

    static final String RESOURCE = "/reference/confidential-wordings.txt";
    private static final List<Wording> PHRASES = new ArrayList<>();
    private static final List<Wording> STAMPS = new ArrayList<>();

    static {
        InputStream in = ConfidentialWordings.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                int hash = line.indexOf('#');
                String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (body.isEmpty()) {
                    continue;
                }
                int colon = body.indexOf(':');
                String kind = colon < 0 ? "" : body.substring(0, colon).strip();
                String written = colon < 0 ? "" : body.substring(colon + 1).strip();
                if (written.isEmpty() || !kind.equals("phrase") && !kind.equals("stamp")) {
                    throw new IllegalStateException(RESOURCE + ": « phrase: … » or « stamp: … » expected: " + line);
                }
                (kind.equals("phrase") ? PHRASES : STAMPS).add(new Wording(written, Text.fold(written).replace(" ", "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words after a phrase that make it no stamp: an obligation with its object (« ne pas diffuser les données »),
     * or an audience a service is sold to (« diffusion restreinte aux abonnés »: a subscription service is what is bought).
     */
    private static final Pattern OBJECT = Pattern.compile("^(?:les|la|le|l|des|de|du|d|ses|sa|son|leurs|leur|ces|ce|cette|aucun|aucune|"
            + "ni|ou|et|informations|donnees|documents"
            + "|(?:a|aux|au)\\s+(?:ses\\s+|leurs\\s+|nos\\s+)?(?:abonnes|adherents|inscrits|utilisateurs|usagers|clients|souscripteurs))\\b");
    /** What sets a part of the text off: a dash between spaces, a colon, a bar, a slash, a semicolon, a comma, a stop, brackets. */
    private static final Pattern PART = Pattern.compile("\\s[-–—]\\s|^[-–—]|[-–—]$|[–—|/;,.!?:()\\[\\]{}«»\"“”*<>\\n]");

    private ConfidentialWordings() {
    }

    /** The wording of the list the text carries (a phrase as the list writes it, a stamp as the cell does), or null. */
    static String in(String text) {
        String phrase = phraseIn(text);
        return phrase != null ? phrase : stampIn(text);
    }

    /** A phrase of the list wherever it stands, not followed by its object, as the list writes it; or null. */
    static String phraseIn(String text) {
        return text == null || text.isBlank() ? null : phraseInFolded(Text.fold(text));
    }

    /** A stamp of the list that is the whole text or a part set off, as the cell writes it; or null. */
    static String stampIn(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (String part : PART.split(text)) {
            String squeezed = Text.fold(part).replace(" ", "");
            if (squeezed.isEmpty()) {
                continue;
            }
            for (Wording w : STAMPS) {
                if (w.squeezed().equals(squeezed)) {
                    return part.strip();
                }
            }
        }
        return null;
    }

    private static String phraseInFolded(String folded) {
        // the folded text without its spaces, each letter's place in the folded text and whether a word starts or ends there
        StringBuilder squeezed = new StringBuilder(folded.length());
        int[] at = new int[folded.length()];
        boolean[] starts = new boolean[folded.length()];
        boolean[] ends = new boolean[folded.length()];
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == ' ') {
                continue;
            }
            int k = squeezed.length();
            at[k] = i;
            starts[k] = i == 0 || folded.charAt(i - 1) == ' ';
            ends[k] = i + 1 == folded.length() || folded.charAt(i + 1) == ' ';
            squeezed.append(c);
        }
        String s = squeezed.toString();
        for (Wording w : PHRASES) {
            String p = w.squeezed();
            for (int from = s.indexOf(p); from >= 0; from = s.indexOf(p, from + 1)) {
                int last = from + p.length() - 1;
                if (!starts[from] || !ends[last]) {
                    continue;
                }
                String rest = folded.substring(Math.min(folded.length(), at[last] + 1)).strip();
                if (!OBJECT.matcher(rest).find()) {
                    return w.written();
                }
            }
        }
        return null;
    }
}

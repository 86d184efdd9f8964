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
 * publication wherever it stands, unless its object follows, folded (accents, case, punctuation) and blind to spaces put
 * inside words (« Hors dif fusion »), a match starting and ending at a word's edge; and the stamps, as {@link #STAMP},
 * which ConfidentialStamp reads set off by the one rule of its own stamp words (review R2).
 */
final class ConfidentialWordings {

    /** A wording of the list: as written (told to the officer) and folded without spaces (matched). */
    record Wording(String written, String squeezed) {
    }

    static final String RESOURCE = "/reference/confidential-wordings.txt";
    private static final List<Wording> PHRASES = new ArrayList<>();
    private static final List<Wording> STAMPS = new ArrayList<>();
    /**
     * The stamps of the list, the longest first (« réservé à l'équipe projet » before « réservé à l'équipe »): each
     * letter with its accented forms, in any case, spaces or an apostrophe allowed between letters (« Con fidentiel »,
     * « réservé à l’équipe »), starting and ending at a word's edge. A stamp joined to a word by a hyphen is part of
     * that word (« semi-privé »), as the list's old whole-part reading had it.
     */
    static final Pattern STAMP;

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
        STAMP = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}][-\u2010\u2011])(?:" + STAMPS.stream().map(Wording::squeezed).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
                .map(ConfidentialWordings::spelt).collect(java.util.stream.Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}])(?![-\u2010\u2011][\\p{L}\\p{N}])");
    }

    /** The folded letters of a stamp as a pattern: each with its accented forms, spaces or an apostrophe between them. */
    private static String spelt(String squeezed) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < squeezed.length(); i++) {
            if (i > 0) {
                b.append("[\\s'\u2019\u2018]*");
            }
            char c = squeezed.charAt(i);
            StringBuilder letters = new StringBuilder().append(c);
            for (char a = '\u00C0'; a <= '\u024F'; a++) {
                if (Character.isLetter(a) && Text.unaccent(String.valueOf(a)).equals(String.valueOf(c))) {
                    letters.append(a);
                }
            }
            b.append(letters.length() == 1 ? letters : "[" + letters + "]");
        }
        return b.toString();
    }

    /**
     * The words after a phrase that make it no stamp: an obligation with its object (« ne pas diffuser les données »),
     * or an audience a service is sold to (« diffusion restreinte aux abonnés »: a subscription service is what is bought).
     */
    private static final Pattern OBJECT = Pattern.compile("^(?:les|la|le|l|des|de|du|d|ses|sa|son|leurs|leur|ces|ce|cette|aucun|aucune|"
            + "ni|ou|et|informations|donnees|documents"
            + "|(?:a|aux|au)\\s+(?:ses\\s+|leurs\\s+|nos\\s+)?(?:abonnes|adherents|inscrits|utilisateurs|usagers|clients|souscripteurs))\\b");
    private ConfidentialWordings() {
    }

    /** A phrase of the list wherever it stands, not followed by its object, as the list writes it; or null. */
    static String phraseIn(String text) {
        return text == null || text.isBlank() ? null : phraseInFolded(Text.fold(text), false);
    }

    /**
     * The same in a remark, which may say what is not so: a phrase after a negation is none (« Ce marché n'est pas sous
     * embargo », review R3), except a « ne pas … » phrase, itself the refusal (« Non, ne pas diffuser »).
     */
    static String remarkPhraseIn(String text) {
        return text == null || text.isBlank() ? null : phraseInFolded(Text.fold(text), true);
    }

    /** The words that, just before a wording, say it is not so (« non confidentiel », « n'est pas sous embargo »). */
    private static final List<String> NEGATIONS = List.of("non ", "pas ", "not ", "aucun ", "sans ", "n est pas ", "ni ");

    /** Whether the folded text {@code f} says a negation just before {@code at}. */
    static boolean negated(String f, int at) {
        String before = f.substring(Math.max(0, at - 12), at);
        return NEGATIONS.stream().anyMatch(before::endsWith);
    }

    private static String phraseInFolded(String folded, boolean remark) {
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
                if (!starts[from] || !ends[last] || remark && !p.startsWith("nepas") && negated(folded, at[from])) {
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

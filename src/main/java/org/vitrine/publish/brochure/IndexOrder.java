package org.vitrine.publish.brochure;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The order of titles in the brochure's index, as a French index files them (classement « mot à mot »):
 * word by word, a hyphen separating words as a space does, a shorter word before a longer one it begins
 * ("d’un lycée" before "d’une crèche", where a letter-by-letter sort that skips spaces put "d’une crèche"
 * first), each word by the language's collator at primary and secondary strength (accents after the letter:
 * "Échographes" among the E, not after Z; case does not count). An elided word stays with the word it is
 * elided into, as the collator reads it: "d’opportunité" files as "dopportunité", after "de faisabilité"
 * (an apostrophe taken as a space made "d" a word of its own, filed before every "de" and "du").
 * An article opening the title ("Le", "La", "Les", "L’", "Un", "Une", "Des") is not filed on
 * ("La réfection des toitures" among the R). The title prints as written.
 */
final class IndexOrder {

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\u00A0\u202F\\-‐‑–—]+");
    /** Articles a French title may open with, filed under the word after them. */
    private static final Pattern FRENCH_ARTICLE = Pattern.compile("(?iu)^(?:(?:les|le|la|une|un|des)\\s+|l['’])(?=\\p{L})");
    private static final Pattern ENGLISH_ARTICLE = Pattern.compile("(?iu)^(?:the|an|a)\\s+(?=\\p{L})");

    private IndexOrder() {
    }

    /** The brochure's collator: the language's, at primary and secondary strength (letters and accents, not case). */
    static Collator collator(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    /**
     * Titles of {@code locale}'s language in index order; titles the collator cannot tell apart (case only) by
     * their characters, so that the order is total and repeatable.
     */
    static Comparator<String> of(Locale locale) {
        Collator collator = collator(locale);
        Pattern article = "en".equals(locale.getLanguage()) ? ENGLISH_ARTICLE : FRENCH_ARTICLE;
        Comparator<List<String>> byWords = (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = collator.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
        return Comparator.comparing((String t) -> words(t, article), byWords).thenComparing(Comparator.naturalOrder());
    }

    private static List<String> words(String title, Pattern article) {
        // An elided word files as one word without its apostrophe, straight or curly (« d’autobus » as « dautobus »,
        // before « de bus »): Java's French collator sorts the curly apostrophe after the letters (designer X).
        String t = article.matcher(title.strip()).replaceFirst("").replace("'", "").replace("’", "");
        return WORD_BREAK.splitAsStream(t).filter(w -> !w.isEmpty()).toList();
    }
}

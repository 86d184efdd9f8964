package org.vitrine.publish.brochure;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The order of titles in the brochure's index, as a French index files them (classement « mot à mot »):
 * word by word, an apostrophe or a hyphen separating words as a space does, a shorter word before a longer
 * one it begins ("d’un" before "d’une" before "du", where a letter-by-letter sort that skips spaces put
 * "d’une crèche" before "d’un lycée"), each word by the language's collator (accents after the letter:
 * "Échographes" among the E, not after Z); an article opening the title ("Le", "La", "Les", "L’", "Un",
 * "Une", "Des") is not filed on ("La réfection des toitures" among the R). The title prints as written.
 */
final class IndexOrder {

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\u00A0\u202F'’\\-‐‑–—]+");
    /** Articles a French title may open with, filed under the word after them. */
    private static final Pattern FRENCH_ARTICLE = Pattern.compile("(?iu)^(?:(?:les|le|la|une|un|des)\\s+|l['’])(?=\\p{L})");
    private static final Pattern ENGLISH_ARTICLE = Pattern.compile("(?iu)^(?:the|an|a)\\s+(?=\\p{L})");

    private IndexOrder() {
    }

    /** Titles of {@code locale}'s language in index order (ties by the collator on the whole title). */
    static Comparator<String> of(Locale locale) {
        Collator collator = Collator.getInstance(locale);
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
        return Comparator.comparing((String t) -> words(t, article), byWords).thenComparing(collator);
    }

    private static List<String> words(String title, Pattern article) {
        String t = article.matcher(title.strip()).replaceFirst("");
        return WORD_BREAK.splitAsStream(t).filter(w -> !w.isEmpty()).toList();
    }
}

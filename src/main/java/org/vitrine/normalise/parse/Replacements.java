package org.vitrine.normalise.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs replacement characters (U+FFFD, left where an upstream program lost an accented letter):
 * a word is repaired only when exactly one accented letter in its place gives a word of the French word
 * list ("Agglom�ration" gives "Agglomération"); otherwise the character stays and the buyer is told.
 */
final class Replacements {

    private static final String CANDIDATES = "éèêëàâäîïôöûüùçœÿ";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\uFFFD'’-]*\\uFFFD[\\p{L}\\uFFFD'’-]*");

    private Replacements() {
    }

    static String repair(String text, List<Repair> repairs) {
        Matcher m = WORD.matcher(text);
        StringBuilder b = new StringBuilder();
        List<String> fixed = new ArrayList<>();
        List<String> left = new ArrayList<>();
        while (m.find()) {
            String word = m.group();
            String r = repairWord(word);
            if (r == null) {
                left.add(word);
                m.appendReplacement(b, Matcher.quoteReplacement(word));
            } else {
                fixed.add(word + " → " + r);
                m.appendReplacement(b, Matcher.quoteReplacement(r));
            }
        }
        m.appendTail(b);
        if (!fixed.isEmpty()) {
            repairs.add(new Repair("parse.repair.replacement_fixed", String.join(", ", fixed)));
        }
        if (!left.isEmpty()) {
            repairs.add(new Repair("parse.repair.replacement", String.join(", ", left)));
        }
        return b.toString();
    }

    /** The word with each replacement character filled, when exactly one filling is a known word. */
    static String repairWord(String word) {
        // Parts joined by an apostrophe or a hyphen are words of their own ("d'Agglom�ration").
        String[] parts = word.split("(?<=['’-])|(?=['’-])");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part.indexOf('\uFFFD') < 0) {
                out.append(part);
                continue;
            }
            String r = repairPart(part);
            if (r == null) {
                return null;
            }
            out.append(r);
        }
        return out.toString();
    }

    private static String repairPart(String part) {
        int at = part.indexOf('\uFFFD');
        if (part.indexOf('\uFFFD', at + 1) >= 0) {
            return null; // two damaged letters in one word: too many guesses
        }
        String found = null;
        for (char c : CANDIDATES.toCharArray()) {
            String candidate = part.substring(0, at) + c + part.substring(at + 1);
            if (FrenchWords.contains(candidate.toLowerCase(Locale.ROOT))) {
                if (found != null) {
                    return null;
                }
                boolean upper = part.codePoints().anyMatch(Character::isLetter)
                        && part.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
                found = part.substring(0, at) + (upper ? Character.toUpperCase(c) : c) + part.substring(at + 1);
            }
        }
        return found;
    }
}

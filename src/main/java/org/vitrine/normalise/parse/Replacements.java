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

    /** An elided article or pronoun before its word: a damaged letter right after it may be the apostrophe. */
    private static final Pattern ELISION = Pattern.compile("(?i)^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)\uFFFD(?=[\\p{L}\uFFFD])");
    /** At most this many damaged letters in one word: beyond, the guesses are too many to trust. */
    private static final int MAX_DAMAGED = 2;

    static String repair(String text, List<Repair> repairs) {
        Matcher m = WORD.matcher(text);
        StringBuilder b = new StringBuilder();
        List<String> fixed = new ArrayList<>();
        List<String> left = new ArrayList<>();
        while (m.find()) {
            String word = m.group();
            String r = repairWord(word, sentenceStart(text, m.start()));
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

    /** True at the start of the text or of a sentence, where a lost first letter was a capital ("�tude" → "Étude"). */
    private static boolean sentenceStart(String text, int at) {
        String before = text.substring(0, at).stripTrailing();
        return before.isEmpty() || ".!?".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    static String repairWord(String word) {
        return repairWord(word, false);
    }

    /** The word with each replacement character filled, when exactly one filling is a known word. */
    static String repairWord(String word, boolean capital) {
        // Parts joined by an apostrophe or a hyphen are words of their own ("d'Agglom�ration").
        String[] parts = word.split("(?<=['’-])|(?=['’-])");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.indexOf('\uFFFD') < 0) {
                out.append(part);
                continue;
            }
            String r = repairPart(part, capital && i == 0);
            if (r == null) {
                // "l�accessibilit�": the apostrophe was lost, then the word after it is repaired on its own
                Matcher e = ELISION.matcher(part);
                String rest = e.find() ? repairPart(part.substring(e.end()), false) : null;
                if (rest == null) {
                    return null;
                }
                r = e.group(1) + "’" + rest;
            }
            out.append(r);
        }
        return out.toString();
    }

    private static String repairPart(String part, boolean capital) {
        List<Integer> at = new ArrayList<>();
        for (int i = part.indexOf('\uFFFD'); i >= 0; i = part.indexOf('\uFFFD', i + 1)) {
            at.add(i);
        }
        if (at.size() > MAX_DAMAGED) {
            return null;
        }
        List<String> found = new ArrayList<>(1);
        fill(part.toCharArray(), at, 0, found);
        if (found.size() != 1) {
            return null;
        }
        String w = found.get(0);
        boolean upper = part.codePoints().anyMatch(Character::isLetter)
                && part.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (upper) {
            return w.toUpperCase(Locale.ROOT);
        }
        if (capital && at.get(0) == 0) {
            return Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
        return w;
    }

    /** Every filling of the damaged letters that gives a known word (stops past two: the word is then left). */
    private static void fill(char[] chars, List<Integer> at, int k, List<String> found) {
        if (found.size() > 1) {
            return;
        }
        if (k == at.size()) {
            String candidate = new String(chars);
            if (known(candidate.toLowerCase(Locale.ROOT))) {
                found.add(candidate);
            }
            return;
        }
        for (char c : CANDIDATES.toCharArray()) {
            chars[at.get(k)] = c;
            fill(chars, at, k + 1, found);
        }
        chars[at.get(k)] = '\uFFFD';
    }

    /**
     * A word of the list, or its plural or feminine form ("contrôles", "réalisées"): the list holds the CPV labels'
     * and places' words, mostly singular and masculine.
     */
    private static boolean known(String w) {
        if (FrenchWords.contains(w)) {
            return true;
        }
        for (String end : new String[] {"es", "s", "x", "e"}) {
            if (w.endsWith(end) && w.length() > end.length() + 2 && FrenchWords.contains(w.substring(0, w.length() - end.length()))) {
                return true;
            }
        }
        return false;
    }
}

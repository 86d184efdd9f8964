package org.vitrine.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that state an amount's unit, kept once (issue 19): the amount's cell (« 45 k€ », « 3 mds »), a unit
 * column or a unit as header (« k€ », « Unité », « en milliers d'euros ») and a header that only names the amount
 * (« Montant (k€) ») read this table, each in its own way: {@code normalise/parse/AmountParser} (cells and the
 * amount's header, where a letter alone is a unit only in brackets), {@code ingest/RecordAssembler} (a header
 * that is only a unit, or the label « Unité ») and {@code config/HeaderKey} (a header's unit words dropped: they
 * scale the amount, they do not name another field). All words unaccented, lower case.
 */
public final class AmountUnits {

    /** A scale and the words that say it: letters (« k », « M »), currency codes (« keur »), the word (« millier »). */
    public enum Scale {
        THOUSANDS(1_000L, List.of("k"), List.of("keur"), "millier"),
        MILLIONS(1_000_000L, List.of("m", "mio", "mn"), List.of("meur"), "million"),
        BILLIONS(1_000_000_000L, List.of("md", "mds"), List.of(), "milliard");

        public final long factor;
        public final List<String> letters;
        public final List<String> codes;
        /** Singular; the plural adds an s (« milliers », « millions », « milliards »). */
        public final String word;

        Scale(long factor, List<String> letters, List<String> codes, String word) {
            this.factor = factor;
            this.letters = letters;
            this.codes = codes;
            this.word = word;
        }

        /** This scale's letters as a regex alternation, longest first. */
        public String letterPattern() {
            return alternation(letters);
        }

        /** This scale's codes as a regex alternation (never matching when it has none). */
        public String codePattern() {
            return codes.isEmpty() ? "(?!)" : alternation(codes);
        }

        /** The word, singular or plural. */
        public String wordPattern() {
            return Pattern.quote(word) + "s?";
        }
    }

    /** The euro, by its sign and its words. */
    public static final String SIGN = "€";
    public static final List<String> EUROS = List.of("eur", "euro", "euros");
    /** « hors taxes » in a unit, folded as words. */
    public static final List<String> EXCLUDING_VAT = List.of("ht", "hors", "taxe", "taxes");
    /** Headers that say « the unit » without naming it: the unit is then in each row (« Unité », « Unité du montant »). */
    public static final List<String> LABELS = List.of("unite du montant", "unite", "unit");

    private AmountUnits() {
    }

    /** Every scale's letters, longest first: « md|mds|mio|… » as a regex alternation. */
    public static String letters() {
        List<String> all = new ArrayList<>();
        for (Scale s : Scale.values()) {
            all.addAll(s.letters);
        }
        return alternation(all);
    }

    /** Every scale's currency code. */
    public static String codes() {
        List<String> all = new ArrayList<>();
        for (Scale s : Scale.values()) {
            all.addAll(s.codes);
        }
        return alternation(all);
    }

    /** Every scale's word, singular or plural. */
    public static String words() {
        List<String> all = new ArrayList<>();
        for (Scale s : Scale.values()) {
            all.add(Pattern.quote(s.word) + "s?");
        }
        return "(?:" + String.join("|", all) + ")";
    }

    /** The euro's words (not its sign). */
    public static String euros() {
        return alternation(EUROS);
    }

    public static String labels() {
        return alternation(LABELS);
    }

    /** The factor of one unit word of a cell (« k », « mds », « millions »); 1 when it is none. */
    public static long factor(String word) {
        for (Scale s : Scale.values()) {
            if (s.letters.contains(word) || s.codes.contains(word) || word.equals(s.word) || word.equals(s.word + "s")) {
                return s.factor;
            }
        }
        return 1;
    }

    /** Every word of the table that only says a unit (scales, euro, « hors taxes »), for a header reduced to its meaning. */
    public static List<String> unitWords() {
        List<String> all = new ArrayList<>();
        for (Scale s : Scale.values()) {
            all.addAll(s.letters);
            all.addAll(s.codes);
            all.add(s.word);
        }
        all.addAll(EUROS);
        all.addAll(EXCLUDING_VAT);
        return all;
    }

    private static String alternation(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> quoted = new ArrayList<>();
        sorted.forEach(w -> quoted.add(w.replace(" ", "\\s+")));
        return "(?:" + String.join("|", quoted) + ")";
    }
}

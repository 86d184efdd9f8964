package org.vitrine.publish.brochure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Buyers' short names: one a buyer, printed by the floor plan's stand boxes (a stand is 11 mm wide), the index's
 * buyer column and the running heads alike (designer X, D9). The name given by the buyer's {@code shortName} in
 * buyers.yaml, else by {@code brochure.shortNames} of vitrine.yaml (the older place, still read), else one made from
 * the name ({@link #of}):
 * what follows a dash dropped ("Préfecture de Saône-et-Brenne — Secrétariat général…"), the usual long forms
 * of French public bodies abbreviated ("Centre hospitalier universitaire" → "CHU", a list in the brochure
 * bundle, {@code bro.short_forms}), the linking words after them dropped ("CHU Beaumont-sur-Saône"). Only the
 * plan abbreviates it further, and only when it cannot fit its stand, by one rule ({@link #stand}).
 */
public final class ShortNames {

    /**
     * The running head's width for the buyer and its stand, at 8 pt bold (brochure.css, @page buyers: 78 % of the
     * 174 mm text width, the brochure's title in the rest). Measured, not counted in characters: the SDIS's 65
     * characters fit (364 pt with its stand) and were shortened by a 60-character rule (designer V).
     */
    static final double RUNNING_WIDTH_PT = 0.78 * 174 * 72 / 25.4;
    static final double RUNNING_SIZE_PT = 8;
    /**
     * The index's buyer column's text (brochure.css, .ix-buyer: 57 mm, less its 6 mm gutter on the left and 1 mm of
     * padding on the right), where a name at 8 pt stays on one line.
     */
    static final double INDEX_WIDTH_PT = 50 * 72 / 25.4;
    static final double INDEX_SIZE_PT = 8;

    private static final Pattern DASH = Pattern.compile("\\s+[—–-]\\s+");
    private static final Pattern LINK = Pattern.compile("^(?:de la |de l’|de l'|d’|d'|du |des |de )", Pattern.CASE_INSENSITIVE);

    private final Map<String, String> given;
    private final Map<String, String> forms = new LinkedHashMap<>();

    /**
     * @param given buyer id → short name (vitrine.yaml), may be null
     * @param forms the long forms and their abbreviations, "long=short" separated by "|"
     */
    public ShortNames(Map<String, String> given, String forms) {
        this.given = given == null ? Map.of() : given;
        if (forms != null) {
            List<String[]> pairs = new ArrayList<>();
            for (String pair : forms.split("\\|")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    pairs.add(new String[] {pair.substring(0, eq).strip(), pair.substring(eq + 1).strip()});
                }
            }
            // The longest form first: "Centre hospitalier universitaire" before "Centre hospitalier".
            pairs.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
            pairs.forEach(p -> this.forms.put(p[0], p[1]));
        }
    }

    /**
     * Buyer id → short name given: buyers.yaml's {@code shortName}, else vitrine.yaml's {@code brochure.shortNames}
     * (either may be null).
     */
    public static Map<String, String> given(java.util.Collection<org.vitrine.config.BuyerConfig> buyers, Map<String, String> fromVitrine) {
        Map<String, String> all = new LinkedHashMap<>();
        if (fromVitrine != null) {
            fromVitrine.forEach((id, n) -> {
                if (n != null && !n.isBlank()) {
                    all.put(id, n);
                }
            });
        }
        if (buyers != null) {
            for (org.vitrine.config.BuyerConfig b : buyers) {
                if (b.shortName() != null && !b.shortName().isBlank()) {
                    all.put(b.id(), b.shortName());
                }
            }
        }
        return all;
    }

    /** The name before a dash that starts a subdivision ("Préfecture de Saône-et-Brenne"). */
    static String main(String name) {
        String[] parts = DASH.split(name.strip(), 2);
        return parts[0].strip();
    }

    /** The one short name of buyer {@code id} named {@code name}: the plan's, the index's and the running heads'. */
    public String of(String id, String name) {
        String g = id == null ? null : given.get(id);
        if (g != null && !g.isBlank()) {
            return g.strip();
        }
        String n = main(name).replace('\'', '’');
        for (Map.Entry<String, String> f : forms.entrySet()) {
            if (n.regionMatches(true, 0, f.getKey(), 0, f.getKey().length())
                    && (n.length() == f.getKey().length() || !Character.isLetter(n.charAt(f.getKey().length())))) {
                String rest = n.substring(f.getKey().length()).strip();
                String shorter = LINK.matcher(rest).replaceFirst("");
                return (f.getValue() + " " + shorter).strip();
            }
        }
        // "Métropole du Val-de-Saône", "Régie des transports du Val-de-Saône": the words that link them dropped.
        List<String> words = new ArrayList<>();
        String[] all = n.split("\\s+");
        for (int i = 0; i < all.length; i++) {
            String w = all[i];
            boolean link = i > 0 && i < all.length - 1 && List.of("de", "du", "des", "la", "le", "les").contains(w.toLowerCase());
            if (!link) {
                words.add(w);
            }
        }
        return String.join(" ", words).replaceAll("\\s(?:de l|d)[’'](?=\\p{L})", " ");
    }

    /**
     * The running head's name: the buyer's one short name ({@link #of}), as the floor plan and the index print it
     * (designer X, D9: the plan, the index and the heads named a buyer three ways); the stand follows it there.
     */
    public String running(String id, String name) {
        return of(id, name);
    }

    static boolean fitsRunning(String text) {
        return TextWidths.of(text, true) * RUNNING_SIZE_PT <= RUNNING_WIDTH_PT;
    }

    /** The name in the index's buyer column: the buyer's one short name ({@link #of}), every buyer alike. */
    public String index(String id, String name) {
        return of(id, name);
    }

    static boolean fitsIndex(String text) {
        return TextWidths.of(text, false) * INDEX_SIZE_PT <= INDEX_WIDTH_PT;
    }

    /**
     * The label of buyer {@code id}'s stand: its short name ({@link #of}) if it {@code fits}, else with its
     * compound words shortened to initials ("Bourgogne-Vallées" → "B.-Vallées", then "Saône-et-Brenne" →
     * "S.-et-B."), then cut with a period ({@link #abbreviation}: "Beaum."), each word only as much as it needs to
     * fit a line ({@code wordFits}); null when even that does not fit (the stand then shows its code alone).
     */
    public String stand(String id, String name, Predicate<String> wordFits, Predicate<String> fits) {
        String label = of(id, name);
        if (fits.test(label)) {
            return label;
        }
        List<String> words = new ArrayList<>();
        for (String w : label.split("\\s+")) {
            String shorter = w;
            for (int keepLast = 1; keepLast >= 0 && !wordFits.test(shorter); keepLast--) {
                shorter = initials(w, keepLast == 1);
            }
            for (int end = shorter.length() - 1; end > 1 && !wordFits.test(shorter); end--) {
                shorter = abbreviation(w, end);
            }
            words.add(shorter);
        }
        String shorter = String.join(" ", words);
        return fits.test(shorter) ? shorter : null;
    }

    /**
     * A word cut to at most {@code length} letters the French way, before a vowel after a consonant, with a period
     * (« Beaumont » → « Beaum. », « Métropole » → « Métrop. »); the word itself when it has no such cut.
     */
    static String abbreviation(String word, int length) {
        for (int end = Math.min(length, word.length() - 1); end > 1; end--) {
            if (!isVowel(word.charAt(end - 1)) && Character.isLetter(word.charAt(end - 1)) && isVowel(word.charAt(end))) {
                return word.substring(0, end) + ".";
            }
        }
        return word;
    }

    private static boolean isVowel(char c) {
        return "aeiouyàâäéèêëîïôöùûüœ".indexOf(Character.toLowerCase(c)) >= 0;
    }

    /** A hyphenated word with its capitalised parts as initials, the last one kept whole if {@code keepLast}: "S.-et-Brenne". */
    static String initials(String word, boolean keepLast) {
        String[] parts = word.split("-", -1);
        if (parts.length < 2) {
            return word;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            boolean last = i == parts.length - 1;
            boolean initial = p.length() > 2 && Character.isUpperCase(p.codePointAt(0)) && !(last && keepLast);
            b.append(i > 0 ? "-" : "").append(initial ? p.substring(0, Character.charCount(p.codePointAt(0))) + "." : p);
        }
        return b.toString();
    }
}

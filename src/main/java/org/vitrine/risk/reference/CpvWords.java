package org.vitrine.risk.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.vitrine.normalise.parse.CpvCatalogue;

/**
 * The CPV 2008 labels as CPV_IMPRECISE reads them (docs/RISKS.md §3): the words that distinguish a code from its
 * division or group, in French and in English, without stop words and words true of every need (services,
 * fourniture, travaux...), accents, case and a final s or x ignored. A descendant is proposed when all its
 * distinguishing words appear in a need's title. The labels are the catalogue's ({@link CpvCatalogue}), errata applied.
 */
public final class CpvWords {

    private static final Set<String> STOP = Set.of("de", "des", "du", "la", "le", "les", "et", "pour", "en", "au", "aux",
            "un", "une", "sur", "par", "avec", "dans", "sans", "ou", "d", "l", "a", "the", "of", "and", "for", "in", "on", "to",
            "with", "by", "from", "or", "at", "an", "its", "their", "other", "autres", "autre");
    private static final Set<String> GENERIC = Set.of("service", "services", "fourniture", "fournitures", "travaux",
            "maintenance", "prestation", "prestations", "produit", "produits", "materiel", "materiels", "equipement",
            "equipements", "divers", "diverses", "works", "supply", "supplies", "products", "equipment", "various");

    /** A code that may be proposed, with the words of each label that its ancestor's label lacks. */
    public record Candidate(String code, Set<String> frWords, Set<String> enWords) {
    }

    private static final class Holder {
        static final CpvWords INSTANCE = new CpvWords();
    }

    private final TreeMap<String, CpvCatalogue.Entry> byDigits = new TreeMap<>();
    private final Map<String, List<Candidate>> descendants = new ConcurrentHashMap<>();

    private CpvWords() {
        for (CpvCatalogue.Entry e : CpvCatalogue.load().entries()) {
            byDigits.put(e.code().substring(0, 8), e);
        }
    }

    public static CpvWords load() {
        return Holder.INSTANCE;
    }

    /** The significant words of a text: folded, stop and generic words dropped, a final s or x dropped. */
    public static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Words.fold(text).split(" ")) {
            if (w.length() <= 1 || STOP.contains(w) || GENERIC.contains(w)) {
                continue;
            }
            if (w.length() > 3 && (w.endsWith("s") || w.endsWith("x"))) {
                w = w.substring(0, w.length() - 1);
            }
            out.add(w);
        }
        return out;
    }

    /** The full code with its check digit, or the digits when unknown. */
    public String fullCode(String digits) {
        CpvCatalogue.Entry l = byDigits.get(digits);
        return l == null ? digits : l.code();
    }

    public String label(String digits, String lang) {
        CpvCatalogue.Entry l = byDigits.get(digits);
        return l == null ? "" : "en".equals(lang) ? l.en() : l.fr();
    }

    /**
     * The codes under an ancestor (a division xx000000 or a group xxx00000, 8 digits) with their distinguishing
     * words; codes whose labels add no word are left out (nothing would tell them apart).
     */
    public List<Candidate> descendants(String ancestor) {
        return descendants.computeIfAbsent(ancestor, this::compute);
    }

    private List<Candidate> compute(String ancestor) {
        CpvCatalogue.Entry top = byDigits.get(ancestor);
        if (top == null) {
            return List.of();
        }
        int depth = ancestor.endsWith("000000") ? 2 : 3;
        String prefix = ancestor.substring(0, depth);
        Set<String> topFr = words(top.fr());
        Set<String> topEn = words(top.en());
        List<Candidate> out = new ArrayList<>();
        for (CpvCatalogue.Entry l : byDigits.subMap(prefix, prefix + "\uffff").values()) {
            String digits = l.code().substring(0, 8);
            if (digits.equals(ancestor)) {
                continue;
            }
            Set<String> fr = words(l.fr());
            fr.removeAll(topFr);
            Set<String> en = words(l.en());
            en.removeAll(topEn);
            if (!fr.isEmpty() || !en.isEmpty()) {
                out.add(new Candidate(digits, Set.copyOf(fr), Set.copyOf(en)));
            }
        }
        return List.copyOf(out);
    }
}

package org.vitrine.risk.rules.market;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vitrine.config.Fold;

/**
 * The words of a title that say what is bought: folded (accents, case, punctuation — {@link Fold}),
 * without French and English stop words, generic procurement words ("marché", "fourniture",
 * "services"...) and tokens of two letters or fewer, with a final s or x dropped (a light stemming:
 * "véhicules" and "vehicule" match).
 */
final class Titles {

    private static final Set<String> STOP = Set.of(
            // French
            "de", "des", "du", "la", "le", "les", "et", "pour", "en", "au", "aux", "un", "une", "sur", "par", "avec",
            "dans", "sans", "ou", "son", "ses", "leur", "leurs", "que", "qui", "entre", "vers", "chez",
            // English
            "the", "of", "and", "for", "in", "on", "to", "with", "by", "from", "or", "at", "an", "its", "their",
            // generic procurement words, true of every need
            "marche", "marches", "accord", "cadre", "lot", "lots", "prestation", "prestations", "fourniture",
            "fournitures", "service", "services", "travaux", "achat", "achats", "acquisition", "contrat", "besoin",
            "supply", "supplies", "works", "purchase", "contract", "framework", "agreement");

    private Titles() {
    }

    /**
     * The titles of a group as word ids: {@code tokens[i]} the sorted distinct word ids of title i,
     * {@code postings[w]} the titles using word w, ascending (an inverted index). Word ids follow
     * the words' sorted order, so they do not depend on the order of the titles.
     */
    record Index(int[][] tokens, int[][] postings) {
    }

    static Index index(List<String> titles) {
        List<Set<String>> words = titles.stream().map(Titles::tokens).toList();
        TreeSet<String> vocabulary = new TreeSet<>();
        words.forEach(vocabulary::addAll);
        Map<String, Integer> ids = new HashMap<>();
        vocabulary.forEach(w -> ids.put(w, ids.size()));
        int[][] tokens = new int[titles.size()][];
        int[] df = new int[ids.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = words.get(i).stream().mapToInt(ids::get).sorted().toArray();
            for (int w : tokens[i]) {
                df[w]++;
            }
        }
        int[][] postings = new int[df.length][];
        for (int w = 0; w < df.length; w++) {
            postings[w] = new int[df[w]];
            df[w] = 0;
        }
        for (int i = 0; i < tokens.length; i++) {
            for (int w : tokens[i]) {
                postings[w][df[w]++] = i;
            }
        }
        return new Index(tokens, postings);
    }

    static Set<String> tokens(String title) {
        Set<String> out = new TreeSet<>();
        for (String t : Fold.fold(title).split(" ")) {
            if (t.length() <= 2 || STOP.contains(t)) {
                continue;
            }
            if (t.length() > 3 && (t.endsWith("s") || t.endsWith("x"))) {
                t = t.substring(0, t.length() - 1);
            }
            out.add(t);
        }
        return out;
    }

    /** Jaccard similarity of two sorted arrays of distinct word ids: shared words over all words, 0 when both are empty. */
    static double jaccard(int[] a, int[] b) {
        int shared = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length;) {
            if (a[x] == b[y]) {
                shared++;
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        int union = a.length + b.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }
}

package org.vitrine.risk.rules.market;

import java.util.Arrays;
import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.parse.CpvCatalogue;

/** Small helpers shared by the market rules: the market of a need (CPV prefix) and its labels. */
final class Market {

    private Market() {
    }

    /** The first depth digits of the need's CPV, or null when the need has no usable CPV. */
    static String prefix(Need n, int depth) {
        if (n.cpv() == null || n.cpv().code() == null) {
            return null;
        }
        String code = n.cpv().code();
        int dash = code.indexOf('-');
        String digits = dash < 0 ? code : code.substring(0, dash);
        return digits.length() < depth || depth < 1 ? null : digits.substring(0, depth);
    }

    /** The prefix written as a CPV code ("3019" gives "30190000"), the way buyers read classes. */
    static String classCode(String prefix) {
        return (prefix + "00000000").substring(0, 8);
    }

    /**
     * The market's label in a language: the class's own label from the CPV vocabulary when it is a
     * code of its own, else the label of the need's CPV.
     */
    static String label(Need n, String prefix, String lang) {
        String l = CpvCatalogue.load().label(classCode(prefix), lang);
        if (l == null && n.cpv() != null && n.cpv().labels() != null) {
            l = n.cpv().labels().getOrDefault(lang, n.cpv().labels().get("fr"));
        }
        return l == null ? "" : l;
    }

    /** Launch known to the day or the month: a clash or a monthly count on it is certain. */
    static boolean precise(Period p) {
        return p != null && p.precision() != null
                && (p.precision() == Period.Precision.day || p.precision() == Period.Precision.month);
    }

    static boolean hasBuyer(Need n) {
        return n.buyer() != null && n.buyer().id() != null;
    }

    /** Ids of the given indexes into members, sorted. */
    static List<String> ids(List<Need> members, int[] indexes) {
        String[] out = new String[indexes.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = members.get(indexes[k]).id();
        }
        Arrays.sort(out);
        return Arrays.asList(out);
    }

    /**
     * Related ids inside a group where everyone is related to everyone (a buyer's month, a buyer's
     * market): the members within maxRelated/2 places in the group's order. The distance between
     * places is symmetric, so A lists B exactly when B lists A, and no list exceeds maxRelated.
     */
    static List<String> window(List<Need> sorted, int i, int maxRelated) {
        int half = maxRelated / 2;
        boolean all = sorted.size() - 1 <= maxRelated;
        int from = all ? 0 : Math.max(0, i - half);
        int to = all ? sorted.size() - 1 : Math.min(sorted.size() - 1, i + half);
        int[] idx = new int[to - from];
        int at = 0;
        for (int k = from; k <= to; k++) {
            if (k != i) {
                idx[at++] = k;
            }
        }
        return ids(sorted, idx);
    }
}

package org.vitrine.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The one count of risk points used everywhere (console, run-report.json, the staff report): a point is one flag of
 * one need, or one group flag (a cluster, a buyer's needs) counted once, on its anchor — one line of
 * internal/risks.csv. Counting every member's copy of a group flag gave the console 187 where the report had 143.
 */
public final class RiskItems {

    private RiskItems() {
    }

    /** True when this need's flag is a point of its own: not a member's copy of a group flag. */
    public static boolean counts(Need n, RiskFlag f) {
        return (!f.isGroup() || f.anchor().equals(n.id())) && !feedbackOnly(f);
    }

    /**
     * A flag for the buyer's feedback file only, never a point of the staff report (version 2.10, lawyer G: the
     * « Pour information » THRESHOLD_EDGE items, a value a few % under a threshold with nothing suggesting an error,
     * graded noise for the officer; the buyer, who made the estimate, is the one to check it), and since version 2.11
     * every CPV_IMPRECISE proposal (lawyer H: 4 of 5 noise, a data-quality matter the buyer fixes in its file; lawyer E
     * 5 of 7 noise): the buyer's feedback file gives the code to use.
     */
    public static boolean feedbackOnly(RiskFlag f) {
        return "THRESHOLD_EDGE".equals(f.code()) && "I".equals(f.section()) || "CPV_IMPRECISE".equals(f.code());
    }

    /** Points per code, codes sorted. */
    public static Map<String, Long> byCode(Iterable<Need> needs) {
        Map<String, Long> out = new TreeMap<>();
        for (Need n : needs) {
            for (RiskFlag f : n.risks()) {
                if (counts(n, f)) {
                    out.merge(f.code(), 1L, Long::sum);
                }
            }
        }
        return out;
    }
}

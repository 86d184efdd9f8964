package org.vitrine.risk.awards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.Buyers;
import org.vitrine.model.Award;

/**
 * EXPECTED_RENEWAL_MISSING (docs/RISKS.md §9): a configured buyer's award that ends during the forecast year or in
 * the six months after it, or since version 2.10 before the year (from six months before the edition date), recurs (at least 12 months, not works: CPV division 45, nor a subsequent contract, which
 * its framework renews) and that no planned need is linked to. An award already followed by a newer one of the
 * same buyer and 8-digit CPV, notified after it and ending later, has been renewed: it is not listed.
 * The planning obligation and the need's definition over its whole duration (L2111-1, R2121-1 ff.) make such a
 * contract a need of the year; the forecast that forgets it is the most common gap.
 */
public final class ExpectedRenewalMissing {

    public static final String CODE = "EXPECTED_RENEWAL_MISSING";
    static final int MIN_MONTHS = 12;

    private ExpectedRenewalMissing() {
    }

    /** Months before the edition date an award's end is still looked at (a gap already open: version 2.10). */
    static final int ENDED_MONTHS = 6;

    /** By buyer id (sorted), the awards expected to be renewed and linked to no need, by end date then id. */
    public static Map<String, List<Award>> of(List<Award> awards, Set<String> linkedAwardIds, Buyers buyers, int year) {
        return of(awards, linkedAwardIds, buyers, year, null);
    }

    /**
     * The same, from {@code ENDED_MONTHS} before the edition date when it is given (version 2.10, lawyer G T37: the
     * CCAS's cleaning ends 31/12/2026, between the edition and the forecast year, the most urgent case, and was never
     * shown); without it, from 1 January of the forecast year.
     */
    public static Map<String, List<Award>> of(List<Award> awards, Set<String> linkedAwardIds, Buyers buyers, int year,
            LocalDate edition) {
        LocalDate from = edition == null ? LocalDate.of(year, 1, 1) : edition.minusMonths(ENDED_MONTHS);
        LocalDate to = LocalDate.of(year + 1, 6, 30);
        Map<String, List<Award>> bySiretCpv = new HashMap<>();
        for (Award a : awards) {
            bySiretCpv.computeIfAbsent(a.buyerSiret() + a.cpv(), k -> new ArrayList<>()).add(a);
        }
        Map<String, List<Award>> out = new TreeMap<>();
        for (Award a : awards) {
            LocalDate end = a.end();
            if (end == null || end.isBefore(from) || end.isAfter(to) || !recurs(a) || linkedAwardIds.contains(a.id())
                    || renewed(a, bySiretCpv.get(a.buyerSiret() + a.cpv()))) {
                continue;
            }
            BuyerConfig b = buyers.bySiret(a.buyerSiret());
            if (b != null) {
                out.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(a);
            }
        }
        out.values().forEach(l -> l.sort(Comparator.comparing(Award::end).thenComparing(Award::id)));
        return out;
    }

    /**
     * The missing awards grouped in consultations, as the matcher groups them (docs/RISKS.md §9: DECP gives each lot its
     * own id, so a consultation is the awards of one buyer, CPV, procedure, duration and notification month): one
     * tracked point each, its lots listed. In the order of {@link #of}: by first end date, then id.
     */
    public static List<List<Award>> consultations(List<Award> missing) {
        Map<String, List<Award>> byKey = new java.util.LinkedHashMap<>();
        for (Award a : missing) {
            byKey.computeIfAbsent(AwardMatcher.consultation(a), k -> new ArrayList<>()).add(a);
        }
        return List.copyOf(byKey.values());
    }

    /** How many points the missing renewals make (one per consultation), over all buyers. */
    public static int points(Map<String, List<Award>> missing) {
        return missing.values().stream().mapToInt(l -> consultations(l).size()).sum();
    }

    /** Lasts a year or more, is not works and not a subsequent contract. */
    static boolean recurs(Award a) {
        return a.durationMonths() != null && a.durationMonths() >= MIN_MONTHS && !a.cpv().startsWith("45")
                && !a.callOff();
    }

    private static boolean renewed(Award a, List<Award> sameMarket) {
        for (Award o : sameMarket) {
            // another lot of the same consultation, notified some days later, is no renewal (officer Y3, D2: lots 1–5
            // of a CHU's medicines were « renewed » by lot 6, notified three weeks after them, and never said missing)
            if (o != a && o.notification().isAfter(a.notification()) && o.end() != null && o.end().isAfter(a.end())
                    && !AwardMatcher.consultation(o).equals(AwardMatcher.consultation(a))) {
                return true;
            }
        }
        return false;
    }
}

package org.vitrine.risk.awards;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vitrine.model.Award;

/**
 * Which contract each award belongs to, for ties and "one contract" tests (docs/RISKS.md §9). DECP gives each lot and
 * each call-off its own id, with no shared stem, so a contract is inferred:
 * <ul>
 * <li>the lots of one consultation: same buyer, CPV, procedure, duration and notification month
 * ({@link AwardMatcher#consultation}); a lot whose procedure is missing takes the one procedure of its consultation's
 * other lots (the State's data leaves it out on 49 of 284 records);</li>
 * <li>a call-off (« Marché subséquent ») belongs to the framework agreement of its buyer and CPV in force in its
 * notification month, the latest notified when several are; without one in the data, the call-offs of one CPV ending
 * the same month are one contract. A need renews the framework, not one order under it.</li>
 * </ul>
 * Built once from all the awards read: linear, with a map per buyer and CPV.
 */
public final class Contracts {

    private final Map<Award, String> keys = new HashMap<>();

    public Contracts(List<Award> awards) {
        // a lot without procedure: the consultation's one procedure, when its other lots agree on one
        Map<String, Set<String>> procedures = new HashMap<>();
        for (Award a : awards) {
            if (a.procedure() != null) {
                procedures.computeIfAbsent(lotKey(a), k -> new HashSet<>()).add(a.procedure());
            }
        }
        Map<String, List<Award>> frameworks = new HashMap<>();
        for (Award a : awards) {
            if (!a.callOff()) {
                Set<String> p = procedures.get(lotKey(a));
                String procedure = a.procedure() != null || p == null || p.size() != 1 ? a.procedure() : p.iterator().next();
                keys.put(a, lotKey(a) + "|" + procedure);
                if (framework(a) && a.notification() != null) {
                    frameworks.computeIfAbsent(a.buyerSiret() + "|" + a.cpv(), k -> new ArrayList<>()).add(a);
                }
            }
        }
        for (Award a : awards) {
            if (a.callOff()) {
                Award f = inForce(a, frameworks.getOrDefault(a.buyerSiret() + "|" + a.cpv(), List.of()));
                keys.put(a, f != null ? keys.get(f)
                        : a.buyerSiret() + "|" + a.cpv() + "|call-offs|" + (a.end() == null ? "" : YearMonth.from(a.end())));
            }
        }
    }

    /** The contract of an award read here; an award not read (a test's own) is its consultation. */
    public String of(Award a) {
        String k = keys.get(a);
        return k != null ? k : AwardMatcher.consultation(a);
    }

    /** The framework notified latest among those running in the call-off's notification month. */
    private static Award inForce(Award callOff, List<Award> frameworks) {
        if (callOff.notification() == null) {
            return null;
        }
        YearMonth month = YearMonth.from(callOff.notification());
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        return frameworks.stream()
                .filter(f -> !f.notification().isAfter(last) && (f.end() == null || !f.end().isBefore(first)))
                .max(Comparator.comparing(Award::notification).thenComparing(Award::id)).orElse(null);
    }

    private static String lotKey(Award a) {
        return a.buyerSiret() + "|" + a.cpv() + "|" + a.durationMonths() + "|"
                + (a.notification() == null ? "" : YearMonth.from(a.notification()));
    }

    private static boolean framework(Award a) {
        return a.nature() != null && a.nature().toLowerCase(Locale.ROOT).startsWith("accord");
    }
}

package org.vitrine.risk.rules.market;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/**
 * WORKLOAD_PEAK: a buyer launches more procedures in one month than it can run: more than
 * {@code maxPerMonth} (default 5), or its own figure in {@code perBuyer} (buyer id → capacity).
 * Only launches known to the day or the month are counted: a quarter or a year does not say which
 * month the work falls in, and spreading it would flag peaks nobody planned.
 *
 * <p>Grouping: one HashMap pass keyed by (buyer, month of launch start): O(n).
 */
public final class WorkloadPeak implements RiskRule {

    public static final String CODE = "WORKLOAD_PEAK";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        int maxPerMonth = context.settings().intParam(CODE, "maxPerMonth", 5);
        Map<String, Integer> perBuyer = context.settings().intMapParam(CODE, "perBuyer", Map.of());
        int maxRelated = context.settings().intParam(CODE, "maxRelated", 20);
        Map<String, List<Need>> months = new HashMap<>();
        for (Need n : needs) {
            if (Market.hasBuyer(n) && Market.precise(n.launch()) && n.launch().start() != null) {
                String key = n.buyer().id() + '\u0000' + YearMonth.from(n.launch().start());
                months.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            }
        }
        for (List<Need> month : months.values()) {
            int capacity = perBuyer.getOrDefault(month.get(0).buyer().id(), maxPerMonth);
            if (month.size() <= capacity) {
                continue;
            }
            month.sort(Comparator.comparing((Need x) -> x.launch().start()).thenComparing(Need::id));
            YearMonth ym = YearMonth.from(month.get(0).launch().start());
            String label = context.fmt().period(new Period(ym.atDay(1), ym.atEndOfMonth(), Period.Precision.month));
            for (int i = 0; i < month.size(); i++) {
                flags.add(CODE, month.get(i), context.severity(this), Market.window(month, i, maxRelated), "risk." + CODE,
                        month.size(), label, capacity);
            }
        }
    }
}

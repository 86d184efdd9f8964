package org.vitrine.risk.rules.market;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;
import org.vitrine.risk.Timing;

/**
 * WORKLOAD_PEAK (docs/RISKS.md §4): one item per buyer and month (launches known to the day or month) when the
 * load, in weighted procedures, exceeds the buyer's {@code capacity} in config/risks.yaml: formalised procedure 1;
 * MAPA or no procedure from 90 000 € 0.5; other MAPA 0.25; negotiated without a call and other 0.5; central
 * purchasing, call-offs and exempt purchases 0. Without a capacity the rule does not run for that buyer.
 */
public final class WorkloadPeak implements RiskRule {

    @Override
    public String code() {
        return "WORKLOAD_PEAK";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public String section() {
        return "L";
    }

    static double weight(NeedFacts f) {
        Need n = f.need();
        String p = n.procedure();
        if (!f.open() || "exempt".equals(p)) {
            return 0;
        }
        if (Timing.formalised(p)) {
            return 1;
        }
        if (p == null || "adapted".equals(p)) {
            return f.value() != null && f.publicity() != null && f.value().reaches(f.publicity().value()) ? 0.5 : 0.25;
        }
        return 0.5;
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        Map<String, Integer> capacity = context.settings().intMapParam(code(), "capacity", Map.of());
        if (capacity.isEmpty()) {
            return;
        }
        Map<String, List<NeedFacts>> months = new TreeMap<>();
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            Period l = n.launch();
            if (l != null && capacity.containsKey(Members.buyerId(n))
                    && (l.precision() == Period.Precision.day || l.precision() == Period.Precision.month)) {
                months.computeIfAbsent(Members.buyerId(n) + '\u0000' + YearMonth.from(l.start()), k -> new ArrayList<>())
                        .add(f);
            }
        }
        Texts t = new Texts(context);
        for (List<NeedFacts> month : months.values()) {
            double load = 0;
            List<Need> members = new ArrayList<>();
            for (NeedFacts f : month) {
                double w = weight(f);
                load += w;
                if (w > 0) {
                    members.add(f.need());
                }
            }
            int cap = capacity.get(Members.buyerId(month.get(0).need()));
            if (load > cap) {
                members.sort(Comparator.comparing((Need n) -> n.launch().start()).thenComparing(Need::id));
                YearMonth ym = YearMonth.from(members.get(0).launch().start());
                flags.group(this, context, members).add("risk.WORKLOAD_PEAK",
                        t.period(new Period(ym.atDay(1), ym.atEndOfMonth(), Period.Precision.month)), t.number(load), cap,
                        t.list(members, n -> n.title() + " (" + t.procedure(n) + ")", Members.maxListed(context, code())));
            }
        }
    }
}

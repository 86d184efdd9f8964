package org.vitrine.risk.rules.market;

import java.time.LocalDate;
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

/**
 * SHARED_START (docs/RISKS.md §4): competitive needs of 90 000 € or more of one market starting on the same day
 * (the same month for a start known to the month), at least 3 of at least 2 buyers, or 2 of 2 buyers in a thin
 * market. The start is the contract start, else the notification, known to the day or month. A month-precise start
 * joins each day of its month. Grouping by market and month: O(n).
 */
public final class SharedStart implements RiskRule {

    static final int MIN_NEEDS = 3;
    /** A member with this many known suppliers or fewer (the buyer's statement) is a sign of a thin market. */
    static final int MAX_SUPPLIERS = 2;

    /**
     * The buyer's own sign that candidates are few (docs/RISKS.md §4, version 2.16): at most {@code max} known
     * suppliers, or a coverage said partial (or under 100 %). Measured competition from awards is quoted after the
     * risk stage and is not read here.
     */
    static boolean fewSuppliers(Need n, int max) {
        boolean few = n.suppliersKnown() != null && n.suppliersKnown() <= max;
        boolean partial = n.coverage() != null && ("partial".equals(n.coverage().level())
                || n.coverage().percent() != null && n.coverage().percent() < 100);
        return few || partial;
    }

    @Override
    public String code() {
        return "SHARED_START";
    }

    @Override
    public String defaultSeverity() {
        return "low";
    }

    @Override
    public String section() {
        return "I";
    }

    private static Period start(Need n) {
        Period p = n.contractStart() != null ? n.contractStart() : n.notification();
        return p != null && (p.precision() == Period.Precision.day || p.precision() == Period.Precision.month) ? p : null;
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        Map<String, List<Need>> groups = new TreeMap<>();
        boolean januaryFirst = context.settings().boolParam(code(), "firstOfJanuary", false);
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            Period s = start(n);
            // 1 January starts are structural (insurance, yearly services renewed at the calendar year): no evidence
            boolean habit = s != null && s.start().getDayOfYear() == 1 && !januaryFirst;
            if (s != null && !habit && f.competitive() && f.comparable() && f.market() != null && f.value().reaches(f.publicity().value())) {
                groups.computeIfAbsent(f.market().key() + '\u0000' + YearMonth.from(s.start()), k -> new ArrayList<>()).add(n);
            }
        }
        int minNeeds = context.settings().intParam(code(), "minNeeds", MIN_NEEDS);
        int maxSuppliers = context.settings().intParam(code(), "maxSuppliers", MAX_SUPPLIERS);
        Texts t = new Texts(context);
        for (List<Need> month : groups.values()) {
            if (month.size() < 2) {
                continue;
            }
            boolean thin = context.facts(month.get(0)).market().thin();
            Map<LocalDate, List<Need>> days = new TreeMap<>();
            List<Need> wholeMonth = new ArrayList<>();
            for (Need n : month) {
                Period s = start(n);
                if (s.precision() == Period.Precision.day) {
                    days.computeIfAbsent(s.start(), k -> new ArrayList<>()).add(n);
                } else {
                    wholeMonth.add(n);
                }
            }
            List<List<Need>> parts = new ArrayList<>();
            days.values().forEach(d -> {
                List<Need> p = new ArrayList<>(d);
                p.addAll(wholeMonth);
                parts.add(p);
            });
            if (parts.isEmpty()) {
                parts.add(wholeMonth);
            }
            for (List<Need> p : parts) {
                int buyers = Members.buyers(p);
                // version 2.16 (lawyer N, defect 4): simultaneous starts are a risk only where the candidates are few: a
                // thin market of the table, or a member whose buyer declares few suppliers or a partial coverage
                if (buyers >= 2 && (thin ? p.size() >= 2 : p.size() >= minNeeds && p.stream().anyMatch(n -> fewSuppliers(n, maxSuppliers)))) {
                    p.sort(Comparator.comparing((Need n) -> n.launch().start()).thenComparing(Need::id));
                    Period s = start(p.get(0));
                    String when = days.isEmpty() ? t.period(s) : t.date(start(p.stream()
                            .filter(n -> start(n).precision() == Period.Precision.day).findFirst().orElseThrow()).start());
                    flags.group(this, context, p).add("risk.SHARED_START", p.size(), buyers, when,
                            Members.label(context.facts(p.get(0)).market(), p.get(0), context),
                            t.list(p, t::member, Members.maxListed(context, code())));
                }
            }
        }
    }
}

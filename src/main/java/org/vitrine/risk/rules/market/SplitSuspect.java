package org.vitrine.risk.rules.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.config.Fold;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Threshold;
import org.vitrine.risk.Totals;

/**
 * SPLIT_SUSPECT: needs of the same buyer, launched the same year in the same market, each under the
 * EU threshold that applies to the buyer's kind, but together (sum of their upper totals, see
 * {@link Totals#high}) at or over it. The market is the CPV class ({@code cpvDepth}, default 4) for
 * supplies and services; for works it is the same operation, approximated by the CPV group
 * ({@code worksCpvDepth}, default 3) and the folded location when one is given.
 *
 * <p>Grouping: one HashMap pass keyed by (buyer, launch year, market), then a sum per group: O(n).
 * Needs at or over the threshold on their own are left out (they already go through a formal procedure).
 */
public final class SplitSuspect implements RiskRule {

    public static final String CODE = "SPLIT_SUSPECT";

    private record Item(Need need, BigDecimal total, Threshold threshold, String prefix) {
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public boolean openOpportunitiesOnly() {
        return true;
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        int depth = context.settings().intParam(CODE, "cpvDepth", 4);
        int worksDepth = context.settings().intParam(CODE, "worksCpvDepth", 3);
        int maxRelated = context.settings().intParam(CODE, "maxRelated", 20);
        Map<String, List<Item>> groups = new HashMap<>();
        for (Need n : needs) {
            boolean works = "works".equals(n.category());
            String prefix = Market.prefix(n, works ? worksDepth : depth);
            if (prefix == null || !Market.hasBuyer(n) || n.amount() == null || n.launch() == null || n.launch().start() == null) {
                continue;
            }
            BigDecimal total = Totals.high(n);
            Threshold t = context.thresholds().eu(n.buyer().kind(), n.category(), n.launch().start());
            if (total == null || total.compareTo(t.value()) >= 0) {
                continue;
            }
            String place = works && n.location() != null ? Fold.fold(n.location()) : "";
            String key = n.buyer().id() + '\u0000' + n.launch().start().getYear() + '\u0000' + (works ? "W" : "S") + prefix
                    + '\u0000' + place;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Item(n, total, t, prefix));
        }
        for (List<Item> group : groups.values()) {
            if (group.size() >= 2) {
                check(group, context, flags, maxRelated);
            }
        }
    }

    private void check(List<Item> group, RiskContext context, Flags flags, int maxRelated) {
        group.sort(Comparator.comparing((Item x) -> x.need().launch().start()).thenComparing(x -> x.need().id()));
        BigDecimal sum = group.stream().map(Item::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        // Same buyer kind, same year, same works-or-not: one threshold; the lowest is kept should they differ.
        Threshold t = group.stream().map(Item::threshold).min(Comparator.comparing(Threshold::value)).orElseThrow();
        if (sum.compareTo(t.value()) < 0) {
            return;
        }
        List<Need> members = group.stream().map(Item::need).toList();
        for (int i = 0; i < members.size(); i++) {
            Need n = members.get(i);
            String prefix = group.get(i).prefix();
            boolean operation = "works".equals(n.category()) && n.location() != null && !n.location().isBlank();
            flags.add(CODE, n, context.severity(this), Market.window(members, i, maxRelated),
                    operation ? "risk." + CODE + ".works" : "risk." + CODE,
                    members.size(), euros(context, sum), euros(context, t.value()), Market.classCode(prefix),
                    Market.label(n, prefix, "fr"), Market.label(n, prefix, "en"),
                    String.valueOf(n.launch().start().getYear()), n.location() == null ? "" : n.location().strip());
        }
    }

    private static String euros(RiskContext context, BigDecimal v) {
        return context.fmt().number(v) + "\u00A0€";
    }
}

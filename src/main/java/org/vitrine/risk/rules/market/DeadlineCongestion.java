package org.vitrine.risk.rules.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.reference.Markets;
import org.vitrine.risk.Texts;

/**
 * DEADLINE_CONGESTION (docs/RISKS.md §4, replacing CALENDAR_CLASH): in one market, competitive needs of 90 000 € or
 * more whose deadline windows (the deadline given or a launch known to the day, {@code maxDeadlineWindowDays} 1) all lie within 30 days of the
 * earliest one, from at least 2 buyers, and either 3 needs or more, or 2 in a thin market or where a member has 3
 * known suppliers or fewer; the items of the same buyers' works operations are one (version 2.11). Sort and sweep: per market the needs are sorted by earliest deadline; each need starts
 * a window, its members found between two pointers; a set contained in the last one kept is dropped, and a need
 * already in a kept item starts no other (in a dense market each window would otherwise give an item shifted by one
 * need: the same congestion listed dozens of times). May be public as a calendar fact.
 */
public final class DeadlineCongestion implements RiskRule {

    /** Commodity families of reference/markets.csv supplied by few firms, where few known suppliers is a fact of the market. */
    static final java.util.Set<String> ENERGY = java.util.Set.of("electricity", "gas", "motor-fuel", "heating-oil");

    static final int WINDOW_DAYS = 30;
    /** Evidence only (issue 17 fourth review): the deadline given, or a launch known to the day; a month is a guess. */
    static final int MAX_DEADLINE_WINDOW = 1;
    static final int MIN_NEEDS = 3;
    /**
     * A pair outside a thin market needs a member with this many known suppliers or fewer (lawyer H: pairs of works
     * lots and green spaces with 5 known suppliers each, in deep markets, graded noise; lawyer A's coach transport pair
     * with 3, useful).
     */
    static final int FEW_SUPPLIERS = 3;

    /** A cluster found in one market, kept until the works operations' clusters are merged. */
    private record Cluster(List<NeedFacts> set, LocalDate start, LocalDate latest) {
    }

    @Override
    public String code() {
        return "DEADLINE_CONGESTION";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public String section() {
        return "L";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        int maxWindow = context.settings().intParam(code(), "maxDeadlineWindowDays", MAX_DEADLINE_WINDOW);
        // commodity markets sold by many firms (cleaning, office supplies, tyres...): a firm answers many calls at once,
        // so close deadlines burden no one (issue 17 third review). Energy too, by default: its few suppliers answer
        // every public call with standing bid teams, and three outside lawyers graded its items noise (0 of 5, fourth
        // and fifth reviews); `energy: true` checks it
        boolean widely = context.settings().boolParam(code(), "widelySupplied", false);
        boolean energy = context.settings().boolParam(code(), "energy", false);
        Map<String, List<NeedFacts>> markets = new HashMap<>();
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            if (f.competitive() && f.comparable() && f.market() != null && f.value().reaches(f.publicity().value())
                    && f.deadline().days() <= maxWindow && (widely || f.market().kind() != Markets.Kind.COMMODITY
                            || energy && ENERGY.contains(f.market().family()))) {
                // a contract reserved to ESAT/EA or SIAE (L2113-12, L2113-13) draws on other bidders than an open one
                // of the same market (lawyer D, USB27-04): they never congest with each other; nor do the two pools,
                // EA/ESAT and SIAE being different firms (version 2.13, lawyer I MOL-27-21)
                String key = f.market().key() + Members.poolKey(n);
                markets.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        List<String> keys = new ArrayList<>(markets.keySet());
        keys.sort(null);
        Texts t = new Texts(context);
        List<Cluster> found = new ArrayList<>();
        for (String key : keys) {
            List<NeedFacts> m = markets.get(key);
            if (m.size() >= 2) {
                sweep(m, context, found);
            }
        }
        // the lots of the same works operations congest trade by trade, one cluster per trade: one item per set of
        // operations, which are what the buyers can stagger (lawyer H #27-#29: the same pair of operations listed
        // once per lot, graded duplicates)
        Map<String, List<Cluster>> byOperations = new java.util.LinkedHashMap<>();
        for (Cluster c : found) {
            String ops = operations(c.set());
            byOperations.computeIfAbsent(ops == null ? "#" + byOperations.size() : ops, k -> new ArrayList<>()).add(c);
        }
        for (List<Cluster> same : byOperations.values()) {
            if (same.size() == 1) {
                add(same.get(0), context, flags, t, null);
            } else {
                add(merge(same), context, flags, t, same);
            }
        }
    }

    /** The buyers' operations of a cluster whose members are all lots of a named operation, sorted; else null. */
    static String operations(List<NeedFacts> set) {
        java.util.TreeSet<String> ops = new java.util.TreeSet<>();
        for (NeedFacts f : set) {
            String op = f.need().operation();
            if (op == null || op.isBlank()) {
                return null;
            }
            ops.add(Members.buyerId(f.need()) + "|" + op.strip());
        }
        return String.join("\n", ops);
    }

    private static Cluster merge(List<Cluster> same) {
        List<NeedFacts> set = new ArrayList<>();
        LocalDate start = same.get(0).start();
        LocalDate latest = same.get(0).latest();
        for (Cluster c : same) {
            set.addAll(c.set());
            start = c.start().isBefore(start) ? c.start() : start;
            latest = c.latest().isAfter(latest) ? c.latest() : latest;
        }
        set.sort(Comparator.comparing((NeedFacts f) -> f.deadline().first()).thenComparing(f -> f.need().id()));
        return new Cluster(set, start, latest);
    }

    /** One item; {@code markets} the clusters of one set of works operations merged into it, or null. */
    private void add(Cluster c, RiskContext context, Flags flags, Texts t, List<Cluster> markets) {
        List<NeedFacts> set = c.set();
        List<Need> members = set.stream().map(NeedFacts::need).toList();
        String list = t.list(members, n -> t.member(n) + ", " + t.value(context.facts(n).value()) + ", "
                + t.date(context.facts(n).deadline().last()), Members.maxListed(context, code()));
        Flags.Builder b = flags.group(this, context, members).publicArgs(c.start().toString(), c.latest().toString());
        if (markets == null) {
            b.add("risk.DEADLINE_CONGESTION", Members.label(set.get(0).market(), members.get(0), context), t.date(c.start()),
                    t.date(c.latest()), members.size(), Members.buyers(members), list);
        } else {
            String labels = String.join(", ", markets.stream()
                    .map(m -> Members.label(m.set().get(0).market(), m.set().get(0).need(), context)).toList());
            java.util.Set<String> ops = new java.util.LinkedHashSet<>();
            members.forEach(n -> ops.add("« " + n.operation().strip() + " »"));
            b.add("risk.DEADLINE_CONGESTION.operations", labels, t.date(c.start()), t.date(c.latest()), members.size(),
                    Members.buyers(members), list, String.join(", ", ops));
        }
    }

    /** At least two buyers among the set (the first other buyer found is enough). */
    private static boolean twoBuyers(List<NeedFacts> set) {
        String first = Members.buyerId(set.get(0).need());
        for (NeedFacts f : set) {
            if (!Members.buyerId(f.need()).equals(first)) {
                return true;
            }
        }
        return false;
    }

    private void sweep(List<NeedFacts> m, RiskContext context, List<Cluster> found) {
        int window = context.settings().intParam(code(), "windowDays", WINDOW_DAYS);
        int minNeeds = context.settings().intParam(code(), "minNeeds", MIN_NEEDS);
        int few = context.settings().intParam(code(), "fewSuppliers", FEW_SUPPLIERS);
        m.sort(Comparator.comparing((NeedFacts f) -> f.deadline().first()).thenComparing(f -> f.deadline().last())
                .thenComparing(f -> f.need().id()));
        boolean thin = m.get(0).market().thin();
        LocalDate keptLimit = null;
        boolean[] member = new boolean[m.size()];
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < m.size(); i++) {
            LocalDate start = m.get(i).deadline().first();
            if ((i > 0 && start.equals(m.get(i - 1).deadline().first())) || member[i]) {
                continue; // the same start gives the same set; a member of an item kept starts none
            }
            lo = i;
            LocalDate limit = start.plusDays(window);
            hi = Math.max(hi, i);
            while (hi + 1 < m.size() && !m.get(hi + 1).deadline().first().isAfter(limit)) {
                hi++;
            }
            List<NeedFacts> set = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            LocalDate latest = start;
            boolean fewSuppliers = false;
            for (int j = lo; j <= hi; j++) {
                NeedFacts f = m.get(j);
                if (!f.deadline().last().isAfter(limit)) {
                    set.add(f);
                    at.add(j);
                    latest = f.deadline().last().isAfter(latest) ? f.deadline().last() : latest;
                    Integer s = f.need().suppliersKnown();
                    // a buyer's few known suppliers say little of a commodity market sold by many resellers (tyres,
                    // office supplies); energy is supplied by a handful of firms, so its count is kept (issue 17 review)
                    fewSuppliers |= s != null && s <= few && (f.market().kind() != Markets.Kind.COMMODITY
                            || ENERGY.contains(f.market().family()));
                }
            }
            if (keptLimit != null && !latest.isAfter(keptLimit)) {
                continue; // contained in the set kept last (every member starts after it and ends within it)
            }
            if (!(set.size() >= minNeeds || (set.size() == 2 && (thin || fewSuppliers))) || !twoBuyers(set)) {
                continue;
            }
            keptLimit = limit;
            at.forEach(j -> member[j] = true);
            found.add(new Cluster(set, start, latest));
        }
    }
}

package org.vitrine.risk.rules.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/**
 * CALENDAR_CLASH: needs of different buyers in the same market (CPV prefix of {@code cpvDepth}
 * digits) whose submission periods overlap, so the same firms are asked to bid everywhere at once.
 * Submission period = [launch start, launch end + response days of the procedure]. When both launches
 * are known to the day or month the clash is certain (configured severity); when either is known only
 * to the quarter, half or year it is possible ({@code possibleSeverity}).
 *
 * <p>How it stays near linear: needs are grouped by CPV prefix (HashMap) and each group sorted by
 * (start, end, id). Counts are exact and need no pair list: overlapping needs of other buyers by
 * binary search on sorted starts and ends (all, minus the buyer's own), distinct buyers by
 * {@link DistinctBuyers}; both O(n log n). {@code related} names at most {@code maxRelated} needs: each
 * need proposes the next other-buyer needs in start order that overlap it (same-buyer runs are
 * jumped over), and {@link Links} keeps the nearest in that order while both ends have room. That
 * keeps the links symmetric and independent of input order — at the price that a need in a very
 * crowded market may list fewer than the cap; the message always gives the full counts.
 */
public final class CalendarClash implements RiskRule {

    public static final String CODE = "CALENDAR_CLASH";

    static final Map<String, Integer> RESPONSE_DAYS = Map.of("open", 35, "restricted", 60, "negotiated_with_call", 60,
            "competitive_dialogue", 60, "innovation_partnership", 60, "adapted", 21, "negotiated_without_call", 10,
            "exempt", 7);

    private record Window(Need need, int buyer, int start, int end, boolean precise) {
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultSeverity() {
        return "high";
    }

    @Override
    public boolean openOpportunitiesOnly() {
        return true;
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        int depth = context.settings().intParam(CODE, "cpvDepth", 4);
        Map<String, Integer> days = context.settings().intMapParam(CODE, "responseDays", RESPONSE_DAYS);
        int otherDays = context.settings().intParam(CODE, "defaultResponseDays", 30);
        Map<String, List<Need>> groups = new HashMap<>();
        for (Need n : needs) {
            String p = Market.prefix(n, depth);
            if (p != null && Market.hasBuyer(n) && n.launch() != null && n.launch().start() != null && n.launch().end() != null) {
                groups.computeIfAbsent(p, k -> new ArrayList<>()).add(n);
            }
        }
        ToIntFunction<String> responseDays = d -> d == null ? otherDays : days.getOrDefault(d, otherDays);
        groups.forEach((prefix, group) -> clash(prefix, group, responseDays, context, flags));
    }

    private void clash(String prefix, List<Need> group, ToIntFunction<String> days, RiskContext context, Flags flags) {
        Map<String, Integer> buyerIds = new HashMap<>();
        List<Window> w = new ArrayList<>(group.size());
        for (Need n : group) {
            int b = buyerIds.computeIfAbsent(n.buyer().id(), k -> buyerIds.size());
            int start = (int) n.launch().start().toEpochDay();
            int end = (int) n.launch().end().toEpochDay() + Math.max(0, days.applyAsInt(n.procedure()));
            w.add(new Window(n, b, start, Math.max(start, end), Market.precise(n.launch())));
        }
        w.sort(Comparator.comparingInt(Window::start).thenComparingInt(Window::end).thenComparing(x -> x.need().id()));
        int m = w.size();
        int[] start = new int[m];
        int[] end = new int[m];
        int[] buyer = new int[m];
        for (int i = 0; i < m; i++) {
            start[i] = w.get(i).start();
            end[i] = w.get(i).end();
            buyer[i] = w.get(i).buyer();
        }
        Counts all = new Counts(w, false);
        Counts precise = new Counts(w, true);
        int[] buyersOverlapping = DistinctBuyers.count(start, end, buyer, buyerIds.size());
        int[][] related = links(start, end, buyer, context.settings().intParam(CODE, "maxRelated", 20));
        String possibleSeverity = context.settings().stringParam(CODE, "possibleSeverity", "low");
        List<Need> members = w.stream().map(Window::need).toList();
        for (int i = 0; i < m; i++) {
            int others = all.others(w.get(i));
            if (others == 0) {
                continue;
            }
            boolean certain = w.get(i).precise() && precise.others(w.get(i)) > 0;
            int lo = start[i];
            int hi = end[i];
            for (int k : related[i]) {
                lo = Math.min(lo, start[k]);
                hi = Math.max(hi, end[k]);
            }
            Need n = members.get(i);
            flags.add(CODE, n, certain ? context.severity(this) : possibleSeverity, Market.ids(members, related[i]),
                    certain ? "risk." + CODE : "risk." + CODE + ".possible",
                    date(context, start[i]), date(context, end[i]), others, buyersOverlapping[i] - 1,
                    Market.classCode(prefix), Market.label(n, prefix, "fr"), Market.label(n, prefix, "en"),
                    date(context, lo), date(context, hi));
        }
    }

    /** Candidates: from each need, the next other-buyer needs that start inside its window. */
    private static int[][] links(int[] start, int[] end, int[] buyer, int maxRelated) {
        int m = start.length;
        int[] nextOtherBuyer = new int[m];
        for (int i = m - 1; i >= 0; i--) {
            nextOtherBuyer[i] = i == m - 1 ? m : buyer[i + 1] != buyer[i] ? i + 1 : nextOtherBuyer[i + 1];
        }
        Links links = new Links();
        for (int i = 0; i < m; i++) {
            int found = 0;
            int j = i + 1;
            while (j < m && start[j] <= end[i] && found < maxRelated) {
                if (buyer[j] == buyer[i]) {
                    j = nextOtherBuyer[j];
                    continue;
                }
                links.add(i, j, j - i);
                found++;
                j++;
            }
        }
        return links.build(m, maxRelated);
    }

    private static String date(RiskContext context, int epochDay) {
        return context.fmt().date(LocalDate.ofEpochDay(epochDay));
    }

    /** Overlap counts for all windows of a market (or its precise ones), by buyer too. */
    private static final class Counts {
        private final boolean preciseOnly;
        private final Overlaps market;
        private final Map<Integer, Overlaps> byBuyer = new HashMap<>();

        Counts(List<Window> w, boolean preciseOnly) {
            this.preciseOnly = preciseOnly;
            List<Window> kept = w.stream().filter(x -> !preciseOnly || x.precise()).toList();
            this.market = overlaps(kept);
            Map<Integer, List<Window>> groups = new HashMap<>();
            kept.forEach(x -> groups.computeIfAbsent(x.buyer(), k -> new ArrayList<>()).add(x));
            groups.forEach((b, list) -> byBuyer.put(b, overlaps(list)));
        }

        private static Overlaps overlaps(List<Window> w) {
            return new Overlaps(w.stream().mapToInt(Window::start).toArray(), w.stream().mapToInt(Window::end).toArray());
        }

        /** Windows of other buyers overlapping x (x itself, if kept, cancels out of both counts). */
        int others(Window x) {
            Overlaps own = byBuyer.get(x.buyer());
            return market.count(x.start(), x.end()) - (own == null ? 0 : own.count(x.start(), x.end()));
        }
    }
}

package org.vitrine.publish.risks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.Value;

/**
 * The staff report's items and lines (docs/RISKS.md §6). An item is one flag of one need, or one flag of a group
 * (a cluster, a buyer's needs: shown once, on its anchor). A line is what staff work through: all the items of one
 * need in one section, or one group item. Items marked écarté for their current figures are hidden from the lines
 * (risks.csv keeps them). Within a section lines go by group (launch possible before the event, due before the
 * event, the rest), then severity, due date and value.
 */
public final class ReportItems {

    /** The sections, in the order of the report. */
    public static final List<String> SECTIONS = List.of("S", "L", "I");

    /** One item: its flag, need (or anchor) and members, and what staff recorded about it. */
    public record Item(String key, RiskFlag flag, String title, Need need, List<Need> members, LocalDate due,
            Tracking.Entry entry, String fp, String section) {

        public String code() {
            return flag.code();
        }

        public boolean hidden() {
            return entry.status() == Tracking.Status.dismissed;
        }

        public String status() {
            return entry.status().name();
        }
    }

    /** One line of the report: a need's items of one section, or one group item with its members. */
    public record Line(String id, String section, Need need, List<Item> items, List<Need> members, String severity,
            LocalDate due, double value) {

        public boolean group() {
            return !members.isEmpty();
        }

        public String buyer() {
            return need.buyer().id();
        }
    }

    private final List<Item> items = new ArrayList<>();
    private final Map<String, List<Line>> lines = new LinkedHashMap<>();
    private int hidden;

    /**
     * The known reasons for a false alarm (« Motifs d’écart connus »): a case with its own heading has its own when
     * written, its heading's key with « fp » for « title » ({@code risk.X.urgency.title} → {@code risk.X.urgency.fp},
     * {@code risk.X.title.noBasis} → {@code risk.X.fp.noBasis}), else the rule's ({@code risk.X.fp}), else none
     * (lawyer Q: a SEM's quasi-régie and a planned urgency were given a MAPA's « lot d’un marché plus large »).
     */
    static String knownReasons(RiskFlag f, Messages m) {
        String heading = f.headingKey();
        int at = heading.lastIndexOf(".title");
        String own = at < 0 ? null : heading.substring(0, at) + ".fp" + heading.substring(at + ".title".length());
        String key = own != null && m.has(own) ? own : "risk." + f.code() + ".fp";
        return m.has(key) ? m.get(key) : "";
    }

    /** Builds the items of every flagged need, with the records of the tracking file. */
    public ReportItems(List<Need> needs, Tracking tracking, Messages m) {
        this(needs, tracking, m, null);
    }

    /**
     * The items with the event date: the lines due before the event come first in their section (an officer works
     * through what is due before the event first: a GROUPING_OPPORTUNITY due in December before a NOT_ALLOTTED due in
     * June), then the others; within each group by severity, due date and value.
     */
    public ReportItems(List<Need> needs, Tracking tracking, Messages m, LocalDate event) {
        Map<String, Need> byId = new HashMap<>(needs.size() * 2);
        needs.forEach(n -> byId.put(n.id(), n));
        for (Need n : needs) {
            for (RiskFlag f : n.risks()) {
                if (!org.vitrine.model.RiskItems.counts(n, f)) {
                    continue; // a group item is taken once, from its anchor
                }
                List<Need> members = new ArrayList<>();
                if (f.isGroup()) {
                    members.add(n);
                    f.related().forEach(id -> {
                        Need x = byId.get(id);
                        if (x != null) {
                            members.add(x);
                        }
                    });
                }
                String key = f.itemKey(n.id());
                Tracking.Entry entry = tracking.of(key);
                String fp = knownReasons(f, m);
                items.add(new Item(key, f, m.get(f.headingKey()), n, List.copyOf(members),
                        entry.due() != null ? entry.due() : f.due(), entry, fp, section(f, n, members, event)));
            }
        }
        SECTIONS.forEach(s -> lines.put(s, new ArrayList<>()));
        Map<String, List<Item>> byNeedAndSection = new LinkedHashMap<>();
        for (Item i : items) {
            if (i.hidden()) {
                hidden++;
                continue;
            }
            if (!i.members().isEmpty()) {
                lines.get(i.section()).add(line(i.section() + "-" + i.need().id() + "-" + i.code() + "-" + i.flag().figures(),
                        i.section(), i.need(), List.of(i), i.members()));
            } else {
                byNeedAndSection.computeIfAbsent(i.section() + "\u0000" + i.need().id(), k -> new ArrayList<>()).add(i);
            }
        }
        byNeedAndSection.forEach((k, list) -> {
            list.sort(Comparator.comparing(Item::code));
            Item first = list.get(0);
            lines.get(first.section()).add(line(first.section() + "-" + first.need().id(), first.section(), first.need(),
                    List.copyOf(list), List.of()));
        });
        Comparator<Line> bySeverity = Comparator.comparingInt((Line l) -> rank(l.severity()))
                .thenComparing(Line::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.comparingDouble(Line::value).reversed())
                .thenComparing(Line::id);
        Comparator<Line> order = (a, b) -> {
            int ga = group(a, event);
            int gb = group(b, event);
            if (ga != gb) {
                return Integer.compare(ga, gb);
            }
            // within each group the gravest first (issue 17 third review: the MAPA_ABOVE_THRESHOLD items, which can
            // void a contract, came at lines 60-61 of 62 when sorted by due date alone), then by due date
            return bySeverity.compare(a, b);
        };
        lines.values().forEach(l -> l.sort(order));
        items.sort(Comparator.comparing((Item i) -> SECTIONS.indexOf(i.section())).thenComparing(Item::key));
    }

    private static Line line(String id, String section, Need need, List<Item> items, List<Need> members) {
        String severity = "low";
        LocalDate due = null;
        for (Item i : items) {
            severity = rank(i.flag().severity()) < rank(severity) ? i.flag().severity() : severity;
            due = i.due() != null && (due == null || i.due().isBefore(due)) ? i.due() : due;
        }
        double value = 0;
        for (Need n : members.isEmpty() ? List.of(need) : members) {
            Value v = Value.of(n);
            value += v == null ? 0 : v.figure();
        }
        return new Line(id, section, need, items, members, severity, due, value);
    }

    /**
     * The report's section of an item: its rule's, except that a section-L item of a need that may be launched on or
     * before the event is to settle before the event (lawyer E, defect 8: a split of T1 launches came under « avant
     * le lancement »): such an item can be put right only before the launch — after it, only a declaration sans
     * suite (R2185-1) — and that launch may come before the event.
     */
    static String section(RiskFlag f, Need n, List<Need> members, LocalDate event) {
        String s = f.section() == null ? "I" : f.section();
        return "L".equals(s) && launchNotAfter(members.isEmpty() ? List.of(n) : members, event) ? "S" : s;
    }

    /** True when one of the needs may be launched on or before the event (its window's first day). */
    static boolean launchNotAfter(List<Need> needs, LocalDate event) {
        return event != null && needs.stream().anyMatch(n -> n.launch() != null && n.launch().start() != null
                && !n.launch().start().isAfter(event));
    }

    /**
     * The order of work, before severity: 0, the lines that can be put right only before a launch that may come
     * before the event; 1, the other lines due on or before the event; 2, the rest.
     */
    static int group(Line l, LocalDate event) {
        if (launchNotAfter(l.members().isEmpty() ? List.of(l.need()) : l.members(), event)) {
            return 0;
        }
        return dueBefore(l, event) ? 1 : 2;
    }

    /** True when the line is due before the event (never without an event date or a due date). */
    public static boolean dueBefore(Line l, LocalDate event) {
        // on the event day counts: a section-S item is due at the event (the MAPA_ABOVE_THRESHOLD items due on 4 February
        // came after every line due before it, at lines 54-55 of 56 of the examples' section S)
        return event != null && l.due() != null && !l.due().isAfter(event);
    }

    static int rank(String severity) {
        return switch (severity == null ? "" : severity) {
            case "high" -> 0;
            case "medium" -> 1;
            default -> 2;
        };
    }

    /** Every item, hidden ones included, by section then key (the order of risks.csv). */
    public List<Item> items() {
        return items;
    }

    /** The visible lines of a section, in the order staff work through them. */
    public List<Line> lines(String section) {
        return lines.get(section);
    }

    /** How many items are hidden because staff marked them écarté. */
    public int hidden() {
        return hidden;
    }
}

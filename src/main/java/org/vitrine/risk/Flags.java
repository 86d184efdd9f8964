package org.vitrine.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;

/**
 * Collects the flags rules raise. A flag's message is rendered only when it fires, in the edition's language from
 * the {@code i18n/risk*} bundles (key = the message, with the figures as arguments). A flag over several needs
 * (a cluster, a buyer's needs) is one item: every member carries it with the same anchor (the first member) and
 * figures; the anchor's copy lists every other member, the others' name the anchor (the report shows the item there).
 */
public final class Flags {

    private final Messages messages;
    /** Flags by the need's place in the run (NeedFacts.index): no string key to hash for 100,000 needs. */
    @SuppressWarnings("unchecked")
    private List<RiskFlag>[] byIndex = new List[0];
    private Need[] needs = new Need[0];
    /** Flags of needs outside the run's context (none in a run; a test may make some). */
    private final Map<String, List<RiskFlag>> outside = new HashMap<>();
    private RiskContext contextOf;

    public Flags(Messages messages) {
        this.messages = messages;
    }

    /** Starts a flag of a rule on one need: severity and section from the rule and config/risks.yaml. */
    public Builder on(RiskRule rule, RiskContext context, Need need) {
        return new Builder(rule, context, List.of(need), false);
    }

    /** The same, for a need of the run whose facts the rule holds (no lookup of its place). */
    public Builder on(RiskRule rule, RiskContext context, NeedFacts need) {
        Builder b = new Builder(rule, context, List.of(need.need()), false);
        b.index = need.index();
        return b;
    }

    /** Starts one item over several needs, in their order: the first is the anchor (the report's Besoin). */
    public Builder group(RiskRule rule, RiskContext context, List<Need> members) {
        return new Builder(rule, context, List.copyOf(members), true);
    }

    /** A flag being made; {@link #add} renders its message and attaches it. */
    public final class Builder {
        private final String code;
        private final RiskContext context;
        private final List<Need> members;
        private final boolean group;
        private String severity;
        private String section;
        private LocalDate due;
        private boolean dueSet;
        private List<String> related = List.of();
        private List<String> publicArgs = List.of();
        private String titleKey;
        private int index = -2;

        private Builder(RiskRule rule, RiskContext context, List<Need> members, boolean group) {
            contextOf = context;
            this.code = rule.code();
            this.context = context;
            this.members = members;
            this.group = group;
            this.severity = context.severity(rule);
            this.section = rule.section();
        }

        public Builder severity(String v) {
            severity = v;
            return this;
        }

        public Builder section(String v) {
            section = v;
            return this;
        }

        public Builder due(LocalDate v) {
            due = v;
            dueSet = true;
            return this;
        }

        /** Other needs a per-need flag names (a group's members are its related needs already). */
        public Builder related(List<String> ids) {
            related = List.copyOf(ids);
            return this;
        }

        /** The staff report's heading for this case, when the rule's title would misname it (a message key). */
        public Builder title(String key) {
            titleKey = key;
            return this;
        }

        /** The dates a public text quotes (ISO), for the codes that may be public. */
        public Builder publicArgs(String... args) {
            publicArgs = List.of(args);
            return this;
        }

        /** Renders the message {@code key} with its figures and attaches the flag to the need, or to every member. */
        public void add(String key, Object... args) {
            String message = group ? messages.get(key, args) : format(key, args);
            LocalDate when = dueSet ? context.notBeforeEdition(due) : context.due(section, earliestLaunch());
            if (!group) {
                Need n = members.get(0);
                RiskFlag flag = new RiskFlag(code, severity, message, related, section, when, null,
                        Flags.figures(code, n.id(), related, message), publicArgs, titleKey);
                if (index >= 0) {
                    attach(n, flag, index);
                } else {
                    attach(n, flag);
                }
                return;
            }
            String anchor = members.get(0).id();
            List<String> others = new ArrayList<>(members.size() - 1);
            for (int i = 1; i < members.size(); i++) {
                others.add(members.get(i).id());
            }
            String figures = Flags.figures(code, anchor, others, message);
            attach(members.get(0), new RiskFlag(code, severity, message, List.copyOf(others), section, when, anchor, figures, publicArgs,
                    titleKey));
            List<String> toAnchor = List.of(anchor);
            for (int i = 1; i < members.size(); i++) {
                attach(members.get(i), new RiskFlag(code, severity, message, toAnchor, section, when, anchor, figures, publicArgs,
                        titleKey));
            }
        }

        private LocalDate earliestLaunch() {
            LocalDate min = null;
            for (Need n : members) {
                if (n.launch() != null && (min == null || n.launch().start().isBefore(min))) {
                    min = n.launch().start();
                }
            }
            return min;
        }

    }

    /**
     * An item's figures as 16 hex digits: the message's own hash (Java's String hash, the same on every JVM) and one
     * of the code, the need or anchor and the members. An écarté item stays hidden while they are unchanged.
     */
    public static String figures(String code, String id, List<String> others, String message) {
        int h = 31 * code.hashCode() + id.hashCode();
        for (String o : others) {
            h = 31 * h + o.hashCode();
        }
        return pack(message, h);
    }

    /** The message's hash in the high half, {@code low} (the code, need and members) in the low half, as hex. */
    private static String pack(String message, int low) {
        return java.util.HexFormat.of().toHexDigits(((long) message.hashCode() << 32) | (low & 0xffffffffL));
    }

    /**
     * A per-need message, formatted once for the same key and figures: many needs share one ("2 fournisseurs
     * connus…", a missing contact), and formatting is most of a simple rule's time. Each rule has its own Flags.
     */
    private String format(String key, Object[] args) {
        Object[] k = new Object[args.length + 1];
        k[0] = key;
        System.arraycopy(args, 0, k, 1, args.length);
        return formatted.computeIfAbsent(java.util.Arrays.asList(k), x -> messages.get(key, args));
    }

    private final Map<List<Object>, String> formatted = new HashMap<>();

    private void attach(Need need, RiskFlag flag) {
        int i = context(need);
        if (i < 0) {
            outside.computeIfAbsent(need.id(), k -> new ArrayList<>(2)).add(flag);
            return;
        }
        if (i >= byIndex.length) {
            byIndex = java.util.Arrays.copyOf(byIndex, Math.max(i + 1, byIndex.length * 2));
            needs = java.util.Arrays.copyOf(needs, byIndex.length);
        }
        if (byIndex[i] == null) {
            byIndex[i] = new ArrayList<>(2);
            needs[i] = need;
        }
        byIndex[i].add(flag);
    }

    private int context(Need need) {
        return contextOf == null ? -1 : contextOf.facts(need).index();
    }

    /** Appends another collection's flags, need by need, after the ones already here. */
    public void addAll(Flags other) {
        for (int i = 0; i < other.byIndex.length; i++) {
            if (other.byIndex[i] != null) {
                for (RiskFlag f : other.byIndex[i]) {
                    attach(other.needs[i], f, i);
                }
            }
        }
        other.outside.forEach((id, list) -> outside.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list));
    }

    private void attach(Need need, RiskFlag flag, int i) {
        if (i >= byIndex.length) {
            byIndex = java.util.Arrays.copyOf(byIndex, Math.max(i + 1, byIndex.length * 2));
            needs = java.util.Arrays.copyOf(needs, byIndex.length);
        }
        if (byIndex[i] == null) {
            byIndex[i] = new ArrayList<>(2);
            needs[i] = need;
        }
        byIndex[i].add(flag);
    }

    /**
     * One line where two rules give one fix (RISKS.md §8, version 2.6): a need carrying both codes keeps the flag of
     * {@code kept}, its message followed by the other rule's title and message; the {@code absorbed} flag goes.
     */
    public void absorb(String kept, String absorbed) {
        for (List<RiskFlag> list : byIndex) {
            RiskFlag k = list == null ? null : find(list, kept);
            RiskFlag a = k == null ? null : find(list, absorbed);
            if (a != null && k.anchor() == null && a.anchor() == null) {
                String message = k.message() + " " + messages.get("risk.merged", messages.get("risk." + absorbed + ".title"))
                        + " " + a.message();
                String figures = k.figures() == null ? null
                        : pack(message, (int) java.util.HexFormat.fromHexDigitsToLong(k.figures()));
                list.set(list.indexOf(k), new RiskFlag(k.code(), k.severity(), message, k.related(), k.section(), k.due(), null,
                        figures, k.publicArgs(), k.titleKey()));
                list.remove(a);
            }
        }
    }

    /**
     * One line per need and problem where one rule's item already holds the other's and a better remedy: a need
     * carrying {@code kept} loses its {@code dropped} flag (lawyer G: MAPA_ABOVE_THRESHOLD's « procédure formalisée »
     * beside DESIGN_CONTEST_MISSING's concours; THRESHOLD_EDGE's « rien n’indique une erreur » beside the SPLIT_SUSPECT
     * total that crosses the threshold).
     */
    public void dropBeside(String kept, String dropped) {
        dropBeside(kept, dropped, f -> true);
    }

    /** As {@link #dropBeside(String, String)}, for the {@code dropped} flags that {@code which} selects. */
    public void dropBeside(String kept, String dropped, java.util.function.Predicate<RiskFlag> which) {
        for (List<RiskFlag> list : byIndex) {
            if (list != null && find(list, kept) != null) {
                list.removeIf(f -> f.code().equals(dropped) && f.anchor() == null && which.test(f));
            }
        }
    }

    /**
     * Removes every item of {@code code} two of whose members of one buyer are members of one item of {@code covered}:
     * that item already states the fact about them (one fact, one item). Items of {@code code} whose members of each
     * buyer share no such item stay.
     */
    public void dropGroupsRepeating(String code, String covered) {
        // per item of code (its anchor): the buyer and covered item of each member, seen once
        Map<String, java.util.Set<String>> seen = new HashMap<>();
        java.util.Set<String> anchors = new java.util.HashSet<>();
        for (int i = 0; i < byIndex.length; i++) {
            List<RiskFlag> list = byIndex[i];
            RiskFlag item = list == null ? null : find(list, code);
            RiskFlag other = list == null ? null : find(list, covered);
            if (item == null || other == null || item.anchor() == null || other.anchor() == null) {
                continue;
            }
            String buyer = needs[i].buyer() == null ? "" : needs[i].buyer().id();
            if (!seen.computeIfAbsent(item.anchor(), a -> new java.util.HashSet<>()).add(buyer + '|' + other.anchor())) {
                anchors.add(item.anchor());
            }
        }
        dropGroups(code, anchors::contains);
    }

    /**
     * One advice per pair (lawyer L, defect 4): an item of {@code absorbed} (a group rule) whose members all belong to one
     * item of {@code kept} is dropped, and that item's message is followed by {@code whole} (given the absorbed flag) and
     * takes the higher severity; an item of {@code absorbed} sharing two members or more with an item of {@code kept},
     * but not all, stays, its message followed by {@code part} (given the shared needs, in the absorbed item's order).
     */
    public void mergeGroups(String kept, String absorbed, java.util.function.Function<RiskFlag, String> whole,
            java.util.function.Function<List<Need>, String> part) {
        // each item's members (by anchor) and the kept item of each need
        Map<String, List<Integer>> keptMembers = new java.util.LinkedHashMap<>();
        Map<String, List<Integer>> absorbedMembers = new java.util.LinkedHashMap<>();
        Map<Integer, String> keptOf = new HashMap<>();
        Map<String, RiskFlag> absorbedFlag = new HashMap<>();
        for (int i = 0; i < byIndex.length; i++) {
            if (byIndex[i] == null) {
                continue;
            }
            for (RiskFlag f : byIndex[i]) {
                if (f.anchor() == null) {
                    continue;
                }
                if (f.code().equals(kept)) {
                    keptMembers.computeIfAbsent(f.anchor(), k -> new ArrayList<>()).add(i);
                    keptOf.put(i, f.anchor());
                } else if (f.code().equals(absorbed)) {
                    absorbedMembers.computeIfAbsent(f.anchor(), k -> new ArrayList<>()).add(i);
                    absorbedFlag.putIfAbsent(f.anchor(), f);
                }
            }
        }
        Map<String, String> keptSuffix = new java.util.LinkedHashMap<>();
        Map<String, String> keptSeverity = new HashMap<>();
        Map<String, String> absorbedSuffix = new HashMap<>();
        java.util.Set<String> dropped = new java.util.HashSet<>();
        for (Map.Entry<String, List<Integer>> e : absorbedMembers.entrySet()) {
            Map<String, List<Integer>> shared = new java.util.LinkedHashMap<>();
            for (int i : e.getValue()) {
                String k = keptOf.get(i);
                if (k != null) {
                    shared.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                }
            }
            for (Map.Entry<String, List<Integer>> s : shared.entrySet()) {
                if (s.getValue().size() == e.getValue().size()) {
                    dropped.add(e.getKey());
                    RiskFlag a = absorbedFlag.get(e.getKey());
                    keptSuffix.merge(s.getKey(), whole.apply(a), (x, y) -> x + " " + y);
                    keptSeverity.merge(s.getKey(), a.severity(), (x, y) -> rank(x) >= rank(y) ? x : y);
                } else if (s.getValue().size() >= 2) {
                    List<Need> pair = s.getValue().stream().map(i -> needs[i]).toList();
                    absorbedSuffix.merge(e.getKey(), part.apply(pair), (x, y) -> x + " " + y);
                }
            }
        }
        if (keptSuffix.isEmpty() && absorbedSuffix.isEmpty()) {
            return;
        }
        for (List<RiskFlag> list : byIndex) {
            if (list == null) {
                continue;
            }
            list.removeIf(f -> f.code().equals(absorbed) && dropped.contains(f.anchor()));
            for (int j = 0; j < list.size(); j++) {
                RiskFlag f = list.get(j);
                String suffix = f.anchor() == null ? null : f.code().equals(kept) ? keptSuffix.get(f.anchor())
                        : f.code().equals(absorbed) ? absorbedSuffix.get(f.anchor()) : null;
                if (suffix != null) {
                    String severity = f.code().equals(kept) && keptSeverity.containsKey(f.anchor())
                            && rank(keptSeverity.get(f.anchor())) > rank(f.severity()) ? keptSeverity.get(f.anchor()) : f.severity();
                    String message = f.message() + " " + suffix;
                    String figures = f.figures() == null ? null
                            : pack(message, (int) java.util.HexFormat.fromHexDigitsToLong(f.figures()));
                    list.set(j, new RiskFlag(f.code(), severity, message, f.related(), f.section(), f.due(), f.anchor(), figures,
                            f.publicArgs(), f.titleKey()));
                }
            }
        }
    }

    private static int rank(String severity) {
        return "high".equals(severity) ? 3 : "medium".equals(severity) ? 2 : "low".equals(severity) ? 1 : 0;
    }

    /** Removes every item of {@code code} whose anchor {@code dropped} accepts, from each of its members. */
    private void dropGroups(String code, java.util.function.Predicate<String> dropped) {
        for (List<RiskFlag> list : byIndex) {
            if (list != null) {
                list.removeIf(f -> f.code().equals(code) && dropped.test(f.anchor()));
            }
        }
    }

    private static RiskFlag find(List<RiskFlag> list, String code) {
        for (RiskFlag f : list) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        return null;
    }

    /** The flags raised for the need at this place of the run, in the order they were raised. */
    public List<RiskFlag> at(int index) {
        return index < byIndex.length && byIndex[index] != null ? byIndex[index] : List.of();
    }

    /** Every flagged need's flags, by need id, in the run's order. */
    public Map<String, List<RiskFlag>> all() {
        Map<String, List<RiskFlag>> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < byIndex.length; i++) {
            if (byIndex[i] != null) {
                out.put(needs[i].id(), byIndex[i]);
            }
        }
        out.putAll(outside);
        return out;
    }
}

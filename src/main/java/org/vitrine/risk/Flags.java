package org.vitrine.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.cli.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;

/**
 * Collects the flags rules raise. A flag's message is rendered only when it fires, in the edition's language from
 * the {@code i18n/risk*} bundles (key = the message, with the figures as arguments). A flag over several needs
 * (a cluster, a buyer's needs) is one item: every member carries it with the same anchor (the first member) and
 * figures, the anchor's copy lists every other member.
 */
public final class Flags {

    /** Related ids a member other than the anchor lists (the anchor lists them all). */
    static final int MEMBER_RELATED = 20;

    private final Messages messages;
    private final Map<String, List<RiskFlag>> byNeed = new HashMap<>();

    public Flags(Messages messages) {
        this.messages = messages;
    }

    /** Starts a flag of a rule on one need: severity and section from the rule and config/risks.yaml. */
    public Builder on(RiskRule rule, RiskContext context, Need need) {
        return new Builder(rule, context, List.of(need), false);
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

        private Builder(RiskRule rule, RiskContext context, List<Need> members, boolean group) {
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

        /** The dates a public text quotes (ISO), for the codes that may be public. */
        public Builder publicArgs(String... args) {
            publicArgs = List.of(args);
            return this;
        }

        /** Renders the message {@code key} with its figures and attaches the flag to the need, or to every member. */
        public void add(String key, Object... args) {
            String message = messages.get(key, args);
            LocalDate when = dueSet ? due : context.due(section, earliestLaunch());
            if (!group) {
                Need n = members.get(0);
                attach(n.id(), new RiskFlag(code, severity, message, related, section, when, null,
                        figures(n.id(), related, message), publicArgs));
                return;
            }
            String anchor = members.get(0).id();
            List<String> others = new ArrayList<>(members.size() - 1);
            for (int i = 1; i < members.size(); i++) {
                others.add(members.get(i).id());
            }
            String figures = figures(anchor, others, message);
            attach(anchor, new RiskFlag(code, severity, message, List.copyOf(others), section, when, anchor, figures, publicArgs));
            for (int i = 1; i < members.size(); i++) {
                List<String> mine = new ArrayList<>(Math.min(MEMBER_RELATED, members.size()));
                mine.add(anchor);
                for (int k = 1; k < members.size() && mine.size() < MEMBER_RELATED; k++) {
                    if (k != i) {
                        mine.add(members.get(k).id());
                    }
                }
                attach(members.get(i).id(), new RiskFlag(code, severity, message, List.copyOf(mine), section, when, anchor,
                        figures, publicArgs));
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

        /** A 64-bit FNV-1a hash of the item: code, need or anchor, members and the message with its figures. */
        private String figures(String id, List<String> others, String message) {
            long h = 0xcbf29ce484222325L;
            h = hash(h, code);
            h = hash(h, id);
            for (String o : others) {
                h = hash(h, o);
            }
            h = hash(h, message);
            return java.util.HexFormat.of().toHexDigits(h);
        }
    }

    private static long hash(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= '|';
        return h * 0x100000001b3L;
    }

    private void attach(String needId, RiskFlag flag) {
        byNeed.computeIfAbsent(needId, k -> new ArrayList<>(2)).add(flag);
    }

    /** Appends another collection's flags, need by need, after the ones already here. */
    public void addAll(Flags other) {
        other.byNeed.forEach((id, list) -> byNeed.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list));
    }

    /** The flags raised for a need, in the order they were raised. */
    public List<RiskFlag> of(String needId) {
        return byNeed.getOrDefault(needId, List.of());
    }

    public Map<String, List<RiskFlag>> all() {
        return byNeed;
    }
}

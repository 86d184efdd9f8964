package org.vitrine.risk;

import org.vitrine.config.RiskSettings;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.messages.Fmt;

/**
 * What rules may read besides the needs: the forecast year, the edition and event dates (E), their settings, the
 * thresholds, the previous edition's needs by id (empty on a first edition), the messages and {@code fmt} to write
 * figures as pages do, the buyers' facts from buyers.yaml, and each need's {@link NeedFacts}, computed once for every rule
 * ({@code all}, in the needs' order: rules run over it; {@link #facts(Need)} finds a need's).
 */
public record RiskContext(int year, LocalDate editionDate, LocalDate eventDate, RiskSettings settings,
        Thresholds thresholds, Map<String, Need> previous, Messages messages, Fmt fmt, Map<String, BuyerFacts> buyers,
        Map<Need, NeedFacts> facts, List<NeedFacts> all) {

    /** A context whose facts are computed for the given needs. */
    public static RiskContext of(int year, LocalDate editionDate, LocalDate eventDate, RiskSettings settings,
            Thresholds thresholds, Map<String, Need> previous, Messages messages, Map<String, BuyerFacts> buyers,
            List<Need> needs) {
        Map<Need, NeedFacts> facts = new IdentityHashMap<>(needs.size() * 2);
        List<NeedFacts> all = new java.util.ArrayList<>(needs.size());
        Map<String, Value> groups = groupTotals(needs);
        for (Need n : needs) {
            Value group = n.jointGroup() == null || n.jointGroup().key() == null ? null : groups.get(n.jointGroup().key());
            NeedFacts f = NeedFacts.of(all.size(), n, buyer(buyers, n), settings, thresholds, group);
            facts.put(n, f);
            all.add(f);
        }
        return new RiskContext(year, editionDate, eventDate, settings, thresholds, previous == null ? Map.of() : previous,
                messages, new Fmt(messages), buyers, facts, List.copyOf(all));
    }

    /**
     * Each groupement de commandes of two shares or more (by {@link org.vitrine.model.JointGroup#key}) valued as one
     * contract (L2113-6, L2113-7): the sum of its shares' contract values, confidential ones included; a share without
     * an amount leaves the total open-ended (its least value is still the others' sum).
     */
    private static Map<String, Value> groupTotals(List<Need> needs) {
        Map<String, Value> totals = new java.util.HashMap<>();
        Map<String, Integer> shares = new java.util.HashMap<>();
        for (Need n : needs) {
            String key = n.jointGroup() == null ? null : n.jointGroup().key();
            if (key == null) {
                continue;
            }
            Value v = Value.contract(n);
            Value share = v != null ? v : new Value(0, Double.POSITIVE_INFINITY, false);
            totals.merge(key, share, Value::plus);
            shares.merge(key, 1, Integer::sum);
        }
        totals.keySet().removeIf(k -> shares.get(k) < 2);
        return totals;
    }

    private static BuyerFacts buyer(Map<String, BuyerFacts> buyers, Need n) {
        BuyerFacts b = n.buyer() == null ? null : buyers.get(n.buyer().id());
        return b == null ? BuyerFacts.UNKNOWN : b;
    }

    public BuyerFacts buyer(Need n) {
        return buyer(buyers, n);
    }

    /** The facts of a need (computed now if the need was not given when the context was made). */
    public NeedFacts facts(Need n) {
        NeedFacts f = facts.get(n);
        return f != null ? f : NeedFacts.of(-1, n, buyer(n), settings, thresholds);
    }

    public String severity(RiskRule rule) {
        return settings.severity(rule.code(), rule.defaultSeverity());
    }

    /** The facts of a need in the previous edition, for AMOUNT_CUT. */
    public NeedFacts previousFacts(Need before) {
        return NeedFacts.of(-1, before, buyer(before), settings, thresholds);
    }

    /**
     * An item's due date (docs/RISKS.md §6): for section S the event or the earliest launch less four weeks, whichever
     * comes first, the earliest launch less four weeks
     * ({@code common.dueWeeksBeforeLaunch}) for L, none for I; never before the edition date.
     */
    public LocalDate due(String section, LocalDate earliestLaunch) {
        return notBeforeEdition(switch (section) {
            // never after the launch: a consultation launched cannot be changed by what the item asks
            case "S" -> earliestLaunch == null || eventDate == null ? eventDate
                    : java.util.Collections.min(List.of(eventDate, earliestLaunch.minusWeeks(settings.commonInt("dueWeeksBeforeLaunch", 4))));
            case "L" -> earliestLaunch == null ? null : earliestLaunch.minusWeeks(settings.commonInt("dueWeeksBeforeLaunch", 4));
            default -> null;
        });
    }

    /**
     * A due date never before the edition date: an item whose date has passed when the report is made is to deal with
     * now, and shows the edition date (issue 17 fourth review: CHA-27-08 due 17/11 in a report of 26/11).
     */
    public LocalDate notBeforeEdition(LocalDate due) {
        return due == null || editionDate == null || !due.isBefore(editionDate) ? due : editionDate;
    }
}

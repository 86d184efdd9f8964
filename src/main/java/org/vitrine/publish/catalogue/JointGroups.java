package org.vitrine.publish.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vitrine.messages.Fmt;
import org.vitrine.messages.Messages;
import org.vitrine.model.Amount;
import org.vitrine.model.Need;
import org.vitrine.model.TotalValue;
import org.vitrine.publish.Site;

/**
 * The groupements de commandes (L2113-6) among the published needs: the members' shares that name the same group
 * (« Groupement » column, case, accents and spaces aside) are one contract, run by the coordinator (the share whose
 * « Coordonnateur » is oui). Need pages say so, list rows mark a share as one, and data/ocds.json gives the group one
 * release. Only published shares are counted: a confidential member's share is neither named nor added to the total.
 */
public final class JointGroups {

    /**
     * One group: its name as the first share writes it, the coordinator's share (null when no row says which) and its
     * buyer page, the shares (coordinator first, then by buyer name), and their total over the whole duration (null
     * when a share has no amount; {@code max} null when a share is open-ended).
     */
    public record Group(String name, Need coordinator, Site.BuyerPage coordinatorPage, List<Need> members, Amount total) {

        /** The share that stands for the group in data/ocds.json: the coordinator's, else the first. */
        public Need lead() {
            return coordinator != null ? coordinator : members.get(0);
        }
    }

    private final Map<String, Group> byNeed = new HashMap<>();
    private final List<Group> groups = new ArrayList<>();
    private final Fmt fmt;
    private final Messages msg;

    public JointGroups(List<Need> needs, Function<String, Site.BuyerPage> buyers, Messages msg) {
        this.msg = msg;
        this.fmt = new Fmt(msg);
        Map<String, List<Need>> byKey = new LinkedHashMap<>();
        for (Need n : needs) {
            if (n.jointGroup() != null && n.jointGroup().key() != null) {
                byKey.computeIfAbsent(n.jointGroup().key(), k -> new ArrayList<>()).add(n);
            }
        }
        for (List<Need> shares : byKey.values()) {
            List<Need> sorted = new ArrayList<>(shares);
            sorted.sort(Comparator.comparing((Need n) -> !n.jointGroup().coordinator())
                    .thenComparing(n -> n.buyer().name().toLowerCase(msg.locale())).thenComparing(Need::id));
            Need coordinator = sorted.get(0).jointGroup().coordinator() ? sorted.get(0) : null;
            Group g = new Group(sorted.get(0).jointGroup().name(), coordinator,
                    coordinator == null ? null : buyers.apply(coordinator.buyer().id()), List.copyOf(sorted), total(sorted));
            groups.add(g);
            sorted.forEach(n -> byNeed.put(n.id(), g));
        }
    }

    /** The group a need is a share of, or null. */
    public Group of(Need n) {
        return n == null ? null : byNeed.get(n.id());
    }

    public List<Group> all() {
        return groups;
    }

    /**
     * The amount in a list row and on a share's page: the one contract's total first, then the share
     * (« 530 000 € — groupement de 3 acheteurs · part de la Métropole : 210 000 € »); a supplier bids for the
     * contract, not for a member's share (supplier W).
     */
    public String amountOf(Need n) {
        Group g = of(n);
        String own = fmt.amountOf(n);
        if (g == null || own.isEmpty()) {
            return own;
        }
        return g.total() == null ? msg.get("cat.group.share_row_unknown", own, fmt.ofName(n.buyer().name()))
                : msg.get("cat.group.share_row", fmt.amount(g.total()), g.members().size(), fmt.ofName(n.buyer().name()), own);
    }

    /** The contract's total with the group's size (« 530 000 € — groupement de 3 acheteurs »), or "" when a share has no amount. */
    public String totalOf(Group g) {
        return g.total() == null ? "" : msg.get("cat.group.total_head", fmt.amount(g.total()), g.members().size());
    }

    /**
     * The amount bands a need is filtered under: a share's are its group's total's, the contract a supplier bids
     * for (outside supplier V: the 8.88 M€ electricity group was absent from « Plus de 5 M€ », its shares filed under
     * 100–500 k€); the row says the share and the total ({@link #amountOf}).
     */
    public List<String> bands(Need n) {
        Group g = of(n);
        return g != null && g.total() != null ? Facets.bands(g.total()) : Facets.bands(n);
    }

    /** The figure a need is sorted by amount: its group's total for a share, else {@link Facets#value}. */
    public java.math.BigDecimal value(Need n) {
        Group g = of(n);
        if (g == null || g.total() == null) {
            return Facets.value(n);
        }
        return g.total().max() != null ? g.total().max() : g.total().min();
    }

    /**
     * What a list row says of a share's group: its name, one contract, the coordinator then the other members
     * (« Groupement de commandes « Vérifications 2027 », un seul marché : Métropole (coordonnateur), avec Ville, CHU »).
     */
    public String rowText(Group g) {
        List<String> others = new ArrayList<>();
        for (Need m : g.members()) {
            if (m != g.coordinator()) {
                others.add(m.buyer().name());
            }
        }
        return g.coordinator() == null ? msg.get("cat.group.row_nocoord", g.name(), String.join(", ", others))
                : others.isEmpty() ? msg.get("cat.group.row_nocoord", g.name(), g.coordinator().buyer().name())
                : msg.get("cat.group.row", g.name(), g.coordinator().buyer().name(), String.join(", ", others));
    }

    /** The list row text of a need's group, or "" for a need of its own. */
    public String rowText(Need n) {
        Group g = of(n);
        return g == null ? "" : rowText(g);
    }

    /** How many contracts the needs are, as the list counts them: a groupement is one, whatever its shares. */
    public int contracts(List<Need> needs) {
        return rows(needs).size();
    }

    /**
     * The needs as a list showing one row per contract shows them, in their order: a need of its own, a groupement by
     * the share that leads it ({@link #listed}). The catalogue's calendar, calendar.ics and the brochure's codes read it.
     */
    public List<Need> rows(List<Need> needs) {
        return needs.stream().filter(this::listed).toList();
    }

    /** How many buyers' shares the groupements have in all (the index page says so beside the count of contracts). */
    public int shares() {
        return groups.stream().mapToInt(g -> g.members().size()).sum();
    }

    /** Whether a list showing one row per group shows this need: a need of its own, or the share that leads its group. */
    public boolean listed(Need n) {
        Group g = of(n);
        return g == null || g.lead() == n;
    }

    private static Amount total(List<Need> shares) {
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        String currency = null;
        for (Need n : shares) {
            Amount a = TotalValue.of(n);
            if (a == null) {
                return null;
            }
            currency = currency == null ? a.currency() : currency;
            min = min.add(a.min() != null ? a.min() : BigDecimal.ZERO);
            max = max == null || a.max() == null ? null : max.add(a.max());
        }
        return new Amount(min, max, currency == null ? "EUR" : currency, "total");
    }
}

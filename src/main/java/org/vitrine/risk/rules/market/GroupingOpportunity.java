package org.vitrine.risk.rules.market;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;
import org.vitrine.risk.reference.Markets;

/**
 * GROUPING_OPPORTUNITY (docs/RISKS.md §4): competitive needs bought alone (route own), not works, launched after
 * the event, in a commodity market (insurance by its 8-digit line), anchored by their contract start or else the
 * day after the current contract ends. Per market, sorted by anchor, a cluster starts at the earliest unassigned
 * need and takes later needs anchored at most 183 days later ({@code withinDays}) while the largest value stays
 * within 10 times the smallest ({@code maxRatio}); clusters of 2 buyers or more and {@code minTotal} are kept (a cluster
 * repeating a buyer's SPLIT_SUSPECT item is dropped afterwards: RiskStage). A need with a section-S or NOT_ALLOTTED item
 * of another rule is left out before the clusters are formed ({@link #putRightFirst}, version 2.24), and a need already
 * divided into lots groups only within its département ({@link #lotted}, version 2.24). Hospitals group with hospitals only. Internal only: never
 * public, and no related ids reach public files. A need whose item would be due before the edition date is left
 * out, the State's services are grouped only with each other ({@link #state}), and members share one région
 * when their places are known ({@link #region}, version 2.9). Version 2.13 (lawyer I): an insurance line is its
 * market's family (aviation and medical liability apart) and its 8-digit code; a network purchase of an entité
 * adjudicatrice groups only with other network purchases ({@link #networkPurchase}).
 */
public final class GroupingOpportunity implements RiskRule.AfterOthers {

    /** Starts within about 3 months: one convention, one timetable (lawyer D: 147 and 177 days apart were noise). */
    static final int WITHIN_DAYS = 92;
    static final double MAX_RATIO = 10;
    /** Below this total a convention voted by each assembly gains nothing worth it (lawyer D: 150 k€ of uniforms). */
    static final double MIN_TOTAL = 216_000;

    /** A need of a market: its anchor, its value, its département (null: not known) and whether it is {@link #lotted}. */
    private record Candidate(Need need, LocalDate anchor, double value, String departement, boolean lotted) {
    }

    @Override
    public String code() {
        return "GROUPING_OPPORTUNITY";
    }

    @Override
    public String defaultSeverity() {
        return "low";
    }

    @Override
    public String section() {
        return "L";
    }

    /**
     * The item would be due (earliest launch less {@code dueMonthsBeforeLaunch}) before the edition date: the
     * deliberations of a convention de groupement can no longer be had in time (issue 17 third review).
     */
    static boolean tooLate(NeedFacts f, RiskContext context, int dueMonths) {
        return context.editionDate() != null && f.launch().first().minusMonths(dueMonths).isBefore(context.editionDate());
    }

    /**
     * A service of the State (buyer kind central or defence). The State's services are one legal person: they pool
     * their purchases among themselves (the regional purchasing platform), while a groupement de commandes (L2113-6)
     * joins distinct legal persons; State and collectivité together is possible but not the obvious advice, so
     * State services are grouped only with each other, and the other buyers with each other (issue 17 third review).
     */
    static boolean state(Need n) {
        String kind = n.buyer() == null ? null : n.buyer().kind();
        return "central".equals(kind) || "defence".equals(kind);
    }

    /**
     * A public hospital (by its name: centre hospitalier, CHU, hôpital, GHT). Its purchasing is pooled in its
     * groupement hospitalier de territoire, whose support establishment buys for all its members (L6132-3 CSP): it
     * is grouped only with other hospitals, never with a commune or a university (lawyer D, 3 of 5 items noise).
     */
    static boolean hospital(Need n) {
        String name = n.buyer() == null || n.buyer().name() == null ? "" : org.vitrine.risk.reference.Words.fold(n.buyer().name());
        return HOSPITAL.matcher(name).find();
    }

    private static final java.util.regex.Pattern HOSPITAL =
            java.util.regex.Pattern.compile("\\b(centre hospitalier|chu|chr|hopital|hopitaux|ght|groupement hospitalier)\\b");

    /**
     * The NUTS 2 region (a French région) of the need's place of performance, or null when not known. Members of a
     * groupement share one territory: an agglomération's fleet fuel in Saône-et-Loire and a port's marine gasoil in
     * Côtes-d'Armor, 500 km apart, are no groupement anyone would set up (lawyer G, CA-27-09 and GPM-27-11). An unknown
     * place groups with any.
     */
    static String region(Need n) {
        String nuts = n.place() == null ? null : n.place().nuts();
        return nuts == null || nuts.length() < 4 ? null : nuts.substring(0, 4);
    }

    /**
     * A service bought by an entité adjudicatrice for its network activity (its EU threshold is the network one,
     * L1212-3 ff.). It groups only with other such purchases: a groupement with pouvoirs adjudicateurs puts its purchase under their
     * rules and thresholds, and an airside terminal's cleaning is specified for its security zone, unlike a
     * métropole's sports halls (lawyer I, SMA-27-01 with MOL-27-02, graded noise).
     */
    static boolean networkPurchase(NeedFacts f) {
        // supplies (electricity, fuel) are the same goods whatever the regime: energy groupements join water syndicates
        // and communes every year (the examples' Région and SIEVS); a service is specified for the network's premises
        return "services".equals(f.need().category()) && org.vitrine.risk.Thresholds.networkActivity(f.need(), f.buyer());
    }

    /**
     * The need has an item of another rule to put right first (version 2.8, lawyer F D7; version 2.24): a section-S item
     * (before the event) or NOT_ALLOTTED (grouping a need still to be divided would make its one lot larger; its lots
     * come first). It is left out before the clusters are formed, so that the other needs of its market cluster without
     * it (lawyer Q R60: a Département's fuel to divide into lots took the Vannes and Quimper fuel cards down with it).
     */
    static boolean putRightFirst(List<org.vitrine.model.RiskFlag> items) {
        for (org.vitrine.model.RiskFlag f : items) {
            if (!f.code().equals("GROUPING_OPPORTUNITY") && ("S".equals(f.section()) || "NOT_ALLOTTED".equals(f.code()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A need already divided into lots (2 or more), unless it is fuel bought by cards. Already in lots, each buyer's
     * purchase is open to the SMEs of its territory; grouped with a buyer of another département, its lots become the
     * lots of one formalised procedure, under specifications that differ, for a gain that pays no member's deliberation
     * (lawyer Q #22, D35-27-09 and VAN27-05, work clothing of Ille-et-Vilaine and Vannes: noise; the lead's decision,
     * version 2.24). Such a need groups only within its département (an unknown place groups with any). Fuel by cards
     * is bought on any network of stations and groups whatever the distance ({@link #fuelCondition}).
     */
    static boolean lotted(Need n, Markets.Market m) {
        int lots = n.lots() != null ? n.lots() : n.lotList().size();
        return lots > 1 && !(fuel(m) && cards(n));
    }

    /** Motor fuel or heating oil. */
    private static boolean fuel(Markets.Market m) {
        return m != null && m.family() != null && (m.family().equals("motor-fuel") || m.family().equals("heating-oil"));
    }

    /** Its title or description names cards or stations ({@link #CARDS}). */
    private static boolean cards(Need n) {
        return CARDS.matcher(words(n)).find();
    }

    private static String words(Need n) {
        return org.vitrine.risk.reference.Words.fold((n.title() == null ? "" : n.title()) + " "
                + (n.description() == null ? "" : n.description()));
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags others, Flags flags) {
        int dueMonths = context.settings().intParam(code(), "dueMonthsBeforeLaunch", 3);
        LocalDate event = context.eventDate();
        Map<String, List<Candidate>> markets = new TreeMap<>();
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            LocalDate anchor = n.contractStart() != null ? n.contractStart().start()
                    : n.incumbentEnd() != null ? n.incumbentEnd().end().plusDays(1) : null;
            Markets.Market m = f.market();
            if (anchor == null || m == null || !f.competitive() || !f.comparable() || !"own".equals(n.route())
                    || "works".equals(n.category()) || (event != null && !f.launch().last().isAfter(event))
                    || tooLate(f, context, dueMonths) || putRightFirst(others.at(f.index()))) {
                continue;
            }
            String key = m.kind() == Markets.Kind.COMMODITY ? m.key()
                    : m.kind() == Markets.Kind.THIN ? m.key() + "|cpv:" + n.cpv().code().substring(0, 8) : null;
            if (key != null) {
                key = (state(n) ? "state|" : hospital(n) ? "hospital|" : "other|") + (networkPurchase(f) ? "network|" : "") + key;
                markets.computeIfAbsent(key, k -> new ArrayList<>()).add(new Candidate(n, anchor, f.value().figure(),
                        org.vitrine.ingest.awards.CompetitionTally.departement(n.place()), lotted(n, m)));
            }
        }
        int within = context.settings().intParam(code(), "withinDays", WITHIN_DAYS);
        double ratio = context.settings().doubleParam(code(), "maxRatio", MAX_RATIO);
        double minTotal = context.settings().doubleParam(code(), "minTotal", MIN_TOTAL);
        Texts t = new Texts(context);
        for (List<Candidate> m : markets.values()) {
            m.sort(Comparator.comparing(Candidate::anchor).thenComparing(c -> c.need().id()));
            boolean[] assigned = new boolean[m.size()];
            for (int i = 0; i < m.size(); i++) {
                if (assigned[i]) {
                    continue;
                }
                assigned[i] = true;
                List<Candidate> cluster = new ArrayList<>();
                cluster.add(m.get(i));
                double low = m.get(i).value();
                double high = low;
                String region = region(m.get(i).need());
                java.util.Set<String> departements = new java.util.TreeSet<>();
                if (m.get(i).departement() != null) {
                    departements.add(m.get(i).departement());
                }
                boolean lots = m.get(i).lotted();
                LocalDate limit = m.get(i).anchor().plusDays(within);
                for (int j = i + 1; j < m.size() && !m.get(j).anchor().isAfter(limit); j++) {
                    Candidate c = m.get(j);
                    double v = c.value();
                    String r = region(c.need());
                    // version 2.24 (lawyer Q #22): a cluster holding a need already divided into lots stays in one département
                    boolean oneDepartement = c.departement() == null || departements.isEmpty()
                            || departements.size() == 1 && departements.contains(c.departement());
                    if (!assigned[j] && Math.max(high, v) <= ratio * Math.min(low, v) && (region == null || r == null || region.equals(r))
                            && (oneDepartement || !(lots || c.lotted()))) {
                        region = region == null ? r : region;
                        if (c.departement() != null) {
                            departements.add(c.departement());
                        }
                        lots |= c.lotted();
                        assigned[j] = true;
                        cluster.add(m.get(j));
                        low = Math.min(low, v);
                        high = Math.max(high, v);
                    }
                }
                List<Need> members = cluster.stream().map(Candidate::need).toList();
                int buyers = Members.buyers(members);
                double total = cluster.stream().mapToDouble(Candidate::value).sum();
                if (buyers >= 2 && total >= minTotal) {
                    String fuel = fuelCondition(members, context);
                    if (fuel == null) {
                        continue;
                    }
                    String formalised = formalised(members, total, context, t);
                    boolean small = members.stream().anyMatch(n -> context.buyer(n).small());
                    // a convention de groupement needs each member's deliberation (L2113-6, L2113-7): months, not weeks
                    java.time.LocalDate first = members.stream().map(x -> x.launch().start()).min(java.util.Comparator.naturalOrder())
                            .orElseThrow();
                    flags.group(this, context, members).due(first.minusMonths(dueMonths)).add("risk.GROUPING_OPPORTUNITY", members.size(), buyers, t.euros(total),
                            t.list(members, n -> t.member(n) + ", " + t.value(context.facts(n).value()) + ", "
                                    + t.date(cluster.get(members.indexOf(n)).anchor()), Members.maxListed(context, code())),
                            small ? 1 : 0, ChronoUnit.DAYS.between(cluster.get(0).anchor(), cluster.get(cluster.size() - 1).anchor()),
                            t.date(first), dueMonths, formalised, fuel);
                }
            }
        }
    }

    /** Motor fuel bought by cards on a network of stations (30163100 « cartes accréditives », « cartes carburant »). */
    private static final java.util.regex.Pattern CARDS = java.util.regex.Pattern.compile("\\bcartes?\\b|\\bstations?\\b|\\bpompes? publiques?\\b");
    /** Motor or heating fuel delivered in bulk to the buyer's own tanks. */
    private static final java.util.regex.Pattern BULK = java.util.regex.Pattern.compile("\\b(vrac|cuves?|citernes?|livre|livree|livres|livrees|livraisons?)\\b");

    /**
     * Fuel of members in different départements (lawyer N, defect 6): by cards it is bought on any network of stations and
     * groups whatever the distance; delivered in bulk to each site it groups only with a common logistics (one
     * delivery area, one carrier), which a groupement does not give by itself. Null: no item (a member says bulk
     * delivery, none says cards); "" : nothing to add (one département, or cards for all); else the condition to state.
     */
    static String fuelCondition(List<Need> members, RiskContext context) {
        if (!fuel(context.facts(members.get(0)).market())) {
            return "";
        }
        java.util.Set<String> departements = new java.util.TreeSet<>();
        boolean allCards = true;
        boolean bulk = false;
        for (Need n : members) {
            String d = org.vitrine.ingest.awards.CompetitionTally.departement(n.place());
            if (d != null) {
                departements.add(d);
            }
            boolean cards = cards(n);
            allCards &= cards;
            bulk |= !cards && BULK.matcher(words(n)).find();
        }
        if (departements.size() < 2 || allCards) {
            return "";
        }
        return bulk ? null : " " + context.messages().get("risk.GROUPING_OPPORTUNITY.fuel");
    }

    /**
     * The sentence saying that the cluster's total reaches the formalised threshold (lawyer N, defect 3), at the lowest
     * threshold of its members; "" when it does not, or when every member is already at or above it alone.
     */
    static String formalised(List<Need> members, double total, RiskContext context, Texts t) {
        org.vitrine.risk.Threshold low = null;
        boolean oneBelow = false;
        for (Need n : members) {
            NeedFacts f = context.facts(n);
            if (f.eu() != null && (low == null || f.eu().value() < low.value())) {
                low = f.eu();
            }
        }
        if (low == null || total < low.value()) {
            return "";
        }
        for (Need n : members) {
            NeedFacts f = context.facts(n);
            oneBelow |= f.value() != null && f.value().below(low.value());
        }
        return !oneBelow ? "" : " " + context.messages().get("risk.GROUPING_OPPORTUNITY.formalised", t.euros(total), t.euros(low.value()),
                t.basis(low), total > low.value() ? 1 : 0);
    }
}

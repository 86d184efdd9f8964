package org.vitrine.risk.rules.market;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.normalise.parse.Places;
import org.vitrine.risk.reference.Words;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;
import org.vitrine.risk.Threshold;
import org.vitrine.risk.rules.need.MapaAboveThreshold;
import org.vitrine.risk.rules.need.NotAllotted;

/**
 * SPLIT_SUSPECT (docs/RISKS.md §3): a buyer's needs of one market (supplies and services, R2121-6) or of one works
 * operation or site (R2121-5), each planned under MAPA, exempt or without a procedure and each certainly under a
 * threshold X, whose min values add up to X or more. X is T, the dispense threshold (if a member is exempt or has
 * no procedure) or 90 000 € (if a member is adapted or has none, and bought as a contracting authority: R2131-12
 * does not bind an entité adjudicatrice's network purchase); works test 5 404 000 €, 100 000 € and 90 000 €.
 * One item per group at the highest X crossed. Supplies and services are launched in the forecast year; works
 * launches lie within 12 months ({@code worksMonths}); a site that is a commune, a département, a region, a NUTS
 * code or "tous sites" groups nothing; without a site column, the building named in the title is the site. Works
 * always say that their value is the whole operation's; at the works threshold T the item is high and in section S
 * ({@code worksSeverity}), as grave as MAPA_ABOVE_THRESHOLD. Grouping is one HashMap pass: O(n).
 */
public final class SplitSuspect implements RiskRule {

    static final int WORKS_MONTHS = 12;

    /**
     * A group: one buyer and one market, operation or site; and, when the titles of a market split it, the trades its
     * titles name ({@link #splitUnlikeTrades}: "" for none), else null.
     */
    private record Key(String buyer, String key, String trades) {

        Key(String buyer, String key) {
            this(buyer, key, null);
        }

        static final Comparator<Key> ORDER = Comparator.comparing(Key::buyer).thenComparing(Key::key)
                .thenComparing(Key::trades, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
    private static final Pattern NOT_A_SITE = Pattern.compile(
            "^(\\d{1,3}|2a|2b|fr[a-z0-9]{0,3})( .*)?$|^(tous|toutes|divers|plusieurs|multi)( les)? ?sites?$|.*\\b(departement|region|commune|territoire|ville de)\\b.*");

    /**
     * Version 2.21 (lawyer O, VM-27-80/81): the building words, as folded word sequences; a building is named by a proper
     * noun phrase (or a number) after one of them, its qualifiers and a connector.
     */
    private static final List<List<String>> BUILDING_WORDS = java.util.stream.Stream.of("batiment", "gymnase", "college", "lycee",
            "ecole", "groupe scolaire", "creche", "piscine", "mairie", "hotel de ville", "internat", "bibliotheque", "mediatheque",
            "musee", "stade", "caserne", "centre de secours", "chateau d eau", "eglise", "halle", "salle", "salle des fetes",
            "theatre", "conservatoire", "complexe sportif", "centre aquatique", "maison de quartier", "palais des sports", "dojo")
            .map(w -> List.of(w.split(" "))).sorted(Comparator.comparingInt((List<String> w) -> w.size()).reversed()).toList();
    /**
     * Version 2.23 (lawyer Q, trap R29: « groupe scolaire Jacques Prévert » and « École Jacques-Prévert » of one commune):
     * building words one building goes by, folded to one in the key (the name as written is kept for the message).
     */
    private static final java.util.Map<String, String> SAME_BUILDING_WORD = java.util.Map.of("groupe scolaire", "ecole",
            "hotel de ville", "mairie");
    /** Words after a building word that qualify it and name nothing (« école maternelle », « gymnase municipal »). */
    private static final java.util.Set<String> QUALIFIERS = java.util.Set.of("maternelle", "elementaire", "primaire", "agricole",
            "universitaire", "prefectorale", "polyvalente", "polyvalent", "municipale", "municipal", "communautaire", "intercommunal",
            "intercommunale", "departemental", "departementale", "regional", "regionale", "omnisports", "multisports", "sportif",
            "sportive", "principal", "principale", "public", "publique", "professionnel", "elementaires", "sport", "sports");
    /** Small words: a connector before a name, inside one only when a capitalised word follows (« Pierre de Coubertin »). */
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("du", "de", "des", "d", "la", "le", "les", "l");
    /** Words that end a name, capitalised or not (« Collège Jean-Moulin Lot 2 », « … pour la cantine »). */
    private static final java.util.Set<String> NAME_STOPS = java.util.Set.of("et", "a", "au", "aux", "pour", "travaux", "lot", "lots",
            "tranche", "phase", "en", "sur", "avec", "neuf", "neuve", "marche", "n", "no");
    /** A street or area word: the name after it is an address's (« salle polyvalente rue Jean-Moulin »), not a building's. */
    private static final java.util.Set<String> STREETS = java.util.Set.of("rue", "avenue", "av", "boulevard", "bd", "place", "allee",
            "allees", "chemin", "impasse", "route", "quai", "cours", "square", "parvis", "esplanade", "quartier", "zone", "lieu",
            "lieudit", "secteur", "rond", "voie");

    /** A building named in a text: its folded key (« gymnase jean moulin ») and its words as written (« Gymnase Jean-Moulin »). */
    record Building(String key, String written) {
    }

    @Override
    public String code() {
        return "SPLIT_SUSPECT";
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
        Map<Key, List<NeedFacts>> groups = new HashMap<>();
        // every works need's operation, site or building, worked out once for this pass and the programmes' (revG R5)
        Map<Need, String> worksKeys = new java.util.IdentityHashMap<>();
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            if (works(n)) {
                worksKeys.put(n, worksKey(n));
            }
            String p = n.procedure();
            if (!f.open() || !f.comparable() || !(p == null || "adapted".equals(p) || dispensed(n) || capped(n) != null)) {
                continue;
            }
            String key = works(n) ? worksKeys.get(n) : suppliesKey(f, context);
            // a reserved contract (L2113-12, L2113-13) is a distinct need, open to its pool only: summed only with the
            // buyer's other contracts reserved to that pool (version 2.13, lawyer I MOL-27-05 with MOL-27-21)
            String buyer = Members.buyerId(n) + Members.poolKey(n);
            if (key != null) {
                groups.computeIfAbsent(new Key(buyer, key), k -> new ArrayList<>()).add(f);
            }
        }
        splitUnlikeClasses(groups);
        splitUnlikeTrades(groups);
        Texts t = new Texts(context);
        int months = context.settings().intParam(code(), "worksMonths", WORKS_MONTHS);
        // only groups of two or more can add up: most keys hold one need, and need not be sorted
        List<Key> keys = new ArrayList<>();
        groups.forEach((key, group) -> {
            if (group.size() >= 2) {
                keys.add(key);
            }
        });
        keys.sort(Key.ORDER);
        for (Key key : keys) {
            List<NeedFacts> group = groups.get(key);
            group.sort(Comparator.comparing((NeedFacts f) -> f.launch().first()).thenComparing(f -> f.need().id()));
            boolean works = works(group.get(0).need());
            if (works && !withinMonths(group, months)) {
                continue;
            }
            check(group, works, key.key(), context, flags, t);
        }
        programmes(context, flags, t, worksKeys);
        smallLots(context, flags, t, months);
    }

    /** R2123-1 2°: a works lot may be a MAPA in an operation at or above T if under 1 M€ and all such lots ≤ 20 % (SmallLots). */
    static final double SMALL_WORKS_LOT = org.vitrine.risk.SmallLots.WORKS_LOT;
    /** R2123-1 2°: a supplies or services lot may be a MAPA under 80 000 € (all such lots ≤ 20 %). */
    static final double SMALL_SUPPLIES_LOT = org.vitrine.risk.SmallLots.SUPPLIES_LOT;
    static final double SMALL_LOTS_SHARE = org.vitrine.risk.SmallLots.SHARE;

    /**
     * Version 2.9 (lawyer G, T26 DIR-27-02..05): a works operation (its {@code Opération} cell) of a buyer at or above
     * T whose main lot is put to a formalised procedure and whose other lots are MAPAs. The MAPA lots are lawful only
     * as petits lots (R2123-1 2°): each under 1 000 000 € and together at most 20 % of the operation. The commonest
     * real pattern (the large lot by AOO, the small ones by MAPA) was never summed, the works variant above taking
     * MAPA members only. One item on the MAPA lots, high and in section S (a référé risk, as MAPA_ABOVE_THRESHOLD).
     */
    private void smallLots(RiskContext context, Flags flags, Texts t, int months) {
        Map<Key, List<NeedFacts>> ops = new HashMap<>();
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            String op = Words.fold(n.operation());
            if (f.open() && f.comparable() && works(n) && !op.isEmpty()) {
                ops.computeIfAbsent(new Key(Members.buyerId(n), op), k -> new ArrayList<>()).add(f);
            }
        }
        List<Key> keys = new ArrayList<>(ops.keySet());
        keys.sort(Key.ORDER);
        for (Key key : keys) {
            List<NeedFacts> group = ops.get(key);
            group.sort(Comparator.comparing((NeedFacts f) -> f.launch().first()).thenComparing(f -> f.need().id()));
            List<NeedFacts> mapa = group.stream().filter(f -> f.need().procedure() == null || "adapted".equals(f.need().procedure())).toList();
            if (group.size() < 2 || mapa.isEmpty() || mapa.size() == group.size() || !withinMonths(group, months)) {
                continue; // all MAPA: the works variant above judges the total
            }
            double total = group.stream().mapToDouble(f -> f.value().min()).sum();
            double small = mapa.stream().mapToDouble(f -> f.value().min()).sum();
            double eu = lowestEu(group);
            List<NeedFacts> large = mapa.stream().filter(f -> f.value().atLeast(SMALL_WORKS_LOT)).toList();
            if (total < eu || small <= SMALL_LOTS_SHARE * total && large.isEmpty()) {
                continue;
            }
            List<Need> members = mapa.stream().map(NeedFacts::need).toList();
            // only what exceeds the 20 % must leave the MAPA, with every lot of 1 M€ or more (lawyer I, OHA-27-06: of
            // 1.4 M€ of MAPA lots in a 6.0 M€ operation, 1.2 M€ may stay, 200 000 € must move)
            double cap = SMALL_LOTS_SHARE * total;
            double move = small - Math.min(cap, small - large.stream().mapToDouble(f -> f.value().min()).sum());
            Flags.Builder b = flags.group(this, context, members).severity(context.settings().stringParam(code(), "worksSeverity", "high"))
                    .section("S");
            b.add("risk.SPLIT_SUSPECT.smallLots", originalName(members.get(0), "op:" + key.key()), group.size(), t.euros(total),
                    t.euros(eu), t.list(members, n -> n.title() + " (" + t.value(context.facts(n).value()) + ")", Members.maxListed(context, code())),
                    t.euros(small), Math.round(100 * small / total), large.isEmpty() ? "" : t.list(large.stream().map(NeedFacts::need).toList(),
                            n -> n.reference(), Members.maxListed(context, code())), large.isEmpty() ? 0 : 1, t.euros(cap), t.euros(move));
        }
    }

    /**
     * Version 2.6 (lawyer D, T2): a buyer's works of one CPV class (4 digits: roofing 4526), each under the works
     * dispense threshold and planned without publicity (exempt, negotiated without call or none), launched in the
     * forecast year, whose min values add up to that threshold or more. Different buildings are not one site, but
     * identical works in one year may be one opération (R2121-5: unity of function, technique or economy): a question,
     * low and in section L, not a finding. Needs already in a works item of an operation or site are left out.
     */
    private void programmes(RiskContext context, Flags flags, Texts t, Map<Need, String> worksKeys) {
        // needs sharing an operation, site or building with another need of their buyer: one pass, counted
        Map<Key, Integer> operations = new HashMap<>();
        for (NeedFacts f : context.all()) {
            String op = worksKeys.get(f.need());
            if (op != null) {
                operations.merge(new Key(Members.buyerId(f.need()), op), 1, Integer::sum);
            }
        }
        Map<Key, List<NeedFacts>> groups = new HashMap<>();
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            String p = n.procedure();
            String op = worksKeys.get(n);
            if (!f.open() || !f.comparable() || !works(n) || n.cpv() == null
                    || op != null && operations.get(new Key(Members.buyerId(n), op)) > 1
                    || !(p == null || "exempt".equals(p) || "negotiated_without_call".equals(p))
                    || !f.value().below(f.dispense().value()) || f.launch().first().getYear() != context.year()
                    || f.launch().last().getYear() != context.year()) {
                continue;
            }
            // version 2.23 (lawyer Q, PLE-27-21/25): one kind of work, the CPV's 5 digits (roofing 45261), not its class
            // (4526 holds roofs and masonry: a sports-hall roof and a cemetery wall have no unity, R2121-5)
            groups.computeIfAbsent(new Key(Members.buyerId(n), n.cpv().code().substring(0, 5)), k -> new ArrayList<>()).add(f);
        }
        splitUnlikeTrades(groups);
        List<Key> keys = new ArrayList<>(groups.keySet());
        keys.sort(Key.ORDER);
        for (Key key : keys) {
            List<NeedFacts> group = groups.get(key);
            double sum = group.stream().mapToDouble(f -> f.value().min()).sum();
            Threshold x = group.get(0).dispense();
            if (group.size() < 2 || sum < x.value()) {
                continue;
            }
            group.sort(Comparator.comparing((NeedFacts f) -> f.launch().first()).thenComparing(f -> f.need().id()));
            List<Need> members = group.stream().map(NeedFacts::need).toList();
            flags.group(this, context, members).severity(context.settings().stringParam(code(), "programmeSeverity", "low"))
                    .add("risk.SPLIT_SUSPECT.programme", members.size(), t.euros(sum), t.euros(x.value()), t.basis(x),
                            t.list(members, n -> n.title() + " (" + t.value(context.facts(n).value()) + ")",
                                    Members.maxListed(context, code())), key.key() + "000");
        }
    }


    private void check(List<NeedFacts> group, boolean works, String key, RiskContext context, Flags flags, Texts t) {
        for (Threshold x : thresholds(group, context)) {
            if (isCeiling(x)) {
                if (ceiling(group, x, key, context, flags, t)) {
                    return;
                }
                continue;
            }
            List<Need> members = new ArrayList<>();
            double sum = 0;
            boolean gated = false;
            boolean allBelow = true;
            for (NeedFacts f : group) {
                // works (R2121-5): the whole operation counts, members above X included; the flag needs one member
                // below X planned under the procedure X rules out (a dispense under 100 000 €, a MAPA under T)
                if (works || f.value().below(x.value())) {
                    members.add(f.need());
                    sum += f.value().min();
                    gated |= f.value().below(x.value()) && gatedBy(f, x);
                    allBelow &= f.value().below(x.value());
                }
            }
            if (members.size() >= 2 && sum >= x.value() && (!works || gated)) {
                String where = key.startsWith("op:") || key.startsWith("site:") || key.startsWith("bldg:") ? originalName(members.get(0), key)
                        : Members.label(marketOf(key, context.facts(members.get(0)).market(), members), members.get(0), context);
                Flags.Builder b = flags.group(this, context, members);
                String listed = t.list(members, n -> n.title() + " (" + t.value(context.facts(n).value()) + ")",
                        Members.maxListed(context, code()));
                if (works && x.value() >= lowestEu(group)) {
                    // MAPAs of one operation reaching the works threshold: a formalised procedure was due, the same
                    // référé risk as MAPA_ABOVE_THRESHOLD (issue 17 fourth review, A VB-27-95/96)
                    b.severity(context.settings().stringParam(code(), "worksSeverity", "high")).section("S");
                }
                if (key.startsWith("bldg:")) {
                    // version 2.21 (lawyer O, VM-27-80/81): one building named in the titles, no operation cell: the item
                    // says which building, and the remedy the threshold crossed calls for
                    b.add("risk.SPLIT_SUSPECT.building", members.size(), t.euros(sum), t.euros(x.value()), t.basis(x), listed,
                            where, remedy(x), org.vitrine.risk.SmallLots.exception(t, "works", 0));
                    return;
                }
                List<String> codes = members.stream().map(n -> n.cpv().code().substring(0, 8)).distinct().sorted().toList();
                if (allBelow && !works && codes.size() > 1) {
                    // version 2.21 (lawyer O, SMEA-27-62/22): one market under different codes (a family of the markets
                    // table, sibling codes): the item says the codes differ and what the total calls for
                    b.add("risk.SPLIT_SUSPECT.codes", members.size(), t.euros(sum), t.euros(x.value()), t.basis(x), listed,
                            where, String.join(", ", codes), remedy(x), org.vitrine.risk.SmallLots.exception(t, "supplies", 1));
                    return;
                }
                b.add(allBelow && !works ? "risk.SPLIT_SUSPECT" : "risk.SPLIT_SUSPECT.operation", members.size(), t.euros(sum), t.euros(x.value()),
                        t.basis(x), listed, where, works ? 1 : 0, x.basis() == Threshold.Basis.dispense_supplies ? 1 : 0);
                return;
            }
        }
    }

    /**
     * The remedy the threshold crossed calls for (the choice of the building and codes items): 1 a dispense threshold
     * (publicity from then on), 2 the BOAMP threshold (a notice), 0 the EU threshold (a formalised procedure).
     */
    private static int remedy(Threshold x) {
        return x.basis() == Threshold.Basis.dispense_works || x.basis() == Threshold.Basis.dispense_supplies ? 1
                : x.basis() == Threshold.Basis.publicity ? 2 : 0;
    }

    /**
     * Lawyer L, MRG-27-09 and -10: books bought without publicity under R2122-9 (a ground capped at 90 000 €; the same
     * for innovation, R2122-9-1) whose homogeneous purchases add up to its ceiling: the need's value is their total
     * (R2121-1, R2121-6), so the ground holds for none of them. Every member counts, one above the ceiling included
     * (it is MAPA_ABOVE_THRESHOLD's on its own); the item needs a member under it that relies on the ground.
     */
    private boolean ceiling(List<NeedFacts> group, Threshold x, String key, RiskContext context, Flags flags, Texts t) {
        double sum = group.stream().mapToDouble(f -> f.value().min()).sum();
        boolean gated = group.stream().anyMatch(f -> f.value().below(x.value()) && capped(f.need()) == x.basis());
        if (sum < x.value() || !gated) {
            return false;
        }
        List<Need> members = group.stream().map(NeedFacts::need).toList();
        flags.group(this, context, members).add("risk.SPLIT_SUSPECT.ceiling", members.size(), t.euros(sum), t.euros(x.value()),
                t.basis(x), t.list(members, n -> n.title() + " (" + t.value(context.facts(n).value()) + ")",
                        Members.maxListed(context, code())), Members.label(marketOf(key, context.facts(members.get(0)).market(), members),
                        members.get(0), context));
        return true;
    }

    private static boolean isCeiling(Threshold x) {
        return x.basis() == Threshold.Basis.books || x.basis() == Threshold.Basis.innovative;
    }

    /** The capped ground (books, innovation) a purchase planned without publicity rests on alone, else null. */
    static Threshold.Basis capped(Need n) {
        boolean noCall = "exempt".equals(n.procedure()) || "negotiated_without_call".equals(n.procedure());
        return noCall ? MapaAboveThreshold.cappedBasis(n) : null;
    }

    /** The market a group is named by: for sibling codes, their 6-digit parent (« 42414100 Grues »). */
    private static org.vitrine.risk.reference.Markets.Market marketOf(String key, org.vitrine.risk.reference.Markets.Market first,
            List<Need> members) {
        boolean siblings = key.startsWith(CLASS) && members.stream().map(n -> n.cpv().code().substring(0, 8)).distinct().count() > 1;
        return siblings ? new org.vitrine.risk.reference.Markets.Market("cpv:" + key.substring(CLASS.length()) + "00",
                org.vitrine.risk.reference.Markets.Kind.OTHER, null) : first;
    }

    /** The lowest EU threshold of the group's members (the T of works for a works group). */
    private static double lowestEu(List<NeedFacts> group) {
        double eu = Double.MAX_VALUE;
        for (NeedFacts f : group) {
            eu = Math.min(eu, f.eu().value());
        }
        return eu;
    }

    /** True when the member's planned procedure is lawful only below X: T for a MAPA, the dispense for an exempt need. */
    private static boolean gatedBy(NeedFacts f, Threshold x) {
        String p = f.need().procedure();
        if (x.basis() == f.dispense().basis()) {
            return p == null || dispensed(f.need());
        }
        if (x.basis() == f.publicity().basis()) {
            return p == null || "adapted".equals(p);
        }
        return p == null || "adapted".equals(p) || dispensed(f.need());
    }

    /**
     * The thresholds to test, highest first: T (the lowest of the members'), dispense, 90 000 € as the members allow,
     * and the ceiling of a capped ground (books, innovation) a member rests on.
     */
    private static List<Threshold> thresholds(List<NeedFacts> group, RiskContext context) {
        Threshold eu = null;
        Threshold dispense = null;
        Threshold publicity = null;
        Threshold ceiling = null;
        for (NeedFacts f : group) {
            String p = f.need().procedure();
            Threshold.Basis capped = capped(f.need());
            if (capped != null) {
                Threshold c = context.thresholds().ceiling(capped, f.launch().first(), f.launch().last());
                ceiling = ceiling == null || c.value() < ceiling.value() ? c : ceiling;
            }
            eu = eu == null || f.eu().value() < eu.value() ? f.eu() : eu;
            if (p == null || dispensed(f.need())) {
                dispense = dispense == null || f.dispense().value() < dispense.value() ? f.dispense() : dispense;
            }
            if ((p == null || "adapted".equals(p)) && boundByPublicity(f)) {
                publicity = f.publicity();
            }
        }
        List<Threshold> out = new ArrayList<>(3);
        for (Threshold x : new Threshold[] {eu, dispense, publicity, ceiling}) {
            if (x != null) {
                out.add(x);
            }
        }
        out.sort(Comparator.comparingDouble(Threshold::value).reversed());
        return out;
    }

    /**
     * True when R2131-12 (a BOAMP or JAL notice from 90 000 €) binds the purchase: it binds contracting authorities
     * (the State, its établissements, local authorities), not a purchase for a network activity as an entité
     * adjudicatrice, whose MAPA publicity is free under its own threshold (lawyer G, defect 5: a grand port maritime's
     * 80 + 70 k€ of clothing).
     */
    static boolean boundByPublicity(NeedFacts f) {
        return f.eu() == null || f.eu().basis() != Threshold.Basis.network && f.eu().basis() != Threshold.Basis.social_network;
    }

    /**
     * Planned without publicity under the dispense threshold (R2122-8): « dispense », or « sans publicité ni mise en
     * concurrence » with no other ground written in the row (R2122-1 ff., an exclusion), which for a small purchase is
     * the same order (lawyer F, D9: 3 × 30 000 € of office supplies so planned, never grouped before).
     */
    static boolean dispensed(Need n) {
        return "exempt".equals(n.procedure())
                || "negotiated_without_call".equals(n.procedure()) && !MapaAboveThreshold.basisWritten(n);
    }

    static boolean works(Need n) {
        return "works".equals(n.category()) || (n.cpv() != null && n.cpv().code().startsWith("45"));
    }

    private static String suppliesKey(NeedFacts f, RiskContext c) {
        if (f.market() == null || f.launch().first().getYear() != c.year() || f.launch().last().getYear() != c.year()) {
            return null;
        }
        String key = f.market().key();
        // version 2.10 (lawyer G, T8): a code of its own under a 7-digit level (42414110 grues portuaires, 42414120 grues
        // de quai) is one product's finest cut; siblings under one 6-digit code may be homogeneous supplies (R2121-6)
        if (f.market().family() == null && key.startsWith("cpv:") && !key.endsWith("00")) {
            return CLASS + key.substring(4, 10);
        }
        return "market:" + key;
    }

    /** Keys of the groups of sibling 8-digit codes under one 6-digit code ({@link #suppliesKey}). */
    private static final String CLASS = "market:class:";
    /** Words a supply's title starts with that name no object (« Fourniture de », « Achat de »), and the small words. */
    private static final Pattern NO_OBJECT = Pattern.compile("\\b(fournitures?|achats?|acquisitions?|prestations?|services?|marches?"
            + "|de|des|du|d|la|le|les|l|pour|et|a|au|aux|en|sur|n|no)\\b");
    /** The object a title names: its first three words that name something (« pieces detachees grues »). */
    static String object(String title) {
        String[] words = NO_OBJECT.matcher(Words.fold(title)).replaceAll(" ").strip().split(" +");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(3, words.length)));
    }

    /**
     * Sibling codes are one market only on evidence that they are one product: every title names the same object
     * (« Pièces détachées pour les grues portuaires… » and « … pour les grues de quai »: the same fleet's spare parts).
     * Otherwise the group splits back to its 8-digit codes, as before version 2.10 (each code its own market).
     */
    private static void splitUnlikeClasses(Map<Key, List<NeedFacts>> groups) {
        Map<Key, List<NeedFacts>> split = new HashMap<>();
        for (java.util.Iterator<Map.Entry<Key, List<NeedFacts>>> it = groups.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Key, List<NeedFacts>> e = it.next();
            List<NeedFacts> g = e.getValue();
            if (!e.getKey().key().startsWith(CLASS)) {
                continue;
            }
            boolean oneCode = g.stream().map(f -> f.market().key()).distinct().count() == 1;
            boolean oneObject = g.stream().map(f -> object(f.need().title())).distinct().count() == 1;
            if (!oneCode && !oneObject) {
                it.remove();
                for (NeedFacts f : g) {
                    split.computeIfAbsent(new Key(e.getKey().buyer(), "market:" + f.market().key()), k -> new ArrayList<>()).add(f);
                }
            }
        }
        groups.putAll(split);
    }

    /**
     * Version 2.14 (lawyer J, defect 4): one code is not one object when the titles name different trades — the joinery
     * of a hall and the electrics of a church, both 45000000; heating upkeep and electrical checks, both 50710000 — each
     * a market of its own firms (R2121-6 homogeneity, R2121-5 unity of technique). A group keyed by a code (a market or
     * a works class, never an operation, site or building, whose trades are its lots) whose titles name two different
     * sets of trades ({@link NotAllotted#trades}) splits by the trades named; titles naming the same trade, or none,
     * stay together.
     */
    private static void splitUnlikeTrades(Map<Key, List<NeedFacts>> groups) {
        Map<Key, List<NeedFacts>> split = new HashMap<>();
        for (java.util.Iterator<Map.Entry<Key, List<NeedFacts>>> it = groups.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Key, List<NeedFacts>> e = it.next();
            String key = e.getKey().key();
            if (e.getValue().size() < 2 || key.startsWith("op:") || key.startsWith("site:") || key.startsWith("bldg:")) {
                continue;
            }
            Map<String, List<NeedFacts>> byTrades = new java.util.TreeMap<>();
            for (NeedFacts f : e.getValue()) {
                byTrades.computeIfAbsent(String.join("+", NotAllotted.trades(Words.fold(f.need().title()))), k -> new ArrayList<>()).add(f);
            }
            if (byTrades.keySet().stream().filter(k -> !k.isEmpty()).count() >= 2) {
                it.remove();
                byTrades.forEach((trades, g) -> split.put(new Key(e.getKey().buyer(), key, trades), g));
            }
        }
        groups.putAll(split);
    }

    /**
     * The same operation, else the same site, else the same building named in the title ({@link #building}); null
     * without any (the works variant does not run).
     */
    private static String worksKey(Need n) {
        String op = Words.fold(n.operation());
        if (!op.isEmpty()) {
            return "op:" + op;
        }
        String site = Words.fold(n.site());
        // a site that repeats the location cell, or names a commune, a département or a region alone (« Albi »), is
        // no evidence of one site: it would join all the buyer's works there (review revG R4)
        if (!site.isEmpty() && !NOT_A_SITE.matcher(site).matches() && !site.equals(Words.fold(n.location()))
                && !Places.load().isPlaceName(n.site())) {
            return "site:" + site;
        }
        // no site, or a place or « tous sites » in it: the building named in the title, else in the location cell
        Building b = buildingOf(n);
        return b == null ? null : "bldg:" + b.key();
    }

    /** The building of a works need: named in its title, else in its location cell (version 2.21); null if none. */
    static Building buildingOf(Need n) {
        Building b = buildingIn(n.title());
        return b != null ? b : buildingIn(n.location());
    }

    /** One word of a text: its folded form, its bounds, capitalised (or a number), and whether punctuation precedes it. */
    private record Token(String folded, int start, int end, boolean cap, boolean breakBefore) {
    }

    /** What joins two words of one name: a hyphen or an apostrophe; and spaces, no-break ones included. */
    private static final Pattern JOINER = Pattern.compile("[-‐‑'’]");
    private static final Pattern SPACES = Pattern.compile("[  ]*");

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int prevEnd = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            String sep = text.substring(prevEnd, start);
            // a hyphen or an apostrophe joins (« Jean-Moulin », « l'école »), spaces separate; anything else (a dash, a
            // comma, a bracket, a spaced hyphen) ends a name
            boolean joined = JOINER.matcher(sep).matches() || sep.isBlank() || SPACES.matcher(sep).matches();
            char c = text.charAt(start);
            out.add(new Token(Words.fold(text.substring(start, i)), start, i, Character.isUpperCase(c) || Character.isDigit(c),
                    !out.isEmpty() && !joined));
            prevEnd = i;
        }
        return out;
    }

    /**
     * Version 2.21 (lawyer O, VM-27-80/81: « Gymnase Jean-Moulin — réfection de la toiture » and « Gymnase Jean-Moulin —
     * remplacement des menuiseries extérieures »): the last building word of the text with the name after it. The name
     * is a proper noun phrase: capitalised words or numbers (connectors inside it only before a capitalised word: « lycée
     * Jean-Jaurès de Carmaux »), ending at punctuation, at a lowercase word or at a stop word (« lot », « tranche »). When
     * the capitals carry nothing (a title in capitals, or in lowercase after its first word), the name is 1 to 3 words up
     * to punctuation or a small word, as before. A name that starts with a street word is an address (« salle polyvalente
     * rue Jean-Moulin »): no building.
     */
    static Building buildingIn(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Token> tk = tokens(text);
        boolean cased = !text.equals(text.toUpperCase(java.util.Locale.ROOT))
                && tk.stream().skip(1).anyMatch(Token::cap);
        Building found = null;
        for (int i = 0; i < tk.size(); i++) {
            int j = matchBuildingWord(tk, i);
            if (j < 0) {
                continue;
            }
            String word = String.join(" ", tk.subList(i, j).stream().map(Token::folded).toList());
            word = SAME_BUILDING_WORD.getOrDefault(word, word);
            while (j < tk.size() && !tk.get(j).breakBefore() && QUALIFIERS.contains(tk.get(j).folded())) {
                j++;
            }
            // « de sport(s) »: a qualifier after a connector
            if (j + 1 < tk.size() && List.of("de", "des").contains(tk.get(j).folded()) && List.of("sport", "sports").contains(tk.get(j + 1).folded())) {
                j += 2;
            }
            // a connector: du, de la, de l', des, de, d'
            if (j < tk.size() && !tk.get(j).breakBefore() && CONNECTORS.contains(tk.get(j).folded())) {
                j++;
                if (j < tk.size() && !tk.get(j).breakBefore() && tk.get(j - 1).folded().equals("de")
                        && List.of("la", "l").contains(tk.get(j).folded())) {
                    j++;
                }
            }
            int end = nameEnd(tk, j, cased);
            if (end > j && !STREETS.contains(tk.get(j).folded())) {
                String name = String.join(" ", tk.subList(j, end).stream().map(Token::folded).toList());
                found = new Building(word + " " + name, text.substring(tk.get(i).start(), tk.get(end - 1).end()));
            }
        }
        return found;
    }

    /** The end (exclusive) of the building word starting at token i, or -1. */
    private static int matchBuildingWord(List<Token> tk, int i) {
        for (List<String> w : BUILDING_WORDS) {
            if (i + w.size() > tk.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < w.size() && match; k++) {
                match = tk.get(i + k).folded().equals(w.get(k)) && (k == 0 || !tk.get(i + k).breakBefore());
            }
            if (match) {
                return i + w.size();
            }
        }
        return -1;
    }

    /** The end (exclusive) of the name starting at token j: j when there is none. */
    private static int nameEnd(List<Token> tk, int j, boolean cased) {
        int end = j;
        int limit = cased ? 6 : 3;
        for (int k = j; k < tk.size() && k - j < limit; k++) {
            Token t = tk.get(k);
            if (t.breakBefore() || NAME_STOPS.contains(t.folded()) || matchBuildingWord(tk, k) >= 0) {
                break;
            }
            if (!cased) {
                if (CONNECTORS.contains(t.folded())) {
                    break;
                }
                end = k + 1;
                continue;
            }
            if (t.cap()) {
                end = k + 1;
            } else if (!(CONNECTORS.contains(t.folded()) && k > j)) {
                break;
            }
            // a connector is kept only if a capitalised word follows it: « end » moves on that word only
        }
        return end;
    }

    private static String originalName(Need n, String key) {
        // a bldg: key was built from buildingOf(n): it names the building again
        return key.startsWith("op:") ? n.operation().strip() : key.startsWith("bldg:") ? buildingOf(n).written() : n.site().strip();
    }

    private static boolean withinMonths(List<NeedFacts> group, int months) {
        LocalDate first = group.get(0).launch().first();
        LocalDate last = first;
        for (NeedFacts f : group) {
            first = f.launch().first().isBefore(first) ? f.launch().first() : first;
            last = f.launch().last().isAfter(last) ? f.launch().last() : last;
        }
        return !last.isAfter(first.plusMonths(months)) && ChronoUnit.DAYS.between(first, last) >= 0;
    }
}

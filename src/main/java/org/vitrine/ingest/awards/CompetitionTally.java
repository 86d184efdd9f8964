package org.vitrine.ingest.awards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vitrine.model.Award;
import org.vitrine.model.MarketFigures;
import org.vitrine.model.Place;

/**
 * Competition measured while the DECP file streams (issue 21.3): the awards of every buyer in the file, not only the
 * configured ones, counted per market (CPV class, 4 digits, and division, 2 digits) and département of performance,
 * notified from {@code since} to {@code until}. Only the market|département pairs the forecast's needs ask about are
 * kept ({@link #wanted}), so memory grows with those markets' awards, never with the national file. The same award
 * sent by several platforms (same buyer, id, notification) counts once. A framework's call-off (« Marché subséquent »)
 * is not counted: the framework is the contract put to competition, and its call-offs would count it again (officer Y4).
 */
public final class CompetitionTally {

    /**
     * The same award sent by several platforms: buyer, id, notification. A record of the award's own Strings, not a
     * joined String: a national file's markets keep hundreds of thousands of these, and the collector copies them.
     */
    private record Dedup(String buyer, String id, LocalDate notification) {
        // the order of the joined String "buyer\0id\0notification" that the snapshot was sorted by
        static final java.util.Comparator<Dedup> ORDER = java.util.Comparator.comparing(Dedup::buyer)
                .thenComparing(Dedup::id).thenComparing(Dedup::notification);
    }

    /**
     * Market → département → the awards counted there by dedup key (a cell made when its first award comes). A cell
     * holds the same reduced award as {@link #kept}: one object per counted award, the holders' keys worked out only
     * when the figures are, since a national file's markets keep hundreds of thousands of awards and the collector
     * copies every one of them (issue 21: the wall time under -Xmx1g was the reading plus those copies).
     */
    private final Map<String, Map<String, Map<Dedup, Award>>> wanted = new HashMap<>();
    /** The markets asked for, by their digits: a record's market is tested without building a String. */
    private final boolean[] wantedClass = new boolean[10_000];
    private final boolean[] wantedDivision = new boolean[100];
    private final LocalDate since;
    private final LocalDate until;
    /** Every award kept, by its dedup key, with its département: the source's snapshot ({@link #awards}). */
    private final Map<Dedup, Award> kept = new HashMap<>();
    /**
     * One String per CPV code, département, buyer and holder counted (tens of thousands in the national file), not one
     * per award; capped, so a file of all-different values costs a copy, never an unbounded table.
     */
    private final Map<String, String> shared = new HashMap<>();
    private final Map<LocalDate, LocalDate> days = new HashMap<>();

    /** {@code keys}: the market|département pairs to measure ({@link #keys}). */
    public CompetitionTally(Set<String> keys, LocalDate since, LocalDate until) {
        for (String k : keys) {
            int bar = k.indexOf('|');
            String market = k.substring(0, bar);
            wanted.computeIfAbsent(market, x -> new HashMap<>()).putIfAbsent(k.substring(bar + 1), null);
            if (market.length() == 4 && digits(market, 0, 4)) {
                wantedClass[Integer.parseInt(market)] = true;
            } else if (market.length() == 2 && digits(market, 0, 2)) {
                wantedDivision[Integer.parseInt(market)] = true;
            }
        }
        this.since = since;
        this.until = until;
    }

    /** The market keys of a need's CPV code (its class, then its division) in a département; empty when unknown. */
    public static List<String> keys(String cpv, String departement) {
        if (cpv == null || departement == null) {
            return List.of();
        }
        String d = cpv.replaceAll("[^0-9]", "");
        if (d.length() < 8) {
            return List.of();
        }
        // A division-level code (45000000-7) has no class of its own: its market is the division.
        String cls = d.substring(2, 4).equals("00") ? null : d.substring(0, 4);
        List<String> out = new ArrayList<>();
        if (cls != null) {
            out.add(cls + "|" + departement);
        }
        out.add(d.substring(0, 2) + "|" + departement);
        return out;
    }

    /** True when an award of this 8-digit CPV may count (cheap test before the award is built). */
    public boolean wants(String cpv8) {
        return cpv8 != null && cpv8.length() == 8 && digits(cpv8, 0, 8) && wants(Integer.parseInt(cpv8));
    }

    /** The same for a CPV code's 8 digits as a number (45316110): no String per record of the national file. */
    public boolean wants(int cpv8) {
        return cpv8 >= 0 && cpv8 < 100_000_000 && (wantedClass[cpv8 / 10_000] || wantedDivision[cpv8 / 1_000_000]);
    }

    public void add(Award a) {
        if (a.callOff()) {
            return; // a framework's call-off is no contest of its own: the framework counts, once
        }
        add(a.id(), a.buyerSiret(), a.cpv(), a.notification(), a.bidsReceived(), a.holders(), a.placeCode(), a.placeType());
    }

    /**
     * An award given by its fields: the reader calls this for every other buyer's award of a wanted market, so the
     * notification and the place are tested before anything is built, and an award is made only when it counts.
     */
    public void add(String id, String buyerSiret, String cpv8, LocalDate notification, Integer bids, List<Award.Holder> holders,
            String placeCode, String placeType) {
        if (notification == null || notification.isBefore(since) || notification.isAfter(until)) {
            return;
        }
        String dep = departement(placeCode, placeType);
        if (dep == null) {
            return;
        }
        Dedup dedup = null;
        Award reduced = null;
        for (int digits = 4; digits >= 2; digits -= 2) {
            Map<String, Map<Dedup, Award>> deps = wanted.get(cpv8.substring(0, digits));
            if (deps != null && deps.containsKey(dep)) {
                if (dedup == null) {
                    reduced = reduce(id, buyerSiret, cpv8, notification, bids, holders, dep);
                    dedup = new Dedup(reduced.buyerSiret(), id, reduced.notification());
                }
                deps.computeIfAbsent(dep, k -> new HashMap<>()).putIfAbsent(dedup, reduced);
            }
        }
        if (dedup != null) {
            kept.putIfAbsent(dedup, reduced);
        }
    }

    /**
     * What the figures and a snapshot need only: a market's thousands of awards stay small in memory and in the
     * snapshot. A holder keeps its name only when it has no identifier to be counted by ({@link #holderKeys}).
     */
    private Award reduce(String id, String buyerSiret, String cpv8, LocalDate notification, Integer bids,
            List<Award.Holder> holders, String dep) {
        List<Award.Holder> reduced = new ArrayList<>(holders.size());
        for (Award.Holder h : holders) {
            reduced.add(new Award.Holder(share(h.id()), h.id() == null || h.id().isBlank() ? h.name() : null));
        }
        // buyers, holders and notification days repeat across a market's awards: one object each, not one per award
        LocalDate day = days.size() < 100_000 ? days.computeIfAbsent(notification, d -> d) : notification;
        return new Award(id, share(buyerSiret), null, share(cpv8), null, null, day, null, null, List.copyOf(reduced), bids,
                share(dep), DEP_TYPE);
    }

    private String share(String s) {
        return s == null || shared.size() >= 100_000 ? s : shared.computeIfAbsent(s, k -> k);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static final String DEP_TYPE = "Code département";

    /** A holder by its identifier (spaces removed), else its folded name. */
    private static List<String> holderKeys(List<Award.Holder> holders) {
        List<String> out = new ArrayList<>(holders.size());
        for (Award.Holder h : holders) {
            String k = h.id() != null && !h.id().isBlank() ? (h.id().indexOf(' ') >= 0 ? h.id().replace(" ", "") : h.id())
                    : fold(h.name());
            if (k != null && !k.isEmpty() && !out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The few typeCode spellings of a file, folded once each (folding runs a regular expression). */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> TYPES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The awards counted, their place written as their département: what a snapshot needs to measure again. */
    public List<Award> awards() {
        return kept.entrySet().stream().sorted(Map.Entry.comparingByKey(Dedup.ORDER)).map(Map.Entry::getValue).toList();
    }

    /** How many awards are counted (each once, whatever its markets). */
    public int count() {
        return kept.size();
    }

    /** The figures of every market|département that has at least one award. */
    public Map<String, MarketFigures> figures() {
        Map<String, MarketFigures> out = new TreeMap<>();
        wanted.forEach((market, deps) -> deps.forEach((dep, entries) -> {
            if (entries != null) {
                out.put(market + "|" + dep, figures(market, dep, entries));
            }
        }));
        return out;
    }

    private MarketFigures figures(String market, String dep, Map<Dedup, Award> entries) {
        Set<String> holders = new HashSet<>();
        List<Integer> bids = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int single = 0;
        // in dedup-key order, so nothing depends on the order the file gave
        List<Award> sorted = entries.entrySet().stream().sorted(Map.Entry.comparingByKey(Dedup.ORDER)).map(Map.Entry::getValue).toList();
        for (Award e : sorted) {
            holders.addAll(holderKeys(e.holders()));
            ids.add(e.id());
            if (e.bidsReceived() != null) {
                bids.add(e.bidsReceived());
                if (e.bidsReceived() == 1) {
                    single++;
                }
            }
        }
        ids.sort(null);
        bids.sort(null);
        BigDecimal median = null;
        if (!bids.isEmpty()) {
            int n = bids.size();
            median = n % 2 == 1 ? BigDecimal.valueOf(bids.get(n / 2))
                    : BigDecimal.valueOf(bids.get(n / 2 - 1) + bids.get(n / 2)).divide(BigDecimal.valueOf(2), 1,
                            RoundingMode.UNNECESSARY).stripTrailingZeros();
        }
        return new MarketFigures(market, dep, since, entries.size(), holders.size(), bids.size(), median, single,
                List.copyOf(ids));
    }

    /**
     * The département of a DECP lieuExecution: a département code as it is ("1" → 01, "2a" → 2A), a commune's INSEE
     * code or a postcode by its first digits (three overseas: 971…; Corsica's postcodes 200/201 → 2A, else 2B). A
     * region, a country or an unreadable code gives null: the award is not counted in any département.
     */
    public static String departement(String code, String type) {
        if (code == null || type == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        String t = TYPES.size() < 1000 ? TYPES.computeIfAbsent(type, CompetitionTally::fold) : fold(type);
        // tested char by char, not by regular expressions: this runs on every counted record of the national file
        if (t.contains("departement")) {
            if (c.length() == 1 && digit(c, 0)) {
                return "0" + c;
            }
            boolean two = c.length() == 2 && (digit(c, 0) && digit(c, 1) || c.charAt(0) == '2' && (c.charAt(1) == 'A' || c.charAt(1) == 'B'));
            boolean overseas = c.length() == 3 && c.startsWith("97") && digit(c, 2);
            return (two || overseas) && !c.equals("20") ? c : null;
        }
        if (t.contains("postal")) {
            if (!fiveDigits(c)) {
                return null;
            }
            if (c.startsWith("20")) {
                return c.startsWith("200") || c.startsWith("201") ? "2A" : "2B";
            }
            return c.startsWith("97") ? c.substring(0, 3) : c.substring(0, 2);
        }
        if (t.contains("commune")) {
            if (c.length() == 5 && c.charAt(0) == '2' && (c.charAt(1) == 'A' || c.charAt(1) == 'B') && digit(c, 2) && digit(c, 3)
                    && digit(c, 4)) {
                return c.substring(0, 2);
            }
            if (!fiveDigits(c)) {
                return null;
            }
            return c.startsWith("97") ? c.substring(0, 3) : c.substring(0, 2);
        }
        return null;
    }

    private static boolean digit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    private static boolean fiveDigits(String s) {
        return s.length() == 5 && digits(s, 0, 5);
    }

    /** The département of a need's place of performance (a commune's by its INSEE code); null for wider places. */
    public static String departement(Place p) {
        if (p == null || p.code() == null) {
            return null;
        }
        return switch (p.kind()) {
            case "departement" -> p.code();
            case "commune" -> departement(p.code(), "commune");
            default -> null;
        };
    }

    private static String fold(String s) {
        if (s == null) {
            return null;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }
}

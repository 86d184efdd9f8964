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
import java.util.regex.Pattern;
import org.vitrine.model.Award;
import org.vitrine.model.MarketFigures;
import org.vitrine.model.Place;

/**
 * Competition measured while the DECP file streams (issue 21.3): the awards of every buyer in the file, not only the
 * configured ones, counted per market (CPV class, 4 digits, and division, 2 digits) and département of performance,
 * notified from {@code since} to {@code until}. Only the market|département pairs the forecast's needs ask about are
 * kept ({@link #wanted}), so memory grows with those markets' awards, never with the national file. The same award
 * sent by several platforms (same buyer, id, notification) counts once.
 */
public final class CompetitionTally {

    /** One award as the figures need it. */
    private record Entry(String id, Integer bids, List<String> holders) {
    }

    private final Map<String, Set<String>> wanted = new HashMap<>();
    private final LocalDate since;
    private final LocalDate until;
    private final Map<String, Map<String, Entry>> byKey = new HashMap<>();
    /** Every award kept, by its dedup key, with its département: the source's snapshot ({@link #awards}). */
    private final Map<String, Award> kept = new HashMap<>();

    /** {@code keys}: the market|département pairs to measure ({@link #keys}). */
    public CompetitionTally(Set<String> keys, LocalDate since, LocalDate until) {
        for (String k : keys) {
            int bar = k.indexOf('|');
            wanted.computeIfAbsent(k.substring(0, bar), x -> new HashSet<>()).add(k.substring(bar + 1));
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
        return cpv8 != null && cpv8.length() == 8
                && (wanted.containsKey(cpv8.substring(0, 4)) || wanted.containsKey(cpv8.substring(0, 2)));
    }

    public void add(Award a) {
        if (a.notification() == null || a.notification().isBefore(since) || a.notification().isAfter(until)) {
            return;
        }
        String dep = departement(a.placeCode(), a.placeType());
        if (dep == null) {
            return;
        }
        boolean counted = false;
        String dedup = null;
        Entry entry = null;
        for (String market : new String[] {a.cpv().substring(0, 4), a.cpv().substring(0, 2)}) {
            Set<String> deps = wanted.get(market);
            if (deps != null && deps.contains(dep)) {
                if (dedup == null) {
                    dedup = a.buyerSiret() + "\u0000" + a.id() + "\u0000" + a.notification();
                    entry = new Entry(a.id(), a.bidsReceived(), holders(a));
                }
                byKey.computeIfAbsent(market + "|" + dep, k -> new HashMap<>()).putIfAbsent(dedup, entry);
                counted = true;
            }
        }
        if (counted) {
            kept.putIfAbsent(dedup,
                    // what the figures need only: a market's thousands of awards stay small in memory and in the snapshot
                    new Award(a.id(), a.buyerSiret(), null, a.cpv(), null, null, a.notification(), null, null,
                            a.holders().stream().map(h -> new Award.Holder(h.id(), h.id() == null ? h.name() : null)).toList(),
                            a.bidsReceived(), dep, DEP_TYPE));
        }
    }

    static final String DEP_TYPE = "Code département";

    /** A holder by its identifier (spaces removed), else its folded name. */
    private static List<String> holders(Award a) {
        List<String> out = new ArrayList<>(a.holders().size());
        for (Award.Holder h : a.holders()) {
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
        return kept.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /** The figures of every market|département that has at least one award. */
    public Map<String, MarketFigures> figures() {
        Map<String, MarketFigures> out = new TreeMap<>();
        byKey.forEach((key, entries) -> {
            Set<String> holders = new HashSet<>();
            List<Integer> bids = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            int single = 0;
            // in dedup-key order, so nothing depends on the order the file gave
            for (Entry e : new TreeMap<>(entries).values()) {
                holders.addAll(e.holders());
                ids.add(e.id());
                if (e.bids() != null) {
                    bids.add(e.bids());
                    if (e.bids() == 1) {
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
            int bar = key.indexOf('|');
            out.put(key, new MarketFigures(key.substring(0, bar), key.substring(bar + 1), since, entries.size(),
                    holders.size(), bids.size(), median, single, List.copyOf(ids)));
        });
        return out;
    }

    /**
     * The département of a DECP lieuExecution: a département code as it is ("1" → 01, "2a" → 2A), a commune's INSEE
     * code or a postcode by its first digits (three overseas: 971…; Corsica's postcodes 200/201 → 2A, else 2B). A
     * region, a country or an unreadable code gives null: the award is not counted in any département.
     */
    // compiled once: this runs on every counted record of the national file
    private static final Pattern ONE_DIGIT = Pattern.compile("\\d");
    private static final Pattern DEPARTEMENT = Pattern.compile("\\d{2}|97\\d|2A|2B");
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
    private static final Pattern CORSICA_COMMUNE = Pattern.compile("2[AB]\\d{3}");

    public static String departement(String code, String type) {
        if (code == null || type == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        String t = TYPES.size() < 1000 ? TYPES.computeIfAbsent(type, CompetitionTally::fold) : fold(type);
        if (t.contains("departement")) {
            if (ONE_DIGIT.matcher(c).matches()) {
                return "0" + c;
            }
            return DEPARTEMENT.matcher(c).matches() && !c.equals("20") ? c : null;
        }
        if (t.contains("postal")) {
            if (!FIVE_DIGITS.matcher(c).matches()) {
                return null;
            }
            if (c.startsWith("20")) {
                return c.startsWith("200") || c.startsWith("201") ? "2A" : "2B";
            }
            return c.startsWith("97") ? c.substring(0, 3) : c.substring(0, 2);
        }
        if (t.contains("commune")) {
            if (CORSICA_COMMUNE.matcher(c).matches()) {
                return c.substring(0, 2);
            }
            if (!FIVE_DIGITS.matcher(c).matches()) {
                return null;
            }
            return c.startsWith("97") ? c.substring(0, 3) : c.substring(0, 2);
        }
        return null;
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

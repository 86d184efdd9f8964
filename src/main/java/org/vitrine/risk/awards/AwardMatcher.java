package org.vitrine.risk.awards;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vitrine.config.AwardOverrides;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.Buyers;
import org.vitrine.model.Award;
import org.vitrine.model.AwardLink;
import org.vitrine.model.Need;
import org.vitrine.normalise.parse.CpvCatalogue;

/**
 * Finds each planned need's current contract among its buyer's past awards (same SIRET), and says why:
 * <ol>
 * <li>{@code confirmed}: staff confirmed the pair in config/award-links.yaml;</li>
 * <li>{@code reference}: the need's reference names the award's id (many buyers reuse the contract number), or
 * {@code remarks}: its remarks do (a buyer names the contract there without changing the reference, its id);</li>
 * <li>{@code cpv}, then {@code class}: the same 8-digit CPV, else the same class (first four digits, the CPV
 * hierarchy's class level), and an end date (notification + duration) within {@code days} of the need's incumbent
 * end or, without one, of the day before its contract start, both taken at the precision the buyer wrote them (a
 * month is its whole month).</li>
 * </ol>
 * The closest end wins, with all the lots of its consultation (one contract); a second consultation as close is
 * reported as a tie ({@code cpv-tie}, {@code class-tie}: two possible contracts) rather than as current. A pair staff rejected is never linked, and the next best award may be. Awards are indexed by buyer, so
 * the matching is linear in needs plus awards.
 */
public final class AwardMatcher {

    private final Map<String, List<Award>> bySiret = new HashMap<>();
    private final Contracts contracts;
    private final Buyers buyers;
    private final int days;
    private final int year;
    private final Set<String> rejected = new HashSet<>();
    private final Map<String, List<String>> confirmed = new HashMap<>();
    /** Same buyer and 8-digit CPV, too far in time, as {@link #links(Need)} meets them ({@link #nearMiss}). */
    private final Map<String, List<AwardLink>> near = new HashMap<>();

    public AwardMatcher(List<Award> awards, Buyers buyers, int days, AwardOverrides overrides) {
        this(awards, buyers, days, overrides, 0);
    }

    /**
     * With {@code year} (the forecast year, 0 for none), a need giving neither an incumbent end nor a contract start is
     * linked as {@code probable} to the one consultation of its buyer in its 8-digit CPV that ends in that year or by
     * 30 June of the next (the window of EXPECTED_RENEWAL_MISSING) and recurs as that rule means it (not one-off
     * works): a weaker link, for staff to confirm, that says the award is probably renewed rather than missing
     * (lawyer F, D2: water meters SIE-27-03 and award 2023SIE010).
     */
    public AwardMatcher(List<Award> awards, Buyers buyers, int days, AwardOverrides overrides, int year) {
        this.year = year;
        this.contracts = new Contracts(awards);
        for (Award a : awards) {
            bySiret.computeIfAbsent(a.buyerSiret(), k -> new ArrayList<>()).add(a);
        }
        this.buyers = buyers;
        this.days = days;
        for (AwardOverrides.Entry e : overrides.links()) {
            String key = key(e.buyer(), e.need());
            if (e.confirm()) {
                confirmed.computeIfAbsent(key, k -> new ArrayList<>()).add(e.award().strip());
            } else {
                rejected.add(key + "\u0000" + e.award().strip());
            }
        }
    }

    /**
     * Every link, in the order of the needs given, then by award id. An award linked to several needs on a CPV or class
     * match keeps only the best of them (by reason, then the closest end): one contract is not renewed by two needs of
     * different objects (lawyer G, defect 9: sterilisation maintenance CH-27-02 linked to the imaging contract already,
     * and exactly, linked to CH-27-33). Links as good as the best stay (a contract split into several needs).
     */
    public List<AwardLink> links(List<Need> needs) {
        List<AwardLink> all = new ArrayList<>();
        for (Need n : needs) {
            all.addAll(links(n));
        }
        Map<String, long[]> best = new HashMap<>();
        for (AwardLink l : all) {
            best.merge(l.award().id(), rank(l), (a, b) -> compare(a, b) <= 0 ? a : b);
        }
        List<AwardLink> out = new ArrayList<>(all.size());
        for (AwardLink l : all) {
            long[] r = rank(l);
            if (r[0] < CPV_RANK || compare(r, best.get(l.award().id())) == 0) {
                out.add(l);
            }
        }
        return out;
    }

    /** Confirmed and reference links always stand; CPV, class and probable links may give way to a better one. */
    private static final long CPV_RANK = 2;

    private static long[] rank(AwardLink l) {
        String r = l.reason();
        long tier = r.equals("confirmed") ? 0 : r.equals("reference") || r.equals(REMARKS) ? 1 : r.startsWith("cpv") ? CPV_RANK : r.startsWith("class") ? 3 : 4;
        return new long[] {tier, l.daysApart() == null ? 0 : l.daysApart()};
    }

    private static int compare(long[] a, long[] b) {
        return a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]);
    }

    public List<AwardLink> links(Need n) {
        BuyerConfig b = buyers.byId(n.buyer().id());
        List<Award> own = b == null || b.registeredId() == null ? null : bySiret.get(b.registeredId());
        if (own == null) {
            return List.of();
        }
        String key = key(n.buyer().id(), n.reference());
        List<AwardLink> out = new ArrayList<>();
        List<String> staff = confirmed.getOrDefault(key, List.of());
        for (Award a : own) {
            if (staff.contains(a.id())) {
                out.add(link(n, a, "confirmed", null));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        // the reference, or the remarks (never published): a buyer names its current contract there without changing
        // the reference, which makes the need's id (officer X: « écrivez l'identifiant dans la colonne Référence »)
        String ref = norm(n.reference());
        String remarks = norm(n.remarks());
        for (Award a : own) {
            String id = norm(a.id());
            if (id.length() >= 6 && !rejected(key, a) && (ref.contains(id) || remarks.contains(id))) {
                out.add(link(n, a, ref.contains(id) ? "reference" : REMARKS, null));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        LocalDate[] target = target(n);
        String cpv = n.cpv() == null ? null : digits(n.cpv().code());
        if (target == null && cpv != null && year > 0) {
            return probable(n, own, cpv, key);
        }
        if (target == null || cpv == null) {
            return List.of();
        }
        String cls = CpvCatalogue.classCode(cpv, 4);
        List<Candidate> candidates = new ArrayList<>();
        for (Award a : own) {
            LocalDate end = a.end();
            if (end == null || rejected(key, a)) {
                continue;
            }
            long apart = apart(end, target);
            if (apart > days) {
                if (a.cpv().equals(cpv)) {
                    // the same contract, too far in time: a hint, never a link
                    near.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(link(n, a, NEAR, apart));
                }
                continue;
            }
            if (a.cpv().equals(cpv)) {
                candidates.add(new Candidate(a, 0, apart));
            } else if (a.cpv().startsWith(cls)) {
                candidates.add(new Candidate(a, 1, apart));
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.comparingInt(Candidate::tier).thenComparingLong(Candidate::apart)
                .thenComparing(c -> c.award().id()));
        // One consultation awarded as many lots (same market, procedure, duration, notification month) is one
        // contract: all its lots are linked. Another consultation as close (same tier, ending the same month) is a tie: its lots
        // are linked too, but as "two possible contracts" for staff to settle in config/award-links.yaml.
        Candidate best = candidates.get(0);
        // As close: a lot ending the same month as the best (buyers write the month; the day says nothing).
        java.time.YearMonth month = java.time.YearMonth.from(best.award().end());
        Set<String> kept = new java.util.TreeSet<>();
        for (Candidate c : candidates) {
            if (c.tier() == best.tier() && java.time.YearMonth.from(c.award().end()).equals(month)) {
                kept.add(contract(c.award()));
            }
        }
        String reason = (best.tier() == 0 ? "cpv" : "class") + (kept.size() > 1 ? "-tie" : "");
        Set<String> linked = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.tier() == best.tier() && kept.contains(contract(c.award()))) {
                out.add(link(n, c.award(), reason, c.apart()));
                linked.add(c.award().id());
            }
        }
        // the rest of a kept contract: a framework's call-off that ended long ago is still part of it (officer Y4, D2:
        // 2024CB131, ended in 2025, left out of framework 2023CB130)
        for (Award a : own) {
            if (!linked.contains(a.id()) && a.end() != null && !rejected(key, a) && kept.contains(contract(a))) {
                out.add(link(n, a, reason, apart(a.end(), target)));
            }
        }
        out.sort(Comparator.comparing((AwardLink l) -> l.award().id()));
        return out;
    }

    /** The one consultation of the need's 8-digit CPV ending in the forecast window; none when two or more do. */
    private List<AwardLink> probable(Need n, List<Award> own, String cpv, String key) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 6, 30);
        Map<String, List<Award>> byConsultation = new java.util.TreeMap<>();
        for (Award a : own) {
            // Only a purchase that recurs is renewed: a one-off works contract (the reservoir rehabilitated in
            // 2025) does not precede a maintenance framework of the same CPV.
            if (a.cpv().equals(cpv) && a.end() != null && !a.end().isBefore(from) && !a.end().isAfter(to)
                    && ExpectedRenewalMissing.recurs(a) && !rejected(key, a)) {
                byConsultation.computeIfAbsent(consultation(a), k -> new ArrayList<>()).add(a);
            }
        }
        if (byConsultation.size() != 1) {
            return List.of();
        }
        List<AwardLink> out = new ArrayList<>();
        byConsultation.values().iterator().next().stream().sorted(Comparator.comparing(Award::id))
                .forEach(a -> out.add(link(n, a, PROBABLE, null)));
        return out;
    }

    /** The reason of a link made on the award's id written in the need's remarks. */
    public static final String REMARKS = "remarks";

    /** The reason of a near miss ({@link #nearMiss}): never a link, a hint for the buyer. */
    public static final String NEAR = "near";

    /**
     * The closest planned need of the award's buyer in its 8-digit CPV that was not linked to it only because its date
     * is too far (the incumbent end, else the day before the start, more than {@code days} from the award's end), among
     * the needs {@code links} saw and {@code keep} accepts (the unlinked ones): the line the buyer may have meant as its
     * renewal (officer X: « aucune ligne ne le renouvelle » gave no hint, and the buyer would add a duplicate). A pair
     * staff rejected is no near miss. Null when none.
     */
    public AwardLink nearMiss(Award a, java.util.function.Predicate<AwardLink> keep) {
        return near.getOrDefault(a.id(), List.of()).stream().filter(l -> l.award().equals(a) && keep.test(l))
                .min(Comparator.comparingLong(AwardLink::daysApart).thenComparing(AwardLink::needId)).orElse(null);
    }

    /** The reason of a link made on the buyer and the 8-digit CPV only, the need giving no date to compare. */
    public static final String PROBABLE = "probable";

    /**
     * The consultation an award is a lot of. DECP gives each lot its own id with no shared stem (checked on the State's
     * real awards), and its lots are notified over a few weeks (68 lots of CPV 72267100 in January 2021): one market,
     * procedure, duration and notification month.
     */
    public static String consultation(Award a) {
        return a.buyerSiret() + "|" + a.cpv() + "|" + a.procedure() + "|" + a.durationMonths() + "|"
                + (a.notification() == null ? "" : java.time.YearMonth.from(a.notification()));
    }

    /**
     * The contract an award belongs to ({@link Contracts}): its consultation's lots, and for a call-off the framework
     * in force when it was notified. Two candidates of one contract are no tie.
     */
    public String contract(Award a) {
        return contracts.of(a);
    }

    private record Candidate(Award award, int tier, long apart) {
    }

    /**
     * When the current contract ends, as precisely as the buyer said it: the incumbent's end period ("juin 2027" is
     * the whole month), else the days before the new contract's start period. Null when the need gives neither.
     */
    public static LocalDate[] target(Need n) {
        if (byIncumbentEnd(n)) {
            LocalDate from = n.incumbentEnd().start() != null ? n.incumbentEnd().start() : n.incumbentEnd().end();
            return new LocalDate[] {from, n.incumbentEnd().end()};
        }
        if (n.contractStart() != null && n.contractStart().start() != null) {
            LocalDate to = n.contractStart().end() != null ? n.contractStart().end() : n.contractStart().start();
            return new LocalDate[] {n.contractStart().start().minusDays(1), to.minusDays(1)};
        }
        return null;
    }

    /** Whether a need's date is compared as its incumbent's end ({@link #target}), else as the day before its start. */
    public static boolean byIncumbentEnd(Need n) {
        return n.incumbentEnd() != null && n.incumbentEnd().end() != null;
    }

    /**
     * Days from the award's end to the need's date as {@link #target} reads it; null when either has none. The evidence a
     * link made on the id or by staff still shows (officer Y2: « Pourquoi ce lien » said only « confirmé »).
     */
    public static Long daysFrom(Need n, Award a) {
        LocalDate[] t = target(n);
        return t == null || a.end() == null ? null : apart(a.end(), t);
    }

    /** Days from an award's end to the period: 0 inside it. */
    static long apart(LocalDate end, LocalDate[] period) {
        if (end.isBefore(period[0])) {
            return ChronoUnit.DAYS.between(end, period[0]);
        }
        return end.isAfter(period[1]) ? ChronoUnit.DAYS.between(period[1], end) : 0;
    }

    private boolean rejected(String key, Award a) {
        return rejected.contains(key + "\u0000" + a.id());
    }

    private static AwardLink link(Need n, Award a, String reason, Long apart) {
        return new AwardLink(n.id(), n.buyer().id(), n.reference(), a, reason, apart);
    }

    private static String key(String buyer, String reference) {
        return buyer + "\u0000" + norm(reference);
    }

    /** Ids and references compared without case, spaces or punctuation ("2023 / NET-01" = "2023NET01"). */
    static String norm(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** A CPV code's first 8 digits (its check digit and punctuation dropped), null when it has fewer. */
    public static String digits(String code) {
        String d = code.replaceAll("[^0-9]", "");
        return d.length() >= 8 ? d.substring(0, 8) : null;
    }
}

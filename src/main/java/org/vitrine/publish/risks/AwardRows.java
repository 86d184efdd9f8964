package org.vitrine.publish.risks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vitrine.messages.Fmt;
import org.vitrine.messages.Messages;
import org.vitrine.model.Award;
import org.vitrine.model.AwardLink;
import org.vitrine.model.Need;

/**
 * The staff report's lines on past awards (DECP), formatted: each need's current contract with why it was linked,
 * and the renewals missing from the forecast (EXPECTED_RENEWAL_MISSING). Internal only: holders are named here.
 */
public final class AwardRows {

    /**
     * A need and its current contract: one row per consultation, however many lots it was awarded as ({@code awardId}
     * the first lot's id, {@code lots} naming them all when there are several; amounts summed, dates and bids as a range).
     */
    public record LinkRow(String needId, String reference, String title, String awardId, String notified, String end,
            String holder, String amount, String bids, String why, String lots) {
    }

    /**
     * An award ending in the forecast window that no need renews; {@code launchBy} the latest launch for a new contract
     * the day after (as its point says), {@code like} the buyer's closest line not linked to it, « » when none (officer
     * Y2: the table gave neither, staff had to read the point).
     */
    public record RenewalRow(String awardId, String title, String cpv, String notified, String end, String months,
            String holder, String amount, String bids, String launchBy, String like) {
    }

    private AwardRows() {
    }

    public static List<LinkRow> links(List<AwardLink> links, Map<String, Need> needs, Messages m, Fmt fmt) {
        return links(links, needs, org.vitrine.risk.awards.AwardMatcher::consultation, java.util.Set.of(), m, fmt);
    }

    /** {@link #links(List, Map, java.util.function.Function, java.util.Set, Messages, Fmt)}, every need's dates its row's own. */
    public static List<LinkRow> links(List<AwardLink> links, Map<String, Need> needs, java.util.function.Function<Award, String> contractOf,
            Messages m, Fmt fmt) {
        return links(links, needs, contractOf, java.util.Set.of(), m, fmt);
    }

    /**
     * The same, one row per contract as {@code contractOf} groups the awards (risk/awards Contracts: a consultation's
     * lots, a lot without procedure with them, a framework with its call-offs — officer Y3, D4 and D5: three rows for
     * one framework and its two call-offs, a lot without procedure apart).
     */
    public static List<LinkRow> links(List<AwardLink> links, Map<String, Need> needs, java.util.function.Function<Award, String> contractOf,
            java.util.Set<String> endFromAward, Messages m, Fmt fmt) {
        Map<String, List<AwardLink>> byContract = new java.util.LinkedHashMap<>();
        for (AwardLink l : links) {
            byContract.computeIfAbsent(l.needId() + "\u0000" + contractOf.apply(l.award()), k -> new ArrayList<>()).add(l);
        }
        List<LinkRow> out = new ArrayList<>();
        for (List<AwardLink> lots : byContract.values()) {
            AwardLink l = lots.get(0);
            Need n = needs.get(l.needId());
            if (n != null && endFromAward.contains(n.id())) {
                // the end the run copied from the award is no date of the row's: compared with itself it says « soit la
                // fin indiquée » of a check that never took place (officer Y4, D3)
                Need.Builder b = n.toBuilder();
                b.incumbentEnd = null;
                n = b.build();
            }
            Award a = l.award();
            Long apart = lots.stream().map(AwardLink::daysApart).filter(java.util.Objects::nonNull).min(Long::compare).orElse(null);
            // a framework's end is the contract's, not that of a call-off under it (officer Y4, D2: 31 May 2027, a
            // call-off's, said to be « la fin indiquée » of a row giving 28 February 2027, the framework's)
            List<AwardLink> own = lots.stream().anyMatch(x -> !x.award().callOff())
                    ? lots.stream().filter(x -> !x.award().callOff()).toList() : lots;
            java.time.LocalDate end = own.stream().map(x -> x.award().end()).filter(java.util.Objects::nonNull)
                    .max(java.util.Comparator.naturalOrder()).orElse(null);
            Long apartOwn = own.stream().map(AwardLink::daysApart).filter(java.util.Objects::nonNull).min(Long::compare).orElse(null);
            String why = "reference".equals(l.reason()) || "confirmed".equals(l.reason())
                    || org.vitrine.risk.awards.AwardMatcher.REMARKS.equals(l.reason())
                    ? m.get("awards.why." + l.reason(), a.id()) + evidence(n, own, end, m, fmt)
                    // the date the link was made on: the incumbent end given, else the day before the start (officer Y, D4)
                    : m.get("awards.why." + l.reason(), a.cpv(), fmt.date(end), apartOwn,
                            n == null || org.vitrine.risk.awards.AwardMatcher.byIncumbentEnd(n) ? 0 : 1);
            String holders = fmt.holders(lots.stream().flatMap(x -> x.award().holders().stream()).toList());
            // a call-off's amount is spent under its framework's: summed with it, the contract would count twice (officer Y3)
            List<AwardLink> counted = lots.stream().anyMatch(x -> !x.award().callOff())
                    ? lots.stream().filter(x -> !x.award().callOff()).toList() : lots;
            java.math.BigDecimal sum = counted.stream().allMatch(x -> x.award().amount() != null)
                    ? counted.stream().map(x -> x.award().amount()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add) : null;
            String amount = lots.size() == 1 ? amount(a, fmt) : sum == null ? "" : fmt.number(sum) + "\u00A0€";
            java.time.LocalDate first = lots.stream().map(x -> x.award().notification()).min(java.util.Comparator.naturalOrder()).orElseThrow();
            java.time.LocalDate last = lots.stream().map(x -> x.award().notification()).max(java.util.Comparator.naturalOrder()).orElseThrow();
            String notified = first.equals(last) ? fmt.date(first) : fmt.date(first) + " – " + fmt.date(last);
            List<String> callOffs = lots.stream().filter(x -> x.award().callOff()).map(x -> x.award().id()).toList();
            // call-offs are no lots (officer Y4, D2): « accord-cadre X et N marchés subséquents »
            String lotList = lots.size() == 1 ? "" : callOffs.isEmpty() ? m.get("awards.lots", lots.size(),
                    String.join(", ", lots.stream().map(x -> x.award().id()).toList()))
                    : m.get("awards.callOffs", own == lots ? 0 : own.size(), String.join(", ", own == lots ? List.of() : own.stream().map(x -> x.award().id()).toList()),
                            callOffs.size(), String.join(", ", callOffs));
            out.add(new LinkRow(l.needId(), l.needReference(), n == null ? "" : n.title(), a.id(), notified,
                    end == null ? "" : fmt.date(end), holders, amount, bids(lots, m), why, lotList));
        }
        return out;
    }

    /**
     * What the dates and the code say of a link made on the id or by staff, which the link itself does not need: staff
     * confirming or reading it see whether the dates agree (officer Y2: the evidence was dropped). Empty without dates.
     */
    private static String evidence(Need n, List<AwardLink> lots, java.time.LocalDate end, Messages m, Fmt fmt) {
        if (n == null || end == null) {
            return "";
        }
        if (org.vitrine.risk.awards.AwardMatcher.target(n) == null) {
            return m.get("awards.why.fromAward", fmt.date(end), latestId(lots));
        }
        Long apart = lots.stream().map(x -> org.vitrine.risk.awards.AwardMatcher.daysFrom(n, x.award()))
                .filter(java.util.Objects::nonNull).min(Long::compare).orElse(null);
        if (apart == null) {
            return "";
        }
        String need = n.cpv() == null ? null : org.vitrine.risk.awards.AwardMatcher.digits(n.cpv().code());
        String award = lots.get(0).award().cpv();
        return m.get("awards.why.evidence", fmt.date(end), apart, org.vitrine.risk.awards.AwardMatcher.byIncumbentEnd(n) ? 0 : 1,
                need == null ? 0 : need.equals(award) ? 1 : 2, award, need == null ? "" : need);
    }

    /** The id of the lot ending last (ties by id). */
    private static String latestId(List<AwardLink> lots) {
        return lots.stream().map(AwardLink::award).filter(x -> x.end() != null)
                .max(java.util.Comparator.comparing(Award::end).thenComparing(Award::id)).map(Award::id).orElse(lots.get(0).award().id());
    }

    /** Bids received by the lots: one figure, a range, or "not published". */
    private static String bids(List<AwardLink> lots, Messages m) {
        List<Integer> known = lots.stream().map(x -> x.award().bidsReceived()).filter(java.util.Objects::nonNull).sorted().toList();
        if (known.isEmpty()) {
            return m.get("awards.bids.unknown");
        }
        int lo = known.get(0);
        int hi = known.get(known.size() - 1);
        return lo == hi ? String.valueOf(lo) : lo + "–" + hi;
    }

    public static List<RenewalRow> renewals(List<Award> awards, java.util.function.Function<List<Award>, java.time.LocalDate> launchBy,
            java.util.function.Function<Award, String> like, Messages m, Fmt fmt) {
        List<RenewalRow> out = new ArrayList<>();
        for (List<Award> lots : org.vitrine.risk.awards.ExpectedRenewalMissing.consultations(awards)) {
            String by = fmt.date(launchBy.apply(lots));
            for (Award a : lots) {
                String near = like.apply(a);
                out.add(new RenewalRow(a.id(), a.title() == null ? "" : a.title(), a.cpv(), fmt.date(a.notification()),
                        fmt.date(a.end()), String.valueOf(a.durationMonths()), fmt.holders(a.holders()), amount(a, fmt), bids(a, m),
                        by, near == null ? "" : near));
            }
        }
        return out;
    }

    /** One feedback line's reason for a missing renewal, with its figures. */
    public static String renewalReason(Award a, Messages m, Fmt fmt) {
        String holders = fmt.holders(a.holders());
        return m.get("awards.renewal.reason", a.id(), a.title() == null ? "" : a.title(), a.cpv(), fmt.date(a.notification()),
                a.durationMonths(), fmt.date(a.end()), amount(a, fmt), holders.isEmpty() ? "—" : holders);
    }

    private static String amount(Award a, Fmt fmt) {
        return a.amount() == null ? "" : fmt.number(a.amount()) + "\u00A0€";
    }

    private static String bids(Award a, Messages m) {
        return a.bidsReceived() == null ? m.get("awards.bids.unknown") : String.valueOf(a.bidsReceived());
    }
}

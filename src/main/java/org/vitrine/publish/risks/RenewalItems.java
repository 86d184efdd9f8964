package org.vitrine.publish.risks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.Buyers;
import org.vitrine.config.RiskSettings;
import org.vitrine.messages.Fmt;
import org.vitrine.messages.Messages;
import org.vitrine.model.Amount;
import org.vitrine.model.Award;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.normalise.parse.ProcedureParser;
import org.vitrine.risk.Timing;
import org.vitrine.risk.awards.ExpectedRenewalMissing;

/**
 * EXPECTED_RENEWAL_MISSING as tracked points of the staff report and risks.csv (lawyer D, defect 11): one point per
 * missing consultation (its lots together), with an owner, a due date and a status that persist across runs like the
 * other items. Its figures are the award ids and the message: a renewal added to the forecast links the award and the
 * point goes; one dismissed (« ne sera pas renouvelé ») stays hidden while its awards and dates are the same.
 * A point needs a line of the report: each consultation is carried by an internal stand-in of a need (id = the first
 * award's id, never published), whose only flag is the point.
 */
public final class RenewalItems {

    public static final String CODE = ExpectedRenewalMissing.CODE;

    private RenewalItems() {
    }

    /**
     * The stand-ins of every buyer's missing consultations. Due date: four weeks ({@code common.dueWeeksBeforeLaunch})
     * before the latest launch that still has a new contract notified the day after the current one ends (the
     * procedure's minimum days of RISKS.md §2, from the award's procedure, with the contrôle de légalité's days of the
     * buyer as for its needs), never before the edition date.
     */
    public static List<Need> of(Map<String, List<Award>> missing, Buyers buyers, Predicate<String> noForecast,
            RiskSettings settings, Messages m, Fmt fmt, LocalDate edition) {
        return of(missing, buyers, noForecast, settings, m, fmt, edition, (buyer, a) -> null);
    }

    /**
     * The same, a point naming the buyer's look-alike line of one of its lots ({@code near}: the sentence of
     * {@link NearMisses}, or null), as the buyer's feedback line does (officer Y, D2).
     */
    public static List<Need> of(Map<String, List<Award>> missing, Buyers buyers, Predicate<String> noForecast,
            RiskSettings settings, Messages m, Fmt fmt, LocalDate edition, java.util.function.BiFunction<String, Award, String> near) {
        return of(missing, buyers, noForecast, settings, m, fmt, edition, near, (buyer, a) -> null);
    }

    /**
     * The same, a point naming the rejected row of its buyer that names one of its lots ({@code rejected}: the whole
     * sentence, or null) instead of a look-alike: that row is to correct, not another to ask for (officer Z3).
     */
    public static List<Need> of(Map<String, List<Award>> missing, Buyers buyers, Predicate<String> noForecast,
            RiskSettings settings, Messages m, Fmt fmt, LocalDate edition, java.util.function.BiFunction<String, Award, String> near,
            java.util.function.BiFunction<String, Award, String> rejected) {
        List<Need> out = new ArrayList<>();
        int weeks = settings.commonInt("dueWeeksBeforeLaunch", 4);
        missing.forEach((buyerId, awards) -> {
            BuyerConfig b = buyers.byId(buyerId);
            BuyerRef buyer = buyerRef(buyerId, b);
            org.vitrine.risk.BuyerFacts facts = b == null ? org.vitrine.risk.BuyerFacts.UNKNOWN : org.vitrine.risk.BuyerFacts.of(b);
            boolean network = network(buyer, facts);
            for (List<Award> lots : ExpectedRenewalMissing.consultations(awards)) {
                String named = lots.stream().map(a -> rejected.apply(buyerId, a)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                String like = named != null ? null
                        : lots.stream().map(a -> near.apply(buyerId, a)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                out.add(standIn(buyer, facts, network, lots, noForecast.test(buyerId), settings, weeks, m, fmt, edition, like, named));
            }
        });
        return out;
    }

    private static Need standIn(BuyerRef buyer, org.vitrine.risk.BuyerFacts facts, boolean network, List<Award> lots,
            boolean noForecast, RiskSettings settings,
            int weeks, Messages m, Fmt fmt, LocalDate edition, String near, String named) {
        Award a = lots.get(0);
        Launch t = launch(lots, facts, network, settings, edition);
        LocalDate end = t.end();
        BigDecimal sum = t.sum();
        String procedureLabel = fmt.label("procedure", t.procedure() == null ? "other" : t.procedure())
                + (t.socialMapa() ? m.get("risk.EXPECTED_RENEWAL_MISSING.socialMapa") : "");
        LocalDate launchBy = t.launchBy();
        int days = t.days();
        int legality = t.legality();
        LocalDate due = launchBy.minusWeeks(weeks);
        if (edition != null && due.isBefore(edition)) {
            due = edition;
        }
        // version 2.10 (lawyer G, T37): a contract ending before the forecast year, or already ended, is graver: the
        // consultation's date has passed (a regular bridging contract now) or the buyer is already without a contract
        boolean beforeYear = edition != null && end.getYear() <= edition.getYear();
        // a launch-by date already past for a contract ending in the year is urgent too, and said so (officer Y, D1:
        // « est à lancer au plus tard le 27 octobre 2026 » at medium, while the buyer's line said URGENT)
        int when = t.ended() ? 2 : t.late() ? (beforeYear ? 1 : 3) : 0;
        boolean grave = beforeYear || t.late();
        List<String> ids = lots.stream().map(Award::id).toList();
        String holders = fmt.holders(lots.stream().flatMap(x -> x.holders().stream()).toList());
        Object[] args = {String.join(", ", ids), a.title(), a.cpv(),
                fmt.date(a.notification()), a.durationMonths(), holders.isEmpty() ? "—" : holders,
                sum == null ? m.get("risk.EXPECTED_RENEWAL_MISSING.noAmount") : fmt.number(sum) + "\u00A0€",
                lots.size(), fmt.date(end), procedureLabel, days, fmt.date(launchBy), noForecast ? 1 : 0, when, legality, ""};
        // the figures are the award's, without the look-alike line: a point marked écarté stays so when the line moves
        String figures = org.vitrine.risk.Flags.figures(CODE, ids.get(0), ids.subList(1, ids.size()),
                m.get("risk.EXPECTED_RENEWAL_MISSING.item", args));
        if (named != null) {
            args[15] = " " + named;
        } else if (near != null) {
            args[15] = " " + m.get("risk.EXPECTED_RENEWAL_MISSING.near", near, ids.get(0));
        }
        String message = m.get("risk.EXPECTED_RENEWAL_MISSING.item", args);
        RiskFlag flag = new RiskFlag(CODE, grave ? "high" : "medium", message, List.of(), grave ? "S" : "L", due, null, figures, List.of());
        Need.Builder n = EMPTY.toBuilder();
        n.id = a.id();
        n.buyer = buyer;
        n.reference = a.id();
        n.title = a.title();
        n.amount = sum == null ? null : new Amount(sum, sum, "EUR", "total");
        n.durationMonths = a.durationMonths();
        n.procedure = t.procedure();
        // the latest launch, as the report orders lines by launch: one due before the event comes first (§8, 2.7)
        n.launch = new org.vitrine.model.Period(launchBy, launchBy, org.vitrine.model.Period.Precision.day);
        n.renewal = Boolean.TRUE;
        n.risks = List.of(flag);
        n.visibility = "internal";
        return n.build();
    }

    /**
     * When a missing consultation's renewal must be launched: the lots' amounts summed ({@code sum}, null when one is not
     * published), the procedure it is timed with ({@link #procedure}), its
     * minimum days to the notification ({@code days}, the contrôle de légalité's {@code legality} included), the latest
     * launch that has a new contract notified the day after {@code end} (the lots' last end), and, at the edition date,
     * whether that launch date has passed ({@code late}) or the contract has already ended ({@code ended}: the buyer is
     * without a contract). One computation for the staff's point and the buyer's feedback line.
     */
    public record Launch(LocalDate end, BigDecimal sum, String procedure, boolean socialMapa, int days, int legality, LocalDate launchBy,
            boolean late, boolean ended) {

        /** Past its launch date or already ended: the buyer's line is marked urgent. */
        public boolean urgent() {
            return late || ended;
        }
    }

    /** The timing of a consultation's renewal for its buyer, as its stand-in's point states it. */
    public static Launch launch(List<Award> lots, BuyerConfig b, RiskSettings settings, LocalDate edition) {
        org.vitrine.risk.BuyerFacts facts = b == null ? org.vitrine.risk.BuyerFacts.UNKNOWN : org.vitrine.risk.BuyerFacts.of(b);
        return launch(lots, facts, network(buyerRef(b == null ? null : b.id(), b), facts), settings, edition);
    }

    private static BuyerRef buyerRef(String buyerId, BuyerConfig b) {
        return new BuyerRef(buyerId, b == null ? buyerId : b.name(), b == null ? null : b.kind());
    }

    /** A utility buying for its network, as a need of this buyer is judged (Thresholds.networkActivity). */
    private static boolean network(BuyerRef buyer, org.vitrine.risk.BuyerFacts facts) {
        Need.Builder of = EMPTY.toBuilder();
        of.buyer = buyer;
        return org.vitrine.risk.Thresholds.networkActivity(of.build(), facts);
    }

    private static Launch launch(List<Award> lots, org.vitrine.risk.BuyerFacts facts, boolean network, RiskSettings settings,
            LocalDate edition) {
        LocalDate end = lots.stream().map(Award::end).max(LocalDate::compareTo).orElseThrow();
        BigDecimal sum = sum(lots);
        String awarded = ProcedureParser.procedure(lots.get(0).procedure());
        String procedure = procedure(awarded, lots.get(0).cpv(), sum, network, end);
        // the contrôle de légalité's transmission days, as a planned need of this buyer counts them (lawyer I, 2023-METR-009)
        int legality = sum == null ? 0 : Timing.legalityDays(new org.vitrine.risk.Value(sum.doubleValue(), sum.doubleValue(), false),
                facts, settings);
        // an entité adjudicatrice's network contract is renewed by its own procedures' days (version 2.14, lawyer J)
        int days = Timing.procedureDays(procedure, settings, network) + legality;
        LocalDate launchBy = end.plusDays(1).minusDays(days);
        return new Launch(end, sum, procedure, !java.util.Objects.equals(procedure, awarded), days, legality, launchBy,
                edition != null && launchBy.isBefore(edition), edition != null && end.isBefore(edition));
    }

    /** The lots' amounts summed, or null when one is not published. */
    private static BigDecimal sum(List<Award> lots) {
        return lots.stream().allMatch(x -> x.amount() != null)
                ? lots.stream().map(Award::amount).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
    }

    /**
     * The procedure the renewal is timed with: the award's, but a social or specific service (Annex XIV,
     * reference/social-services.csv) under its threshold may be renewed by a MAPA (R2123-1 3°), as MAPA_ABOVE_THRESHOLD
     * judges a need (lawyer H, 2023REG090: guarding at 540 k€, awarded by an open tender, was timed as one, 77 days).
     * The threshold is the one in force at the contract's end, when the renewal is launched.
     */
    static String procedure(String awarded, String cpv, BigDecimal amount, boolean network, LocalDate end) {
        if (Timing.formalised(awarded) && amount != null && cpv != null && org.vitrine.risk.reference.SocialServices.load().contains(cpv)
                && amount.doubleValue() < org.vitrine.risk.Thresholds.load().socialServices(network, end, end).value()) {
            return "adapted";
        }
        return awarded;
    }

    /** A need with no field set, to build the stand-ins from. */
    private static final Need EMPTY = new Need(null, null, null, null, null, null, List.of(), null, null, null, null, null,
            null, null, null, null, null, "own", null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, List.of(), null, null, null, null, null, null, null, false, false, null, null, null,
            List.of(), List.of(), List.of(), "internal", null, null, null, null);
}

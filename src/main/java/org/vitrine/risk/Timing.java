package org.vitrine.risk;

import org.vitrine.config.RiskSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.vitrine.model.Need;

/**
 * The calendar of a procedure (docs/RISKS.md §2): which needs are competitive, the bid period R after the launch,
 * the estimated deadline, the bid periods of one- and two-stage procedures, and the minimum days from launch to
 * notification, with the contrôle de légalité where it applies. The tables are in config/risks.yaml ({@code common}).
 */
public final class Timing {

    /** Days for bids after the launch (R): open and not given 35, adapted 30, two-stage procedures 75. */
    static final Map<String, Integer> RESPONSE_DAYS = Map.of("open", 35, "other", 35, "adapted", 30, "restricted", 75,
            "negotiated_with_call", 75, "competitive_dialogue", 75, "innovation_partnership", 75);

    /** Minimum days from launch to notification per procedure; central purchasing and call-offs 14. */
    static final Map<String, Integer> MINIMUM_DAYS = Map.ofEntries(Map.entry("adapted", 49), Map.entry("open", 77),
            Map.entry("restricted", 112), Map.entry("negotiated_with_call", 140), Map.entry("competitive_dialogue", 270),
            Map.entry("innovation_partnership", 270), Map.entry("negotiated_without_call", 30), Map.entry("exempt", 14),
            Map.entry("central_purchasing", 14), Map.entry("call_off", 14), Map.entry("other", 77));

    /**
     * An entité adjudicatrice's two-stage procedures for its network (version 2.14, lawyer J): applications 15 days at
     * least (R2161-21 for the negotiated procedure; the restricted procedure alike), offers by agreement with the
     * candidates, else 10 days at least (R2161-22): about 30 days less than a pouvoir adjudicateur's (30 + 30, R2161-6,
     * R2161-8, R2161-12, R2161-15). The open procedure's minimum is the same for both (R2161-2, R2161-3).
     */
    static final Map<String, Integer> ENTITY_MINIMUM_DAYS = Map.of("restricted", 82, "negotiated_with_call", 110);

    /** Transmission to the prefect before notification (CGCT L2131-2 4°, D2131-5-1): a day or two by @ctes, not a wait. */
    static final int LEGALITY_CHECK_DAYS = 3;
    static final double LEGALITY_CHECK_FROM = 216_000;

    /** Two-stage procedures: applications for 30 days, then tenders 45 to 75 days after the launch. */
    private static final List<String> TWO_STAGE = List.of("restricted", "negotiated_with_call", "competitive_dialogue",
            "innovation_partnership");
    private static final List<String> FORMALISED = List.of("open", "restricted", "negotiated_with_call",
            "competitive_dialogue", "innovation_partnership");

    private Timing() {
    }

    /** Open to bids: route own or joint group (or not given). */
    public static boolean open(Need n) {
        return n.isOpenOpportunity();
    }

    /** An open opportunity put to competition: not exempt nor negotiated without a call (null and other count). */
    public static boolean competitive(Need n) {
        return open(n) && !"exempt".equals(n.procedure()) && !"negotiated_without_call".equals(n.procedure());
    }

    public static boolean formalised(String procedure) {
        return procedure != null && FORMALISED.contains(procedure);
    }

    public static boolean twoStage(String procedure) {
        return procedure != null && TWO_STAGE.contains(procedure);
    }

    /** R: the days the buyer gives (response time column), else the table's days for the procedure. */
    static int responseDays(Need n, RiskSettings s) {
        if (n.responseDays() != null && n.responseDays() > 0) {
            return n.responseDays();
        }
        Map<String, Integer> table = s.commonIntMap("responseDays", RESPONSE_DAYS);
        return table.getOrDefault(n.procedure() == null ? "other" : n.procedure(), table.getOrDefault("other", 35));
    }

    /** The deadline window: the deadline column, else the launch window + R. */
    static Span deadline(Need n, RiskSettings s) {
        if (n.deadline() != null) {
            return Span.of(n.deadline());
        }
        return Span.of(n.launch()).plusDays(responseDays(n, s));
    }

    /** A two-stage procedure's usual days after launch: applications until 30, tenders from 45 to 75 (RISKS.md §2). */
    public static final int APPLICATIONS_END = 30;
    public static final int TENDERS_START = 45;
    public static final int TENDERS_END = 75;

    /**
     * The days bidders work for one launch day: [L, deadline] when the deadline column gives it, [L, L + R], or
     * for a two-stage procedure [L, L + 30] and [L + 45, L + 75].
     */
    public static List<Span> bidPeriods(Need n, LocalDate launch, RiskSettings s) {
        if (n.deadline() != null) {
            return List.of(new Span(launch, n.deadline().end()));
        }
        if (n.responseDays() == null && twoStage(n.procedure())) {
            return List.of(new Span(launch, launch.plusDays(APPLICATIONS_END)),
                    new Span(launch.plusDays(TENDERS_START), launch.plusDays(TENDERS_END)));
        }
        return List.of(new Span(launch, launch.plusDays(responseDays(n, s))));
    }

    /** The table's minimum days for the need's procedure or route. */
    static int procedureDays(Need n, RiskSettings s) {
        return procedureDays(n, s, false);
    }

    /**
     * The minimum days for the need, an entité adjudicatrice's network purchase ({@code entity}) by its own table where
     * it has the procedure ({@code common.entityMinimumDays}), else by the common one.
     */
    static int procedureDays(Need n, RiskSettings s, boolean entity) {
        boolean route = "central_purchasing".equals(n.route()) || "call_off".equals(n.route());
        return route ? procedureDays(n.route(), s) : procedureDays(n.procedure(), s, entity);
    }

    /** The minimum days for a procedure code, an entité adjudicatrice's ({@code entity}) where its table has it. */
    public static int procedureDays(String procedure, RiskSettings s, boolean entity) {
        Integer own = entity && procedure != null ? s.commonIntMap("entityMinimumDays", ENTITY_MINIMUM_DAYS).get(procedure) : null;
        return own != null ? own : procedureDays(procedure, s);
    }

    /** The table's minimum days from launch to notification for a procedure code (null: other). */
    public static int procedureDays(String procedure, RiskSettings s) {
        Map<String, Integer> table = s.commonIntMap("minimumDays", MINIMUM_DAYS);
        return table.getOrDefault(procedure == null ? "other" : procedure, table.getOrDefault("other", 77));
    }

    /**
     * Days from the bid deadline to notification: the procedure's minimum days less its bid period R of the table
     * (analysis, award, the 11-day standstill of R2182-1), at least 0; used when the deadline column is given. An
     * entité adjudicatrice's steps after the deadline are the same: its shorter minima are bid periods.
     */
    public static int afterDeadlineDays(Need n, RiskSettings s) {
        Map<String, Integer> table = s.commonIntMap("responseDays", RESPONSE_DAYS);
        String key = n.procedure() == null ? "other" : n.procedure();
        Integer r = table.get(key);
        int days = procedureDays(n, s);
        return r == null ? days : Math.max(0, days - r);
    }

    /**
     * The contrôle de légalité: a transmission allowance of 3 days (not a waiting period: the contract is executory
     * once transmitted, CGCT L2131-1) when buyers.yaml says {@code legalityCheck: true} and min ≥ 216 000 € HT
     * (CGCT L2131-2 4°, D2131-5-1, whatever the object and the procedure); else none.
     * The days are {@code common.legalityCheckDays}. Needs (NeedFacts) and expected renewals (RenewalItems) both count them here.
     */
    public static int legalityDays(Value v, BuyerFacts b, RiskSettings s) {
        return b.legalityCheck() && v != null && v.atLeast(s.commonDouble("legalityCheckFrom", LEGALITY_CHECK_FROM))
                ? s.commonInt("legalityCheckDays", LEGALITY_CHECK_DAYS) : 0;
    }
}

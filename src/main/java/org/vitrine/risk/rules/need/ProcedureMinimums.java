package org.vitrine.risk.rules.need;

import java.math.BigDecimal;
import java.util.Map;
import org.vitrine.model.Need;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskSettings;
import org.vitrine.risk.Threshold;
import org.vitrine.risk.Totals;

/**
 * Practical minimum days from launch to notification, per procedure: legal time limits
 * (procedure-durations.yaml) + evaluation + standstill where it applies + start-up. Shared by
 * TIGHT_SCHEDULE and CONTINUITY_GAP so both read the same table, configured under TIGHT_SCHEDULE.
 */
final class ProcedureMinimums {

    static final String CODE = "TIGHT_SCHEDULE";

    /** Defaults in days: 7 weeks adapted, 11 open, 16 restricted, 20 negotiated, 9 months dialogue. */
    static final Map<String, Integer> DEFAULT_DAYS = Map.of(
            "adapted", 49,
            "open", 77,
            "restricted", 112,
            "negotiated_with_call", 140,
            "competitive_dialogue", 270,
            "innovation_partnership", 270,
            "negotiated_without_call", 30,
            "exempt", 14);

    static final int DEFAULT_OTHER = 77;
    static final int DEFAULT_LEGALITY_CHECK = 15;

    private ProcedureMinimums() {
    }

    /** The table's days for the need's procedure ({@code defaultDays} for other or none). */
    static int procedureDays(Need n, RiskSettings s) {
        Map<String, Integer> table = s.intMapParam(CODE, "minimumDays", DEFAULT_DAYS);
        Integer days = n.procedure() == null ? null : table.get(n.procedure());
        return days != null ? days : s.intParam(CODE, "defaultDays", DEFAULT_OTHER);
    }

    /**
     * Days added for the prefect's legality check: local authorities must transmit contracts at or
     * over the EU threshold before notifying them.
     */
    static int legalityCheckDays(Need n, RiskContext c) {
        if (n.buyer() == null || !"local".equals(n.buyer().kind()) || n.amount() == null || n.launch() == null) {
            return 0;
        }
        BigDecimal total = Totals.high(n);
        Threshold eu = c.thresholds().eu(n.buyer().kind(), n.category(), n.launch().start());
        return total != null && total.compareTo(eu.value()) >= 0
                ? c.settings().intParam(CODE, "localLegalityCheckDays", DEFAULT_LEGALITY_CHECK) : 0;
    }

    static int days(Need n, RiskContext c) {
        return procedureDays(n, c.settings()) + legalityCheckDays(n, c);
    }
}

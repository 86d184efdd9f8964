package org.vitrine.risk.rules.need;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/**
 * CONTINUITY_GAP: the current contract ends before the new one can start. The new one starts on
 * contractStart's first day when given, else no earlier than launch + the practical minimum of
 * its procedure (the TIGHT_SCHEDULE table). Ending the day before the new start is no gap.
 */
public final class ContinuityGap implements RiskRule {

    @Override
    public String code() {
        return "CONTINUITY_GAP";
    }

    @Override
    public String defaultSeverity() {
        return "high";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        String severity = context.severity(this);
        for (Need n : needs) {
            if (n.incumbentEnd() == null) {
                continue; // renewals without an end date: nothing to compare
            }
            LocalDate ends = n.incumbentEnd().end();
            boolean estimated = n.contractStart() == null;
            if (estimated && n.launch() == null) {
                continue;
            }
            int min = estimated ? ProcedureMinimums.days(n, context) : 0;
            LocalDate starts = estimated ? n.launch().start().plusDays(min) : n.contractStart().start();
            long gap = ChronoUnit.DAYS.between(ends, starts) - 1;
            if (gap < 1) {
                continue;
            }
            if (estimated) {
                flags.add(code(), n, severity, List.of(), "risk.CONTINUITY_GAP.estimated", context.fmt().date(ends),
                        context.fmt().date(starts), gap, context.fmt().period(n.launch()), min);
            } else {
                flags.add(code(), n, severity, List.of(), "risk.CONTINUITY_GAP", context.fmt().date(ends),
                        context.fmt().date(starts), gap);
            }
        }
    }
}

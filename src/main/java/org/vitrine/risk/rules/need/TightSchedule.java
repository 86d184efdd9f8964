package org.vitrine.risk.rules.need;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/**
 * TIGHT_SCHEDULE: launch to notification (or to contract start when no notification is given) is
 * shorter than the procedure's practical minimum ({@link ProcedureMinimums}). Certain when even
 * launching on the window's first day and finishing on the target's last day is too late; possible
 * when only the window's last day is too late for the target's first day.
 */
public final class TightSchedule implements RiskRule {

    @Override
    public String code() {
        return "TIGHT_SCHEDULE";
    }

    @Override
    public String defaultSeverity() {
        return "high";
    }

    @Override
    public boolean openOpportunitiesOnly() {
        return true;
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        String certain = context.severity(this);
        String possible = context.settings().stringParam(code(), "possibleSeverity", "medium");
        for (Need n : needs) {
            Period launch = n.launch();
            Period target = n.notification() != null ? n.notification() : n.contractStart();
            if (launch == null || target == null) {
                continue;
            }
            int toContractStart = n.notification() != null ? 0 : 1;
            int min = ProcedureMinimums.days(n, context);
            int legality = ProcedureMinimums.legalityCheckDays(n, context);
            long best = ChronoUnit.DAYS.between(launch.start(), target.end());
            long worst = ChronoUnit.DAYS.between(launch.end(), target.start());
            if (best < min) {
                flags.add(code(), n, certain, List.of(), "risk.TIGHT_SCHEDULE",
                        context.fmt().period(launch), context.fmt().period(target), toContractStart,
                        Math.max(0, best), min, procedure(n, context), legality, n.procedure() == null ? 0 : 1);
            } else if (worst < min) {
                flags.add(code(), n, possible, List.of(), "risk.TIGHT_SCHEDULE.possible",
                        context.fmt().date(launch.end()), context.fmt().date(target.start()), toContractStart,
                        Math.max(0, worst), min, procedure(n, context), legality, n.procedure() == null ? 0 : 1);
            }
        }
    }

    /** The procedure's label, or empty when not given (the message then says so). */
    private static String procedure(Need n, RiskContext c) {
        return n.procedure() == null ? "" : c.fmt().label("procedure", n.procedure());
    }
}

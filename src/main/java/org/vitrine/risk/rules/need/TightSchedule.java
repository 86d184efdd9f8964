package org.vitrine.risk.rules.need;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;
import org.vitrine.risk.Timing;

/**
 * TIGHT_SCHEDULE (docs/RISKS.md §3): a competitive need whose latest notification (given, else the latest
 * contract start) comes before its earliest notification: the earliest launch plus the procedure's minimum days, or
 * the bid deadline plus the steps after it when the deadline column gives it. Only the certain case.
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
    public String section() {
        return "S";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        Texts t = new Texts(context);
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            Period target = n.notification() != null ? n.notification() : n.contractStart();
            if (!f.competitive() || f.launch() == null || target == null) {
                continue;
            }
            // the row's own dates contradict each other: a contract is notified before any execution (R2182-4); that is
            // the fix, whatever the schedule (lawyer D, VB27-01: start 1 June, notification 20 June)
            if (n.notification() != null && n.contractStart() != null && n.contractStart().end().isBefore(n.notification().start())) {
                flags.on(this, context, f).add("risk.TIGHT_SCHEDULE.startFirst", t.period(n.contractStart()), t.period(n.notification()));
                continue;
            }
            if (target.end().isBefore(f.earliestNotification())) {
                long days = ChronoUnit.DAYS.between(f.fromDeadline() ? n.deadline().start() : f.launch().first(), target.end());
                // the margin stated (issue 17, version 2.6): the usual bid days of the procedure, then the steps after them
                int after = Timing.afterDeadlineDays(n, context.settings());
                int bids = Math.max(0, f.minimumDays() - f.legalityDays() - after);
                // a MAPA has no minimum period nor standstill: its remedy cites the « délai raisonnable » of R2143-1 and
                // R2151-1, never a formalised procedure's article (lawyer L, defect 3: R2161-3 3° on a MAPA)
                boolean mapa = "adapted".equals(n.procedure());
                flags.on(this, context, f).add("risk.TIGHT_SCHEDULE", f.fromDeadline() ? t.period(n.deadline()) : t.period(n.launch()),
                        t.date(target.end()), n.notification() != null ? 0 : 1, Math.max(0, days), f.scheduleDays(), t.procedure(n),
                        f.legalityDays(), f.fromDeadline() ? (mapa ? 2 : 1) : 0, bids, after, !f.fromDeadline() && Timing.formalised(n.procedure()) ? 1 : 0,
                        mapa ? 1 : 0);
            }
        }
    }
}

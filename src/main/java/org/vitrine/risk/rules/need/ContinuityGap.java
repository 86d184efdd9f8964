package org.vitrine.risk.rules.need;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;

/**
 * CONTINUITY_GAP (docs/RISKS.md §3): the current contract ends before the new one can start. The earliest start
 * is the later of the contract start (if given) and the earliest notification ({@link NeedFacts#earliestNotification()}); the gap is that
 * start less the latest end of the current contract less one day, flagged from {@code minGapDays} (7) days.
 */
public final class ContinuityGap implements RiskRule {

    public static final String CODE = "CONTINUITY_GAP";

    @Override
    public String code() {
        return CODE;
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
        // the procedure days are estimates, not legal minima: a gap of a few days is within their margin
        int minGap = context.settings().intParam(code(), "minGapDays", 7);
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            // under the dispense threshold the buyer may order without publicity or competition (R2122-8): a gap is
            // closed by an order in days, not a procedure (issue 17 third review: press subscriptions at 18 000 €)
            if (n.incumbentEnd() == null || f.launch() == null
                    || (f.value() != null && f.dispense() != null && f.value().below(f.dispense().value()))) {
                continue;
            }
            LocalDate byProcedure = f.earliestNotification();
            boolean startGiven = n.contractStart() != null && n.contractStart().start().isAfter(byProcedure);
            LocalDate earliest = startGiven ? n.contractStart().start() : byProcedure;
            long gap = ChronoUnit.DAYS.between(n.incumbentEnd().end(), earliest) - 1;
            if (gap >= minGap) {
                String estimate = context.messages().get("risk.CONTINUITY_GAP.estimate", startGiven ? 2 : f.fromDeadline() ? 1 : 0,
                        f.fromDeadline() ? t.period(n.deadline()) : t.period(n.launch()), f.scheduleDays(), startGiven ? 0 : f.legalityDays());
                flags.on(this, context, f).add("risk.CONTINUITY_GAP", t.date(n.incumbentEnd().end()), t.date(earliest), gap, estimate);
            }
        }
    }
}

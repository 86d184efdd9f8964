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
 * start less the latest end of the current contract less one day, flagged from {@code minGapDays} (7) days. A launch
 * window (a month, a quarter) whose first day leaves no such gap is judged on its last day too, when less than
 * {@code windowShare} (a quarter) of it leaves none ({@link #windowEnd}).
 */
public final class ContinuityGap implements RiskRule {

    public static final String CODE = "CONTINUITY_GAP";
    /** A window judged on its end when less than this share of it, from its first day, leaves no gap. */
    static final double WINDOW_SHARE = 0.25;

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
            // not f.open(): a contract outside the code (an SPL in quasi-régie…) must also follow its incumbent in time
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
            } else if (!f.fromDeadline() && f.launch().days() > 1 && f.competitive()) {
                windowEnd(f, context, flags, t, minGap);
            }
        }
    }

    /**
     * Version 2.10 (lawyer G, defect 8: CA-27-09 and GPM-27-11, « T3 2027 », incumbents ending 30/09/2027): a launch
     * window whose first day leaves no gap but whose last day does. The buyer may launch on any day of the window, so
     * the gap is not certain: one medium item before the launch (section L), stating that it judges the window's end
     * and the latest launch that leaves no gap (the incumbent's end + 1 day less the estimated procedure days), only
     * when that launch falls in the first {@code windowShare} of the window (or before it). Only for a call for
     * competition (an open opportunity, not exempt nor negotiated without call): its days are bid periods and
     * standstill, while an order or a negotiation with the one holder is signed in days (lawyer's D27-023, must_not).
     */
    private void windowEnd(NeedFacts f, RiskContext context, Flags flags, Texts t, int minGap) {
        Need n = f.need();
        LocalDate end = n.incumbentEnd().end();
        LocalDate late = f.launch().last().plusDays(f.minimumDays());
        if (n.contractStart() != null && n.contractStart().start().isAfter(late)) {
            return; // the planned start is later than any notification: the launch day does not matter
        }
        long gap = ChronoUnit.DAYS.between(end, late) - 1;
        LocalDate launchBy = end.plusDays(1).minusDays(f.minimumDays());
        // the window still describes the plan while a fair part of it leaves no gap (a T2 MAPA for a contract ending
        // 30 June: launched by mid-May, half the quarter); only when under windowShare of it does, from its first day,
        // must the buyer be told the date (CA-27-09: the first day only)
        double share = context.settings().doubleParam(code(), "windowShare", WINDOW_SHARE);
        long noGapDays = ChronoUnit.DAYS.between(f.launch().first(), launchBy) + 1;
        if (gap < minGap || noGapDays >= share * f.launch().days()) {
            return;
        }
        flags.on(this, context, f).severity("medium").section("L").add("risk.CONTINUITY_GAP.windowEnd", t.date(end),
                t.date(f.launch().last()), t.period(n.launch()), t.date(late), gap, f.minimumDays(), f.legalityDays(), t.date(launchBy));
    }
}

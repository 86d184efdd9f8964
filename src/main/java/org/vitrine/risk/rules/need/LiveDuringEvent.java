package org.vitrine.risk.rules.need;

import java.time.LocalDate;
import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;

/**
 * LIVE_DURING_EVENT (docs/RISKS.md §3): a competitive consultation certainly launched by the event day and not
 * notified before it (the notification given, else the earliest launch plus the procedure's minimum days) cannot
 * be discussed at the stand (égalité de traitement, L3; R2132-6). Variant {@code offers} while bids are received
 * (deadline at or after E), {@code analysis} after. A window launched before E whose latest launch still receives bids
 * on E is live too (the latest launch decides, docs/RISKS.md §8). The risk stage also sets {@code Need.live} from
 * {@link #variant}, so pages drop the meeting button.
 */
public final class LiveDuringEvent implements RiskRule {

    public static final String OFFERS = "offers";
    public static final String ANALYSIS = "analysis";
    /** Not a value of {@code Need.live}: the pages show a closed consultation as in analysis ({@link #live}). */
    static final String CLOSED = "closed";

    /** The page state of {@link #variant}: a consultation closed before the event is shown as in analysis. */
    public static String live(NeedFacts f, LocalDate event) {
        String v = variant(f, event);
        return CLOSED.equals(v) ? ANALYSIS : v;
    }

    @Override
    public String code() {
        return "LIVE_DURING_EVENT";
    }

    @Override
    public String defaultSeverity() {
        return "high";
    }

    @Override
    public String section() {
        return "S";
    }

    /** {@code offers}, {@code analysis}, or null when the consultation is not certainly running on the event day. */
    public static String variant(NeedFacts f, LocalDate event) {
        if (event == null || !f.competitive() || f.launch() == null || f.launch().last().isAfter(event)) {
            return null;
        }
        Need n = f.need();
        LocalDate notified = n.notification() != null ? n.notification().start()
                : f.earliestNotification();
        if (!notified.isBefore(event)) {
            return f.deadline().last().isBefore(event) ? ANALYSIS : OFFERS;
        }
        // the latest launch of the window decides too: launched on its last day, bids are still being received on
        // the event day, so no meeting may be offered (L3) even if an earlier launch would be notified by then
        if (n.notification() == null && !f.deadline().last().isBefore(event)) {
            return OFFERS;
        }
        // bids due by the buyer's own deadline before the event and no notification given: closed, in analysis or
        // just awarded, never a purchase to come: shown as in analysis, no meeting (lawyer F, D10: VSA-27-15, bids
        // closed on 12 January for an event in February)
        if (n.notification() == null && n.deadline() != null && f.deadline().last().isBefore(event)) {
            return CLOSED;
        }
        return null;
    }

    /**
     * True when a competitive need launched before the event by its whole window, not certainly running on the event
     * day, would still be running if launched on the window's last day (latest launch plus the minimum days on or after
     * E): INCOMPLETE asks for the date, which decides whether meetings may be offered.
     */
    public static boolean maybeLive(NeedFacts f, LocalDate event) {
        if (event == null || !f.competitive() || f.launch() == null || f.launch().last().isAfter(event)
                || f.need().notification() != null || f.fromDeadline() || variant(f, event) != null) {
            return false;
        }
        return !f.launch().last().plusDays(f.minimumDays()).isBefore(event);
    }

    /**
     * Version 2.19 (lawyer O, VM-27-22): bids received on the event day only if launched late in its window — the
     * earliest launch's estimated deadline is before the event — are « peut-être encore en cours, sinon en analyse »:
     * live either way (no meeting), but not asserted.
     */
    static boolean perhaps(NeedFacts f, LocalDate event) {
        return f.need().deadline() == null && f.launch().first().isBefore(f.launch().last())
                && f.deadline().first().isBefore(event);
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        Texts t = new Texts(context);
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            String variant = variant(f, context.eventDate());
            if (variant != null) {
                // the link is asked only of a consultation launched by the edition date: before, it has none yet
                boolean launched = context.editionDate() == null || !f.launch().last().isAfter(context.editionDate());
                boolean noLink = launched && (n.tenderUrl() == null || n.tenderUrl().isBlank());
                // an estimated deadline says what it rests on: two Q4 2026 launches got 4 February and 16 March without a
                // word (officer Z2, N4): the last launch day plus the bid days of the procedure, or of the buyer's column
                boolean ownDays = n.responseDays() != null && n.responseDays() > 0;
                // a leading space in the bundle is trimmed: the sentence gets its own
                String basis = n.deadline() != null ? "" : " " + context.messages().get("risk.LIVE_DURING_EVENT.basis."
                        + (ownDays ? 1 : n.procedure() == null ? 2 : 0), t.date(f.launch().last()),
                        org.vitrine.risk.Timing.responseDays(n, context.settings()), t.procedure(n));
                flags.on(this, context, f).add("risk.LIVE_DURING_EVENT", t.period(n.launch()), t.date(f.deadline().last()),
                        CLOSED.equals(variant) ? 2 : ANALYSIS.equals(variant) ? 1 : perhaps(f, context.eventDate()) ? 3 : 0, noLink ? 1 : 0, n.deadline() != null ? 1 : 0,
                        basis);
            }
        }
    }
}

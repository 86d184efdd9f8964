package org.vitrine.risk.rules.need;

import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.Texts;

/**
 * The remedy of a defect of the procedure itself (MAPA_ABOVE_THRESHOLD, DESIGN_CONTEST_MISSING, BID_PERIOD_SHORT) as
 * one sentence that fits the launch (docs/RISKS.md §8 version 2.6, RBV-2027-11): before the launch, correct before
 * publication; a consultation launched before the event (also LIVE_DURING_EVENT) is corrected before its launch, or
 * else only by declaring it sans suite (R2185-1) and launching it again; one already launched on the edition date
 * cannot be corrected while it runs, and only that second remedy is given.
 */
final class LaunchedRemedy {

    private LaunchedRemedy() {
    }

    /** 0 launched after the event (or not known), 1 launched before the event, 2 launched by the edition date. */
    static int state(NeedFacts f, RiskContext context) {
        if (f.launch() == null) {
            return 0;
        }
        if (context.editionDate() != null && !f.launch().last().isAfter(context.editionDate())) {
            return 2;
        }
        return context.eventDate() != null && !f.launch().last().isAfter(context.eventDate()) ? 1 : 0;
    }

    /** The sentence: {@code before} is the remedy before publication, {@code relaunch} how to launch it again. */
    static String text(Texts t, NeedFacts f, RiskContext context, String before, String relaunch) {
        return t.message("risk.launched", state(f, context), before, t.period(f.need().launch()), relaunch);
    }
}

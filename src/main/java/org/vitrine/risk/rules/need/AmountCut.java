package org.vitrine.risk.rules.need;

import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;
import org.vitrine.risk.Threshold;
import org.vitrine.risk.Value;

/**
 * AMOUNT_CUT (docs/RISKS.md §3): in THRESHOLD_EDGE's scope, a need of the previous edition (same id) whose max was
 * at or above a threshold X now lies just under it. Both editions are compared with the current X, so a change of
 * threshold alone never reads as a cut.
 */
public final class AmountCut implements RiskRule {

    @Override
    public String code() {
        return "AMOUNT_CUT";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public String section() {
        return "L";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        if (context.previous() == null || context.previous().isEmpty()) {
            return;
        }
        Texts t = new Texts(context);
        double near = ThresholdEdge.near(context, code());
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            Need before = context.previous().get(n.id());
            Value was = before == null ? null : Value.of(before);
            if (was == null) {
                continue;
            }
            for (Threshold x : ThresholdEdge.tested(f)) {
                if (was.reaches(x.value()) && f.value().justUnder(x.value(), near)) {
                    flags.on(this, context, f).add("risk.AMOUNT_CUT", t.value(was), t.value(f.value()), t.euros(x.value()),
                            t.basis(x));
                    break;
                }
            }
        }
    }
}

package org.vitrine.risk.rules.need;

import java.util.List;
import org.vitrine.risk.RiskRule;

/** The rules that look at one need at a time, in the order of CONTRACT §6. */
public final class NeedRules {

    private NeedRules() {
    }

    public static List<RiskRule> all() {
        return List.of(new PartialCoverage(), new LowCompetition(), new TightSchedule(), new ContinuityGap(),
                new ThresholdEdge(), new NotAllotted(), new AmountCut(), new CpvImprecise(), new ShortNotice(),
                new Incomplete());
    }
}

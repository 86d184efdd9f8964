package org.vitrine.risk.rules.need;

import java.util.List;
import org.vitrine.risk.RiskRule;

/** The rules that look at one need at a time, in the order of docs/RISKS.md §3. */
public final class NeedRules {

    private NeedRules() {
    }

    public static List<RiskRule> all() {
        return List.of(new LiveDuringEvent(), new MapaAboveThreshold(), new ThresholdEdge(), new AmountCut(),
                new NotAllotted(), new DesignContestMissing(), new TightSchedule(), new BidPeriodShort(), new ContinuityGap(), new FrameworkDuration(), new FrameworkMaximum(),
                new ShortNotice(), new HolidayDeadline(),
                new PartialCoverage(), new LowCompetition(), new CoverageUnknown(), new Incomplete(), new CpvImprecise(),
                new CpvMismatch());
    }
}

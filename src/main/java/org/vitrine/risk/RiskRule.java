package org.vitrine.risk;

import java.util.List;
import org.vitrine.model.Need;

/**
 * One risk rule of CONTRACT §6: a stable code and one pass over all needs that adds flags.
 * Rules that compare needs with each other group and sort them (by buyer, CPV class, month...):
 * never a loop over every pair, so the stage stays near linear on 100,000 needs.
 */
public interface RiskRule {

    /** The stable code, e.g. {@code CALENDAR_CLASH}. */
    String code();

    /** Default severity when config/risks.yaml does not set one: {@code high}, {@code medium} or {@code low}. */
    String defaultSeverity();

    /**
     * True for the rules that central purchasing and call-offs skip (they are not open to bids):
     * CALENDAR_CLASH, TIGHT_SCHEDULE, THRESHOLD_EDGE, SPLIT_SUSPECT, NOT_ALLOTTED. The engine then
     * passes only open opportunities to {@link #apply}.
     */
    default boolean openOpportunitiesOnly() {
        return false;
    }

    void apply(List<Need> needs, RiskContext context, Flags flags);
}

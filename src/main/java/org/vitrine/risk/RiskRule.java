package org.vitrine.risk;

import java.util.List;
import org.vitrine.model.Need;

/**
 * One risk rule of docs/RISKS.md version 2: a stable code, its default severity and section of the staff report,
 * and one pass over all needs that adds flags. Each rule applies its own scope ({@link NeedFacts#open()},
 * {@link NeedFacts#competitive()}...). Rules that compare needs with each other sort and sweep: never a loop over
 * every pair, so the stage stays near linear on 100,000 needs.
 */
public interface RiskRule {

    /** The stable code, e.g. {@code DEADLINE_CONGESTION}. */
    String code();

    /** Default severity when config/risks.yaml does not set one: {@code high}, {@code medium} or {@code low}. */
    String defaultSeverity();

    /** The section of the staff report: {@code S} before the event, {@code L} before the launch, {@code I} for information. */
    String section();

    /** Adds the rule's flags; {@code needs} are the context's needs, whose facts rules read from {@link RiskContext#all()}. */
    void apply(List<Need> needs, RiskContext context, Flags flags);
}

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

    /**
     * A rule whose candidates depend on the other rules' items: the stage runs it after them, once their items are one
     * line per problem (RiskStage.applyAll), and gives it those items. GROUPING_OPPORTUNITY leaves out the needs with a
     * section-S or NOT_ALLOTTED item before it forms its clusters, so that one such member no longer takes the valid
     * members of its cluster down with it (RISKS.md version 2.24, lawyer Q R60).
     */
    interface AfterOthers extends RiskRule {

        /** Adds the rule's flags, given the other rules' items ({@link Flags#at} by the need's index). */
        void apply(List<Need> needs, RiskContext context, Flags others, Flags flags);

        /** Alone (a rule's own test): no other item. */
        @Override
        default void apply(List<Need> needs, RiskContext context, Flags flags) {
            apply(needs, context, new Flags(context.messages()), flags);
        }
    }
}

package org.vitrine.risk.rules.need;

import java.util.List;
import org.vitrine.model.Coverage;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/**
 * PARTIAL_COVERAGE (docs/RISKS.md §3): the buyer expects one operator may not cover the whole need (coverage
 * partial, or a percentage under 100), for a competitive need launched after the event, not already in lots and not reserved
 * (L2113-12, L2113-13: deliberately narrow). May be public: the
 * buyer's own statement, in the same words for every supplier.
 */
public final class PartialCoverage implements RiskRule {

    @Override
    public String code() {
        return "PARTIAL_COVERAGE";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public String section() {
        return "I";
    }

    /** Competitive and possibly launched after the event (all, without an event date). */
    static boolean afterEvent(NeedFacts f, RiskContext c) {
        return f.competitive() && f.launch() != null && (c.eventDate() == null || f.launch().last().isAfter(c.eventDate()));
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            Coverage c = n.coverage();
            // a need already in lots: partial coverage is each lot's matter, and the row does not say which lot
            // (issue 17 third review: say which lot or stay silent)
            int lots = n.lots() != null ? n.lots() : n.lotList().size();
            // LowCompetition.partial: the buyer's statement, not a reserved contract's (narrow by the buyer's choice)
            if (!LowCompetition.partial(n) || !afterEvent(f, context) || lots > 1) {
                continue;
            }
            if (c.percent() != null && c.percent() < 100) {
                flags.on(this, context, f).add("risk.PARTIAL_COVERAGE", 1, c.percent());
            } else if ("partial".equals(c.level()) && c.percent() == null) {
                flags.on(this, context, f).add("risk.PARTIAL_COVERAGE", 0, 0);
            }
        }
    }
}

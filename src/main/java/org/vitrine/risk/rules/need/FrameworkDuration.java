package org.vitrine.risk.rules.need;

import java.util.List;
import java.util.regex.Pattern;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;
import org.vitrine.risk.Threshold;
import org.vitrine.risk.Thresholds;
import org.vitrine.risk.reference.Words;

/**
 * FRAMEWORK_DURATION (docs/RISKS.md §8, version 2.6, lawyer D T10): a framework agreement (the procedure or the
 * framework columns say so) whose duration, renewals included, exceeds L2125-1 1°: 4 years for a pouvoir
 * adjudicateur, 8 for an entité adjudicatrice (a utility's network purchase), 7 for a defence or security contract
 * (L2325-1), unless the row says the longer term is justified (its object, the amortisation of investments).
 * Evidence only: the duration and the framework mark are in the row.
 */
public final class FrameworkDuration implements RiskRule {

    /** The row states why a longer term is needed (the exception of L2125-1 1°). */
    private static final Pattern JUSTIFIED = Pattern.compile("\\b(justifi\\w*|cas exceptionnels?|amortissement\\w*)\\b");

    @Override
    public String code() {
        return "FRAMEWORK_DURATION";
    }

    @Override
    public String defaultSeverity() {
        return "high";
    }

    @Override
    public String section() {
        return "L";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            Integer months = n.duration() != null ? Integer.valueOf(n.duration().totalMonths()) : n.durationMonths();
            if (!f.open() || months == null || !"framework".equals(n.technique())) {
                continue;
            }
            int limit = maxMonths(f);
            if (months > limit && !justified(n)) {
                flags.on(this, context, f).add("risk.FRAMEWORK_DURATION", months, limit / 12, limit == 96 ? 1 : limit == 84 ? 2 : 0);
            }
        }
    }

    /** L2125-1 1° (4 years), L2125-1 for entités adjudicatrices (8 years), L2325-1 defence and security (7 years). */
    static int maxMonths(NeedFacts f) {
        // The buyer's role for this contract, not the threshold's basis: works of an entité adjudicatrice have the
        // works threshold but its 8 years (lawyer F: SIE-27-07, 96 months of network works, was told « 4 ans »).
        if (Thresholds.networkActivity(f.need(), f.buyer())) {
            return 96;
        }
        Threshold.Basis b = f.eu() == null ? null : f.eu().basis();
        return b == Threshold.Basis.defence ? 84 : 48;
    }

    static boolean justified(Need n) {
        StringBuilder text = Texts.rowText(n);
        return JUSTIFIED.matcher(text).find();
    }
}

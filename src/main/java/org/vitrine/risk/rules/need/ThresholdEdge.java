package org.vitrine.risk.rules.need;

import java.util.ArrayList;
import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.risk.Exclusions;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;
import org.vitrine.risk.Threshold;

/**
 * THRESHOLD_EDGE (docs/RISKS.md §3): an open opportunity under MAPA, exempt or with no procedure (a formalised
 * procedure settles the question) whose value sits just under a threshold X (within {@code nearPercent}, 5 %) or
 * whose range straddles it. X is T; 90 000 € if adapted or not given; the dispense threshold if exempt or not
 * given. One flag per need, at the first X that matches in that order; none for a straddling range INCOMPLETE (d)
 * already raises as too wide (the same remedy). Version 2.8: a value more than {@code fittedPercent} (1 %) under X is
 * information (section I, low, no due date); a straddling range or a value fitted to X stays a task (section L). Real-estate acquisitions and rentals are out
 * of the code (L2512-5 1°, {@link Exclusions}): no threshold applies.
 */
public final class ThresholdEdge implements RiskRule {

    static final double NEAR_PERCENT = 5;
    /** Within this many % under X an estimate reads as fitted to the threshold (0.5 % of 216 000 € is 1 080 €). */
    static final double FITTED_PERCENT = 1;

    @Override
    public String code() {
        return "THRESHOLD_EDGE";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public String section() {
        return "L";
    }

    /** The thresholds tested for a need in scope, or none when it is out of scope. */
    static List<Threshold> tested(NeedFacts f) {
        String p = f.need().procedure();
        boolean adapted = "adapted".equals(p);
        boolean exempt = "exempt".equals(p);
        if (!f.open() || !f.comparable() || !(adapted || exempt || p == null)) {
            return List.of();
        }
        List<Threshold> xs = new ArrayList<>(3);
        xs.add(f.eu());
        if (!exempt) {
            xs.add(f.publicity());
        }
        if (!adapted) {
            xs.add(f.dispense());
        }
        return xs;
    }

    static double near(RiskContext c, String code) {
        return c.settings().doubleParam(code, "nearPercent", c.settings().commonDouble("nearPercent", NEAR_PERCENT));
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        Texts t = new Texts(context);
        double near = near(context, code());
        double fitted = context.settings().doubleParam(code(), "fittedPercent", FITTED_PERCENT);
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            for (Threshold x : tested(f)) {
                if (f.contract().atLeast(x.value())) {
                    // the contract reaches X by its framework maximum or its groupement's total (version 2.14): no
                    // edge, MAPA_ABOVE_THRESHOLD judges it (lawyer J: LYS-27-01 would be « just under » and above at once)
                    break;
                }
                boolean under = f.value().justUnder(x.value(), near);
                if (!under && f.value().straddles(x.value()) && Incomplete.wideRange(f, context)) {
                    break; // INCOMPLETE (d) already asks to tighten this range: one line per need
                }
                if (under || f.value().straddles(x.value())) {
                    double gap = under ? (x.value() - f.value().max()) * 100 / x.value() : 0;
                    // version 2.8 (lawyer F, D8: 210 000 €, 2.8 % under 216 000 €): a value a few % under X is an estimate
                    // with nothing suggesting an error: information, no due date; a range reaching X, or a value within
                    // fittedPercent of it (fitted to the threshold), is evidence: a task before the launch
                    Flags.Builder b = flags.on(this, context, f);
                    boolean information = under && gap > fitted;
                    if (information) {
                        b.section("I").severity("low");
                    }
                    b.add("risk.THRESHOLD_EDGE", t.value(f.value()), t.euros(x.value()), t.basis(x),
                            t.percent(gap), information ? 2 : under ? 0 : 1, x.latestKnown() ? 1 : 0);
                    break;
                }
            }
        }
    }
}

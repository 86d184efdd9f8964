package org.vitrine.risk.rules.need;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;
import org.vitrine.risk.Threshold;
import org.vitrine.risk.Value;
import org.vitrine.risk.reference.Words;

/**
 * FRAMEWORK_MAXIMUM (docs/RISKS.md §3, version 2.7, lawyer E T24): a framework agreement whose row says it has no
 * maximum (« sans montant maximum », « sans plafond »). Since 1 January 2022 every framework agreement states a
 * maximum in value or quantity (R2162-4 as amended by décret 2021-1111; CJEU 17 June 2021, Simonsen & Weel, C-23/20).
 * Evidence only: an empty maximum column is a missing field, asked in the buyer's feedback file, not a flag. Defence
 * and security contracts follow their own articles (R2362-1 ff.): left alone.
 */
public final class FrameworkMaximum implements RiskRule {

    /** The buyer's own words that the framework has no maximum (folded text). */
    static final Pattern NO_MAXIMUM = Pattern.compile("\\b(sans (montant |valeur |quantite )?(maximum|maximal|plafond)"
            + "|(pas|aucun) de (montant )?(maximum|plafond)|maximum (illimite|non fixe|non defini))\\b");

    @Override
    public String code() {
        return "FRAMEWORK_MAXIMUM";
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
            if (!f.open() || !"framework".equals(n.technique()) || f.eu() != null && f.eu().basis() == Threshold.Basis.defence) {
                continue;
            }
            if (n.frameworkMaximum() != null) {
                exceeded(f, context, flags);
                continue;
            }
            String words = noMaximum(n);
            if (words != null) {
                flags.on(this, context, f).add("risk.FRAMEWORK_MAXIMUM", words);
            }
        }
    }

    /**
     * Version 2.9 (lawyer G, T35 CH-27-14: 600 000 €/an × 48 months = 2 400 000 € against a maximum of 1 800 000 €): an
     * estimate whose least value is above the framework's maximum, both over the whole duration ({@link Value#frameworkMaximum}:
     * a maximum given per year is multiplied by the duration, as the estimate is). Once the maximum is reached the framework has no
     * further effect (R2162-4; CJEU C-23/20): it runs out before its term, or the estimate or the maximum in the notice is wrong.
     */
    private void exceeded(NeedFacts f, RiskContext context, Flags flags) {
        Double max = Value.frameworkMaximum(f.need());
        if (max == null || f.value() == null || f.value().min() <= max) {
            return;
        }
        Texts t = new Texts(context);
        Integer months = f.need().durationMonths();
        long lasts = months == null ? 0 : (long) Math.floor(months * max / f.value().min());
        flags.on(this, context, f).add("risk.FRAMEWORK_MAXIMUM.exceeded", t.value(f.value()), t.euros(max),
                months == null ? 0 : 1, months == null ? 0 : months, lasts);
    }

    /** The words of the title, description or notes that say there is no maximum, or null. */
    static String noMaximum(Need n) {
        StringBuilder text = Texts.rowText(n);
        Matcher m = NO_MAXIMUM.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}

package org.vitrine.risk.rules.need;

import java.util.List;
import java.util.regex.Pattern;
import org.vitrine.risk.reference.Words;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;

/**
 * LOW_COMPETITION (docs/RISKS.md §3): 0, 1 or 2 known suppliers ({@code maxSuppliers}) for a competitive need
 * launched after the event, insurance and the maintenance of an installed system ({@link #captive}) left out; an
 * unknown count gives no flag. Its public text never gives the count.
 */
public final class LowCompetition implements RiskRule {

    static final int MAX_SUPPLIERS = 2;

    @Override
    public String code() {
        return "LOW_COMPETITION";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public String section() {
        return "I";
    }

    /**
     * Insurance (CPV 665, 666): few insurers answer public calls for a given risk anywhere (hospital liability: a
     * handful of mutuals), so a low count describes the market, not a sourcing the event could widen (issue 17 review).
     */
    static boolean insurance(Need n) {
        return n.cpv() != null && (n.cpv().code().startsWith("665") || n.cpv().code().startsWith("666"));
    }

    /** Software maintenance and support codes (72267, 7225, 7226): the service of a system already installed. */
    private static final List<String> SUPPORT = List.of("72267", "7225", "7226");
    private static final Pattern UPKEEP = Pattern.compile("\\b(maintenance|evolutions?|mises? a jour|tma|mco|support)\\b");
    private static final Pattern SYSTEM = Pattern.compile("\\b(logiciels?|progiciels?|systemes?|sae|sig|applications?|plateformes?"
            + "|supervision|installe|installee|existant|existante)\\b");

    /**
     * Maintenance or upgrades of an installed proprietary system (issue 17 fourth review, A TVS-27-17: the SAE's
     * publisher is captive, R2122-3 3°): a service under a software-support code, or whose title names the upkeep of a
     * system; widening the sourcing changes nothing, so no flag. A new system or package is still flagged.
     */
    static boolean captive(Need n) {
        if (n.cpv() == null || n.cpv().code() == null || !"services".equals(n.category())) {
            return false;
        }
        String title = Words.fold(n.title());
        boolean upkeep = UPKEEP.matcher(title).find();
        return upkeep && (SUPPORT.stream().anyMatch(n.cpv().code()::startsWith) || SYSTEM.matcher(title).find());
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        int max = context.settings().intParam(code(), "maxSuppliers", MAX_SUPPLIERS);
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            Integer known = n.suppliersKnown();
            if (known != null && known <= max && PartialCoverage.afterEvent(f, context) && !insurance(n) && !captive(n)) {
                flags.on(this, context, f).add("risk.LOW_COMPETITION", known);
            }
        }
    }
}

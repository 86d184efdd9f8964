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
 * launched after the event, insurance left out; for the maintenance of an installed system ({@link #captive}) only
 * 0 or 1 with partial coverage, with its own remedy (exclusive rights to document, or other maintainers to find); an unknown count gives no flag,
 * nor does a reserved contract or one certainly under the dispense threshold (version 2.9). Its public text never gives the count.
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
     * system; widening the sourcing changes nothing, so no flag (version 2.8: but for one known supplier who may not
     * cover the need, where the item asks whether the publisher's exclusivity is documented). A new system or package is still flagged.
     */
    static boolean captive(Need n) {
        if (n.cpv() == null || n.cpv().code() == null || !"services".equals(n.category())) {
            return false;
        }
        String title = Words.fold(n.title());
        boolean upkeep = UPKEEP.matcher(title).find();
        return upkeep && (SUPPORT.stream().anyMatch(n.cpv().code()::startsWith) || SYSTEM.matcher(title).find());
    }

    /**
     * Certainly under the dispense threshold (R2122-8): no competition is required, so few known suppliers is no risk
     * worth a line (lawyer G: 85 k€ of LED works with two suppliers, COM-27-13). Reserved contracts (L2113-12 to -15)
     * are left out too: a small pool of ESAT, EA or SIAE is the point of the reservation (COM-27-08, CCAS-27-11).
     */
    static boolean dispensed(NeedFacts f) {
        return f.value() != null && f.dispense() != null && f.value().below(f.dispense().value());
    }

    /**
     * The buyer's own statement that the known suppliers may not cover the whole need. Not for a contract reserved to
     * EA/ESAT or SIAE (L2113-12, L2113-13): it is narrow by the buyer's choice, and its « partielle » says the pool
     * covers part of the buyer's need, which its open contracts cover (version 2.13, lawyer I OHA-27-20, MOL-27-21,
     * CHU-27-26 graded noise in PARTIAL_COVERAGE and NOT_ALLOTTED alike).
     */
    static boolean partial(Need n) {
        return !n.hasReservation() && n.coverage() != null && ("partial".equals(n.coverage().level())
                || n.coverage().percent() != null && n.coverage().percent() < 100);
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        int max = context.settings().intParam(code(), "maxSuppliers", MAX_SUPPLIERS);
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            Integer known = n.suppliersKnown();
            if (known == null || !PartialCoverage.afterEvent(f, context) || insurance(n) || n.hasReservation() || dispensed(f)) {
                continue;
            }
            // version 2.26 (lawyer U, EMS-2027-001): a « quasi-régie » with a SEM, flagged by MAPA_ABOVE_THRESHOLD's
            // in-house case: its one « known supplier » is the SEM the buyer meant to award directly, no reading of the
            // market, and that item already says to put the contract to competition (a second line for one fix)
            if (context.settings().enabled("MAPA_ABOVE_THRESHOLD") && MapaAboveThreshold.inHouseFinding(f)) {
                continue;
            }
            if (!captive(n) && known <= max) {
                flags.on(this, context, f).add("risk.LOW_COMPETITION", known);
            } else if (captive(n) && known <= 1 && partial(n)) {
                // version 2.8 (lawyer F, T20 SDIS-27-12): one supplier of an installed system who, the buyer says, may not
                // cover the need is either its exclusive right holder (documented, R2122-3 3°) or a sourcing the event can
                // widen; when it covers the whole need the publisher is simply captive (issue 17 fourth review, DEP-59)
                flags.on(this, context, f).add("risk.LOW_COMPETITION.captive", known);
            }
        }
    }
}

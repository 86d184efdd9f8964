package org.vitrine.risk.rules.market;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vitrine.model.Need;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.reference.CpvWords;
import org.vitrine.risk.reference.Markets;

/** Helpers of the cluster rules: buyers of a set of needs, a market's name for messages, how many members a message lists. */
final class Members {

    static final int MAX_LISTED = 10;

    private Members() {
    }

    static int buyers(List<Need> needs) {
        Set<String> ids = new HashSet<>();
        for (Need n : needs) {
            ids.add(n.buyer() == null ? "" : n.buyer().id());
        }
        return ids.size();
    }

    static String buyerId(Need n) {
        return n.buyer() == null ? "" : n.buyer().id();
    }

    /**
     * What a cluster key adds for a reserved contract: its pool (EA/ESAT and SIAE are different firms, lawyer I), so
     * that it clusters only with contracts reserved to the same pool; "" for a contract open to all.
     */
    static String poolKey(Need n) {
        return n.hasReservation() ? "|reserved:" + n.reservedPool() : "";
    }

    /** The market's name: the family's label in the edition's language, else the code's CPV label. */
    static String label(Markets.Market m, Need example, RiskContext c) {
        if (m.family() != null) {
            String key = "label.market." + m.family();
            return c.messages().has(key) ? c.messages().get(key) : m.family();
        }
        String digits = m.key().substring("cpv:".length());
        return CpvWords.load().fullCode(digits) + " " + CpvWords.load().label(digits, c.messages().lang());
    }

    static int maxListed(RiskContext c, String code) {
        return c.settings().intParam(code, "maxListed", MAX_LISTED);
    }
}

package org.vitrine.risk;

import java.util.HashMap;
import java.util.Map;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.Buyers;

/**
 * What the rules read of a buyer in buyers.yaml: a functional contact, the contrôle de légalité, network activity
 * (a utility's default), a small size and a State public establishment of kind local ({@code statePublicBody}: its
 * defence column counts, L1113-1) and an HLM body of L411-2 CCH ({@code socialHousing}: its social rental housing needs
 * no design contest, loi ELAN art. 88). A buyer missing from buyers.yaml has no contact and the defaults.
 */
public record BuyerFacts(boolean hasContact, boolean legalityCheck, boolean networkActivity, boolean small,
        boolean statePublicBody, boolean socialHousing) {

    public static final BuyerFacts UNKNOWN = new BuyerFacts(false, false, true, false, false, false);

    /** Not an HLM body. */
    public BuyerFacts(boolean hasContact, boolean legalityCheck, boolean networkActivity, boolean small, boolean statePublicBody) {
        this(hasContact, legalityCheck, networkActivity, small, statePublicBody, false);
    }

    /** Not a State public establishment. */
    public BuyerFacts(boolean hasContact, boolean legalityCheck, boolean networkActivity, boolean small) {
        this(hasContact, legalityCheck, networkActivity, small, false, false);
    }

    public static BuyerFacts of(BuyerConfig b) {
        return new BuyerFacts(b.hasContact(), Boolean.TRUE.equals(b.legalityCheck()), !Boolean.FALSE.equals(b.networkActivity()),
                "small".equals(b.size()), Boolean.TRUE.equals(b.statePublicBody()), b.hlmBody());
    }

    public static Map<String, BuyerFacts> of(Buyers buyers) {
        Map<String, BuyerFacts> out = new HashMap<>();
        buyers.all().forEach(b -> out.put(b.id(), of(b)));
        return out;
    }
}

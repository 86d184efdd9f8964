package org.vitrine.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** buyers.yaml's socialHousing key (an HLM body of L411-2 CCH), with an OPH's name as fallback (lawyer S, HDL-27-04). */
class SocialHousingBuyerTest {

    private static BuyerConfig buyer(String name, Boolean socialHousing) {
        return new BuyerConfig("b", name, null, "local", null, null, null, null, null, null, null, null, null, null, socialHousing);
    }

    @Test
    void theKeyDecidesAndAnOfficePublicDeLHabitatIsOneWithoutIt() {
        assertTrue(buyer("Norévie", true).hlmBody(), "an ESH marked in buyers.yaml");
        assertTrue(buyer("Habitat du Littoral — Office public de l'habitat", null).hlmBody(), "an OPH by its name");
        assertTrue(buyer("OPH de Beaumont", null).hlmBody(), "« OPH » in the name");
        assertFalse(buyer("Habitat du Littoral — Office public de l'habitat", false).hlmBody(), "the key overrides the name");
        assertFalse(buyer("Ville de Tourcoing", null).hlmBody(), "a commune");
        assertFalse(buyer("Service d'ophtalmologie du CHU", null).hlmBody(), "no word « OPH »");
    }
}

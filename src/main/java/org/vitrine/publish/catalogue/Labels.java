package org.vitrine.publish.catalogue;

import org.vitrine.normalise.parse.CpvCatalogue;

/** Labels the catalogue derives from reference lists. */
public final class Labels {

    private Labels() {
    }

    /** "45 — Travaux de construction" for division "45"; the code alone when the list lacks it. */
    public static String division(String division, String lang) {
        String label = CpvCatalogue.load().label(division + "000000", lang);
        return label == null ? division : division + " — " + label;
    }
}

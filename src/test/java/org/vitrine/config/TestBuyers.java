package org.vitrine.config;

import java.util.List;

/** Buyers for tests: an id and its SIRET each. */
public final class TestBuyers {

    private TestBuyers() {
    }

    /** Buyers as given (to set legalityCheck, networkActivity…). */
    public static Buyers of(BuyerConfig... buyers) {
        try {
            return new Buyers(List.of(buyers));
        } catch (ConfigError e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** {@code idsAndSirets}: id, SIRET, id, SIRET… */
    public static Buyers of(String... idsAndSirets) {
        List<BuyerConfig> list = new java.util.ArrayList<>();
        for (int i = 0; i < idsAndSirets.length; i += 2) {
            list.add(new BuyerConfig(idsAndSirets[i], idsAndSirets[i], idsAndSirets[i + 1], "local", null, null, null, null,
                    null, null, null, null));
        }
        try {
            return new Buyers(list);
        } catch (ConfigError e) {
            throw new IllegalArgumentException(e);
        }
    }
}

package org.vitrine.risk.reference;

import java.util.List;
import org.vitrine.normalise.parse.ReferenceCsv;

/**
 * The supplies a central authority in the field of defence buys at the central threshold (reference/defence-products.csv):
 * the products of Annex III of Directive 2014/24/EU that a CPV prefix gives with certainty. Main codes compared by prefix.
 */
public final class DefenceProducts {

    private static final class Holder {
        static final DefenceProducts INSTANCE = new DefenceProducts();
    }

    private final List<String> prefixes;

    private DefenceProducts() {
        prefixes = ReferenceCsv.read("/reference/defence-products.csv").stream().map(r -> r.get("prefix").strip()).toList();
    }

    public static DefenceProducts load() {
        return Holder.INSTANCE;
    }

    /** True when the code's product is on Annex III (a listed chapter, outside its exceptions). */
    public boolean listed(String code) {
        if (code == null) {
            return false;
        }
        for (String p : prefixes) {
            if (code.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}

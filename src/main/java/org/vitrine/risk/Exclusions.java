package org.vitrine.risk;

import java.util.List;
import org.vitrine.model.Need;

/**
 * Purchases outside the public procurement code, where no threshold of docs/RISKS.md applies: the acquisition or
 * rental of land, buildings or other immovable property (L2512-5 1°), CPV 7012 (purchase and sale), 7013 and 702
 * (rental, leasing), 7031 and 7032 (letting or sale of buildings and land). Property management (7033) and
 * development (7011) are services like others.
 */
public final class Exclusions {

    private static final List<String> REAL_ESTATE = List.of("7012", "7013", "702", "7031", "7032");

    private Exclusions() {
    }

    public static boolean realEstate(Need n) {
        if (n.cpv() == null || n.cpv().code() == null) {
            return false;
        }
        for (String p : REAL_ESTATE) {
            if (n.cpv().code().startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}

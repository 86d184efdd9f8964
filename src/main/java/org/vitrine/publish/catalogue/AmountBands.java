package org.vitrine.publish.catalogue;

import java.math.BigDecimal;
import java.util.List;
import org.vitrine.model.Amount;
import org.vitrine.model.Need;

/**
 * {@code privacy.amountsAsBands}: the amount a public file gives is the band the total falls in (from the
 * lowest band it may fall in to the highest), as a total over the duration, instead of the buyer's figure.
 */
public final class AmountBands {

    private AmountBands() {
    }

    public static Amount asBand(Need n) {
        List<String> bands = Facets.bands(n);
        if (bands.isEmpty()) {
            return n.amount();
        }
        int lo = Integer.parseInt(bands.get(0).substring(1));
        int hi = Integer.parseInt(bands.get(bands.size() - 1).substring(1));
        BigDecimal min = BigDecimal.valueOf(Facets.BANDS[lo]);
        BigDecimal max = hi + 1 < Facets.BANDS.length ? BigDecimal.valueOf(Facets.BANDS[hi + 1]) : null;
        String currency = n.amount().currency() == null ? "EUR" : n.amount().currency();
        // "> 5 000 000 €" is min 5 M€, max null; "< 40 000 €" is min 0, max 40 000, as the contract writes them
        return new Amount(min, max, currency, "total");
    }
}

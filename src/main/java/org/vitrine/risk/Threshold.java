package org.vitrine.risk;

import java.math.BigDecimal;

/**
 * A threshold that applies to a need: its reference id (thresholds.yaml), the value in euros
 * excluding VAT, whether an amount must be at or over it ({@code >=}, EU) or under it ({@code <},
 * French "dispense"), and whether it is the latest known value used for a later period.
 */
public record Threshold(String id, BigDecimal value, String comparison, boolean latestKnown) {

    /** True for the EU thresholds above which a formalised procedure is required. */
    public boolean isEu() {
        return id.startsWith("eu.");
    }
}

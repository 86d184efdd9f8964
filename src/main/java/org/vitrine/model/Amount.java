package org.vitrine.model;

import java.math.BigDecimal;

/**
 * An estimated value in euros excluding VAT. A single figure gives min = max; {@code < 40 000} gives
 * min 0; {@code > 1 M€} gives max null. Basis is {@code total} or {@code annual}.
 */
public record Amount(BigDecimal min, BigDecimal max, String currency, String basis) {

    public Amount withBasis(String newBasis) {
        return new Amount(min, max, currency, newBasis);
    }
}

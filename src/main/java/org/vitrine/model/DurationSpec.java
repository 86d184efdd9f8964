package org.vitrine.model;

/** A contract duration: base months plus renewals × months each ({@code 12 + 3 x 12}). */
public record DurationSpec(int baseMonths, int renewals, int renewalMonths) {

    public int totalMonths() {
        return baseMonths + renewals * renewalMonths;
    }
}

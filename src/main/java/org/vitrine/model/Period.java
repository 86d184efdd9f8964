package org.vitrine.model;

import java.time.LocalDate;

/** A date known to some precision: start and end are the first and last days of the period. */
public record Period(LocalDate start, LocalDate end, Precision precision) {

    public enum Precision {
        day, month, quarter, half, year
    }
}

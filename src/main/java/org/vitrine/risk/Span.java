package org.vitrine.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.vitrine.model.Period;

/** A window of days, both ends included: a launch, a deadline or a bid period as the rules reason on them. */
public record Span(LocalDate first, LocalDate last) {

    public static Span of(Period p) {
        return new Span(p.start(), p.end());
    }

    public Span plusDays(long days) {
        return new Span(first.plusDays(days), last.plusDays(days));
    }

    /** The number of days, both ends counted: a day is 1, March is 31. */
    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** Days shared with another span, both ends counted (0 when apart). */
    public long overlap(LocalDate from, LocalDate to) {
        LocalDate a = first.isAfter(from) ? first : from;
        LocalDate b = last.isBefore(to) ? last : to;
        return b.isBefore(a) ? 0 : ChronoUnit.DAYS.between(a, b) + 1;
    }
}

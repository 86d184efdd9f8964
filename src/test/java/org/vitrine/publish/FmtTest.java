package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vitrine.cli.Messages;
import org.vitrine.model.Period;

class FmtTest {

    @Test
    void writesTheFirstOfTheMonthAsAnOrdinalInFrench() {
        Fmt fr = new Fmt(Messages.of("fr"));
        assertEquals("1er mars 2027", fr.date(LocalDate.of(2027, 3, 1)));
        assertEquals("2 mars 2027", fr.date(LocalDate.of(2027, 3, 2)));
        assertEquals("1er décembre 2026", fr.period(new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), Period.Precision.day)));
    }

    @Test
    void keepsCardinalDaysInEnglish() {
        assertEquals("1 March 2027", new Fmt(Messages.of("en")).date(LocalDate.of(2027, 3, 1)));
    }
}

package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.function.Executable;
import org.vitrine.model.RawCell;

/** Test helpers: cells written as strings in the tables, and the refusal assertion. */
final class Cells {

    private Cells() {
    }

    /** "n:24" number cell, "d:2027-03-15" date cell, "e:#REF!" error cell, "b:true" boolean cell, else text. */
    static RawCell cell(String spec) {
        if (spec.startsWith("n:")) {
            double d = Double.parseDouble(spec.substring(2));
            // RawCell.number cannot print NaN; a reader could still hand one over.
            return Double.isFinite(d) ? RawCell.number(d) : new RawCell(RawCell.Type.NUMBER, spec.substring(2), d, null, null);
        }
        if (spec.startsWith("d:")) {
            return RawCell.date(LocalDate.parse(spec.substring(2)).atStartOfDay());
        }
        if (spec.startsWith("e:")) {
            return RawCell.error(spec.substring(2));
        }
        if (spec.startsWith("b:")) {
            return RawCell.bool(Boolean.parseBoolean(spec.substring(2)));
        }
        return RawCell.text(spec);
    }

    /** Runs the parse, expects a ParseError with this key, and returns it for more checks. */
    static ParseError refused(String key, Executable parse) {
        ParseError e = assertThrows(ParseError.class, parse);
        assertEquals(key, e.key(), () -> "args " + java.util.Arrays.toString(e.args()));
        return e;
    }
}

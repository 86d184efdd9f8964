package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.model.RawCell;

/**
 * Review revH R1: a number cell « 1 » is read as the département code « 01 »; the place must be resolved from that
 * code (Ain), not from the raw « 1 » no reference list reads, which fell back to the buyer's département.
 */
class PlaceNumberCellTest {

    @Test
    void aDepartementTypedAsANumberGivesThatDepartementNotTheBuyers() throws Exception {
        Need n = Rows.normaliseCells(Rows.run(), Map.of("location", RawCell.number(1))).need();
        assertEquals("01", n.location());
        assertEquals("departement", n.place().kind());
        assertEquals("01", n.place().code(), "Ain, as written, not the buyer's département");
    }
}

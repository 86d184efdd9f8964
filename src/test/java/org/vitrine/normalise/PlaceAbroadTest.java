package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.normalise.parse.Places;

/**
 * Officer Z2: CD21's « France et Belgique » named no place the reference lists read, so its need took its buyer's
 * place and went under Côte-d'Or in the place filter. A place abroad or of several countries is no département.
 */
class PlaceAbroadTest {

    @Test
    void aPlaceNamingAnotherCountryIsInternationalNotTheBuyersDepartement() throws Exception {
        Need n = Rows.normalise(Rows.run(), Map.of("location", "France et Belgique")).need();
        assertEquals(Places.INTERNATIONAL, n.place());
        assertEquals("France et Belgique", n.location(), "the text as written");
        Need none = Rows.normalise(Rows.run(), Map.of()).need();
        assertEquals("departement", none.place().kind(), "no place given: the buyer's, as before");
    }
}

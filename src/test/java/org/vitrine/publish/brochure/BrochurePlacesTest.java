package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.Need;
import org.vitrine.model.Place;
import org.vitrine.normalise.Needs;
import org.vitrine.normalise.parse.Places;

/** Places as the brochure names them, with the normaliser's own reading of places (INSEE's COG). */
class BrochurePlacesTest {

    static final BrochurePlaces PLACES = new BrochurePlaces(Places.load()::resolve);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "71, 58|Saône-et-Loire (71), Nièvre (58)",
            "Calvados et Manche|Calvados (14), Manche (50)",
            "71 – Saône-et-Loire|Saône-et-Loire (71)",
            "Lyon|Lyon",
            "Bourgogne-Franche-Comté|Bourgogne-Franche-Comté",
            "Métropole — 28 communes|Métropole — 28 communes",
            "Beaumont-sur-Saône, Montrevel|Beaumont-sur-Saône, Montrevel"})
    void placesAreNames(String location, String expected) {
        Need.Builder n = Needs.need("b", "r", "t", 1, "public", "f.xlsx", 2).toBuilder();
        n.location = location;
        n.place = Places.load().resolve(location);
        assertEquals(expected, PLACES.of(n.build()));
    }

    /** Supplier X: a text no list reads has its buyer's place (here 71); the brochure printed that instead of the text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Beaumont-sur-Saône (nord)|Beaumont-sur-Saône (nord)",
            "Usine de Beaumont|Usine de Beaumont",
            "71|Saône-et-Loire (71)"})
    void aTextNoListReadsIsPrintedAsWrittenNotAsItsBuyersPlace(String location, String expected) {
        Need.Builder n = Needs.need("b", "r", "t", 1, "public", "f.xlsx", 2).toBuilder();
        n.location = location;
        n.place = new Place("departement", "71", "Saône-et-Loire", "FRC13");
        assertEquals(expected, PLACES.of(n.build()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"departement|71|Saône-et-Loire|Saône-et-Loire (71)", "commune|69123|Lyon|Lyon", "region|27|Bourgogne-Franche-Comté|Bourgogne-Franche-Comté"})
    void aDepartementKeepsItsNumber(String kind, String code, String name, String expected) {
        assertEquals(expected, BrochurePlaces.name(new Place(kind, code, name, null)));
    }
}

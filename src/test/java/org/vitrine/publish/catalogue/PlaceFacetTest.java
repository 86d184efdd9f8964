package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.Place;
import org.vitrine.normalise.parse.Places;
import org.vitrine.risk.rules.need.TestNeeds;

/**
 * The place filter groups what a supplier reads as one place and names it: a place read as a code is one entry
 * whatever its text; a list of départements is one named entry each; an unread text gives one entry per place
 * it lists, without qualifiers; spellings fold.
 */
class PlaceFacetTest {

    static Need at(String location, Place place) {
        return TestNeeds.need().location(location).place(place).build();
    }

    /** As the normaliser reads it. */
    static Need at(String location) {
        return at(location, Places.load().resolve(location));
    }

    /** A row with no place of a commune's (buyers.yaml seat) is under that commune, as a row writing it (supplier Y, D1). */
    @Test
    void aNeedWithoutPlaceIsAtItsBuyersSeat() {
        Place dep = new Place("departement", "71", "Saône-et-Loire", "FRC13");
        Need.Builder b = at(null, dep).toBuilder();
        b.buyerSeat = "Beaumont-sur-Saône";
        Need seated = b.build();
        assertEquals(PlaceFacet.keys(at("Beaumont-sur-Saône", dep)), PlaceFacet.keys(seated));
        assertEquals(List.of(new PlaceFacet.Entry("~beaumont sur saone 71", "Beaumont-sur-Saône (71)", "71")), PlaceFacet.entries(seated));
        assertEquals("Beaumont-sur-Saône (71) (lieu : celui de l’acheteur)",
                new RowText(Messages.of("fr")).place(seated).replace('\u00A0', ' ').replace('\u202F', ' '));
        assertEquals(List.of("departement:71"), PlaceFacet.keys(at(null, dep)), "no seat: the buyer's département, as before");
    }

    @Test
    void aPlaceReadAsACodeIsOneEntryWhateverTheTextSays() {
        Place cote = new Place("departement", "21", "Côte-d’Or", "FRC11");
        assertEquals(PlaceFacet.keys(at("21", cote)), PlaceFacet.keys(at("Côte d'Or (21)", cote)));
        assertEquals("Côte-d’Or (21)", PlaceFacet.shown(at("21", cote)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the examples' places, as the review met them in the filter
        "Beaumont-sur-Saône|~beaumont sur saone|Beaumont-sur-Saône",
        "Beaumont-sur-Saône (nord)|~beaumont sur saone|Beaumont-sur-Saône",
        "Beaumont-sur-Saône, Montrevel|~beaumont sur saone+~montrevel|Beaumont-sur-Saône, Montrevel",
        "Beaumont-sur-Saône et communes de la première couronne|~beaumont sur saone|Beaumont-sur-Saône",
        "71, 58|departement:71+departement:58|Saône-et-Loire (71), Nièvre (58)",
        "71 – Saône-et-Loire|departement:71|Saône-et-Loire (71)",
        "Communes du syndicat (71)|departement:71|Saône-et-Loire (71)",
        "Morvan-Sud, secteur Est|~morvan sud|Morvan-Sud",
        "Métropole — 28 communes|~metropole|Métropole",
        "ROUBAIX|commune:59512|Roubaix",
        "Usine de Beaumont|~usine de beaumont|Usine de Beaumont",
        // abroad, or France with another country: « International », and the French places it names
        "France et Belgique|country:FR+international:INT|France, International",
        "Belgique|international:INT|International",
        "Dijon, Belgique|commune:21231+international:INT|Dijon, International",
    })
    void groupsVariantsOfOnePlaceAndNamesListsOfDepartements(String location, String keys, String shown) {
        Need n = at(location);
        assertEquals(List.of(keys.split("\\+")), PlaceFacet.keys(n));
        assertEquals(shown, PlaceFacet.shown(n));
    }

    @Test
    void noPlaceIsTheUnknownEntry() {
        assertEquals(List.of(""), PlaceFacet.keys(at(null, null)));
        assertEquals("", PlaceFacet.shown(at(null, null)));
    }

    @Test
    void aNeedPageNamesTheDepartementsOfAListOfCodesAndKeepsOtherTextAsWritten() {
        RowText rows = new RowText(Messages.of("fr"));
        assertEquals("Saône-et-Loire (71), Nièvre (58)", rows.place(at("71, 58")));
        assertEquals("Beaumont-sur-Saône (nord)", rows.place(at("Beaumont-sur-Saône (nord)")));
        // a code is kept as written in the data (officer Z4: « 14 » was published « 14 – Calvados »): pages name it
        assertEquals("Corse-du-Sud (2A), Haute-Corse (2B)", rows.place(at("2A et 2B")));
        assertEquals("Calvados (14)", rows.place(at("14")));
        assertEquals("Saône-et-Loire (71)", rows.place(at("71")));
        assertEquals("Saône-et-Loire (71)", rows.place(at("(71)")));
        assertEquals("Saône-et-Loire", rows.place(at("FRC13")), "a NUTS code is named");
        assertEquals(PlaceFacet.shown(at("FRC13 / 58")), rows.place(at("FRC13 / 58")));
        assertEquals("71 000 Mâcon", rows.place(at("71 000 Mâcon")), "not only codes: as written");
    }

    @Test
    void entriesAreSortedAsAReaderSortsThemTheUnknownLast() {
        Map<String, String> labels = new TreeMap<>(Map.of("~zurich", "Zurich", "departement:21", "Côte-d’Or (21)",
                "~eragny", "Éragny", "", "?"));
        List<List<String>> dict = PlaceFacet.dictionary(labels, Messages.of("fr"));
        assertEquals(List.of("Côte-d’Or (21)", "Éragny", "Zurich", "Non précisé"), dict.stream().map(e -> e.get(1)).toList());
    }
}

package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.vitrine.cli.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.Place;
import org.vitrine.normalise.Needs;

/** The place filter: one entry per place read as a code, else per location text folded. */
class PlaceFacetTest {

    static Need at(String location, Place place) {
        Need.Builder b = Needs.need("b", "R" + location, "T", 1, "public", "f.xlsx", 2).toBuilder();
        b.location = location;
        b.place = place;
        return b.build();
    }

    @Test
    void aPlaceReadAsACodeIsOneEntryWhateverTheTextSays() {
        Place cote = new Place("departement", "21", "Côte-d’Or", "FRC11");
        assertEquals(PlaceFacet.key(at("21", cote)), PlaceFacet.key(at("Côte d'Or (21)", cote)));
        assertEquals("Côte-d’Or (21)", PlaceFacet.label(at("21", cote)));
    }

    @Test
    void withoutAPlaceTheTextIsFoldedSoSpellingsMeet() {
        assertEquals(PlaceFacet.key(at("ROUBAIX", null)), PlaceFacet.key(at("Roubaix", null)));
        assertEquals("", PlaceFacet.key(at(null, null)));
    }

    @Test
    void entriesAreSortedAsAReaderSortsThemTheUnknownLast() {
        Map<String, String> labels = new TreeMap<>(Map.of("~zurich", "Zurich", "departement:21", "Côte-d’Or (21)",
                "~eragny", "Éragny", "", "?"));
        List<List<String>> dict = PlaceFacet.dictionary(labels, Messages.of("fr"));
        assertEquals(List.of("Côte-d’Or (21)", "Éragny", "Zurich", "Non précisé"), dict.stream().map(e -> e.get(1)).toList());
    }
}

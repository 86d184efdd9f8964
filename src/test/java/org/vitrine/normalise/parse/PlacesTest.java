package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vitrine.model.Place;

/** Issue 22 item 5: places of performance read as codes of INSEE's COG 2026 (and NUTS 2024), one value per place. */
class PlacesTest {

    private static final Places PLACES = Places.load();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Roubaix|commune|59512|Roubaix|FRE11",
        "ROUBAIX|commune|59512|Roubaix|FRE11",
        "59100 Roubaix|commune|59512|Roubaix|FRE11",
        "Ville de Roubaix|commune|59512|Roubaix|FRE11",
        "(14) Calvados|departement|14|Calvados|FRD11",
        "14 - Calvados|departement|14|Calvados|FRD11",
        "Calvados (14)|departement|14|Calvados|FRD11",
        "Calvados|departement|14|Calvados|FRD11",
        "CALVADOS|departement|14|Calvados|FRD11",
        "14|departement|14|Calvados|FRD11",
        "Département du Calvados|departement|14|Calvados|FRD11",
        "2A|departement|2A|Corse-du-Sud|FRM01",
        "971|departement|971|Guadeloupe|FRY10",
        "Paris|departement|75|Paris|FR101",
        "Normandie|region|28|Normandie|",
        "Région Hauts-de-France|region|32|Hauts-de-France|",
        "71, 58|region|27|Bourgogne-Franche-Comté|",
        "Calvados et Manche|region|28|Normandie|",
        "FRE11|nuts|FRE11|Nord|FRE11",
        "France entière|country|FR|France|",
        "Communes du syndicat (71)|departement|71|Saône-et-Loire|FRC13",
        "Agences de la métropole ( 59 )|departement|59|Nord|FRE11",
        // officer Z2: « France et Belgique » was no place, so its need went under its buyer's Côte-d'Or
        "France et Belgique|international|INT|International|",
        "Belgique|international|INT|International|",
        "Dijon, Suisse|international|INT|International|",
        "Union européenne|international|INT|International|",
    })
    void readsPlacesWrittenInManyWaysAsOneCode(String text, String kind, String code, String name, String nuts) {
        Place p = PLACES.resolve(text);
        assertEquals(kind + "|" + code + "|" + name + "|" + (nuts == null ? "" : nuts),
                p.kind() + "|" + p.code() + "|" + p.name() + "|" + (p.nuts() == null ? "" : p.nuts()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Beaumont-sur-Saône", "Saint-Martin", "71, 59", "tous sites", "Sainte-Marie", "", "ZZ", "Lot 2 (00)"})
    void leavesUnknownOrAmbiguousPlacesUnresolved(String text) {
        // "Saint-Martin" and "Sainte-Marie" name several communes: no guess.
        assertNull(PLACES.resolve(text), text);
    }
}

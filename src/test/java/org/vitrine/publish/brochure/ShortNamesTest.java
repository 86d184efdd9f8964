package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.cli.Messages;

/** Buyers' short names for the floor plan's stands, the running heads and the index. */
class ShortNamesTest {

    static final ShortNames NAMES = new ShortNames(Map.of("tvs", "Régie TVS"), Messages.of("fr").get("bro.short_forms"));

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "chu|Centre hospitalier universitaire de Beaumont-sur-Saône|CHU Beaumont-sur-Saône",
            "ch|Centre hospitalier de Mâcon|CH Mâcon",
            "sdis|Service départemental d'incendie et de secours de Saône-et-Brenne|SDIS Saône-et-Brenne",
            "gs|Groupement de soutien de la base de défense de Beaumont|GSBdD Beaumont",
            "sie|Syndicat intercommunal des eaux du Val-de-Saône|SIE Val-de-Saône",
            "pref|Préfecture de Saône-et-Brenne — Secrétariat général commun départemental|Préf. Saône-et-Brenne",
            "dep|Département du Morvan-Sud|Dép. Morvan-Sud",
            "met|Métropole du Val-de-Saône|Métropole Val-de-Saône",
            "ville|Ville de Beaumont-sur-Saône|Ville Beaumont-sur-Saône",
            "univ|Université Saône-Bourgogne|Univ. Saône-Bourgogne",
            "centre|Centre des congrès|Centre congrès",
            "tvs|Régie des transports du Val-de-Saône|Régie TVS"})
    void shortNameForTheFloorPlan(String id, String name, String expected) {
        assertEquals(expected, NAMES.of(id, name));
    }

    @Test
    void runningHeadsAndIndexKeepTheNameWhenItFits() {
        String pref = "Préfecture de Saône-et-Brenne — Secrétariat général commun départemental";
        assertEquals("Préfecture de Saône-et-Brenne", NAMES.running("pref", pref));
        assertEquals("Région Bourgogne-Vallées", NAMES.running("r", "Région Bourgogne-Vallées"));
        assertEquals("Préfecture de Saône-et-Brenne", NAMES.index("pref", pref));
        assertEquals("CHU Beaumont-sur-Saône", NAMES.index("chu", "Centre hospitalier universitaire de Beaumont-sur-Saône"));
        assertTrue(ShortNames.fitsIndex(NAMES.index("x", "Service départemental d’incendie et de secours de Saône-et-Brenne")));
        // 36 characters that do not fit the column at 8 pt: the short name given in vitrine.yaml
        assertEquals("Régie TVS", NAMES.index("tvs", "Régie des transports du Val-de-Saône"));
        assertEquals("Ville de Beaumont-sur-Saône", NAMES.index("v", "Ville de Beaumont-sur-Saône"));
    }

    @Test
    void aStandLabelBreaksAfterItsHyphens() {
        assertEquals("CHU Beaumont-\u200Bsur-\u200BSaône", ShortNames.breakable("CHU Beaumont-sur-Saône"));
    }

    /** A label is set as large as fits its stand (11.8 × 16.6 mm): a long word makes it smaller, never wider. */
    @Test
    void aStandLabelIsSizedToFitItsBox() {
        double shortLabel = FloorPlan.labelSize("SDIS Ain", 11.76, 16.55);
        double longWord = FloorPlan.labelSize(ShortNames.breakable("Région Bourgogne-Vallées"), 11.76, 16.55);
        assertEquals(FloorPlan.LABEL_MAX_PT, shortLabel);
        assertTrue(longWord < shortLabel && longWord >= FloorPlan.LABEL_MIN_PT, "size " + longWord);
        double width = 11.76 * 72 / 25.4 - FloorPlan.BOX_SIDES_PT;
        assertTrue(TextWidths.of("Bourgogne-", false) * longWord <= width, "the widest word fits");
        String chu = ShortNames.breakable("CHU Beaumont-sur-Saône");
        assertEquals(3, FloorPlan.lines(chu, FloorPlan.labelSize(chu, 11.76, 16.55), width), "CHU / Beaumont- / sur-Saône");
    }
}

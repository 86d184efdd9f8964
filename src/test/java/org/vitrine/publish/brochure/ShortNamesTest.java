package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.messages.Messages;

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

    /**
     * One short name a buyer, for the plan, the index and the running heads (designer X, D9: « SIE V.-de-S. » on the
     * plan, « SIE Val-de-Saône » in the index, the full name in the heads; « CHU Beaumont » in the index while other
     * buyers were given in full). The plan abbreviates it only when it cannot fit its stand.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "sie|Syndicat intercommunal des eaux du Val-de-Saône|SIE Val-de-Saône",
            "gs|Groupement de soutien de la base de défense de Beaumont|GSBdD Beaumont",
            "r|Région Bourgogne-Vallées|Région Bourgogne-Vallées",
            "pref|Préfecture de Saône-et-Brenne — Secrétariat général commun départemental|Préf. Saône-et-Brenne",
            "sdis|Service départemental d’incendie et de secours de Saône-et-Brenne|SDIS Saône-et-Brenne",
            "tvs|Régie des transports du Val-de-Saône|Régie TVS"})
    void oneShortNameForThePlanTheIndexAndTheRunningHeads(String id, String name, String expected) {
        assertEquals(expected, NAMES.of(id, name));
        assertEquals(expected, NAMES.index(id, name), "the index");
        assertEquals(expected, NAMES.running(id, name), "the running head");
        assertEquals(expected, NAMES.stand(id, name, t -> true, t -> true), "a stand it fits");
        assertTrue(ShortNames.fitsIndex(expected) && ShortNames.fitsRunning(expected + " · Stand B12"));
    }

    /** The plan's one rule, only when the short name cannot fit its stand: initials of compound words, then cut words. */
    @Test
    void thePlanAbbreviatesOnlyWhatCannotFit() {
        double w = 12.37;
        double h = 17.15;
        String sie = "Syndicat intercommunal des eaux du Val-de-Saône";
        assertEquals("SIE V.-de-S.", NAMES.stand("sie", sie, t -> FloorPlan.fits(t, w, Double.MAX_VALUE), t -> FloorPlan.fits(t, w, h)));
        assertEquals("SDIS", NAMES.stand("s", "SDIS", t -> FloorPlan.fits(t, w, Double.MAX_VALUE), t -> FloorPlan.fits(t, w, h)));
    }

    /** buyers.yaml's shortName wins over vitrine.yaml's brochure.shortNames, which is still read; blanks are no name. */
    @Test
    void theShortNameGivenByBuyersYamlWins() {
        var chu = new org.vitrine.config.BuyerConfig("chu", "Centre hospitalier universitaire de Beaumont-sur-Saône", null, "local",
                "B07", null, null, null, null, null, null, null, null, "CHU Beaumont");
        var sie = new org.vitrine.config.BuyerConfig("sie", "Syndicat intercommunal des eaux du Val-de-Saône", null, "local",
                "B08", null, null, null, null, null, null, null, null, " ");
        Map<String, String> given = ShortNames.given(java.util.List.of(chu, sie), Map.of("chu", "CHU B.", "tvs", "Régie TVS"));
        assertEquals(Map.of("chu", "CHU Beaumont", "tvs", "Régie TVS"), given);
        ShortNames names = new ShortNames(given, Messages.of("fr").get("bro.short_forms"));
        assertEquals("CHU Beaumont", names.index("chu", chu.name()));
        assertEquals("SIE Val-de-Saône", names.running("sie", sie.name()));
    }

    /** A stand's label (an occupied stand of the example plan, 12.4 × 17.2 mm) breaks between words only: a hyphenated name is one word. */
    @Test
    void aStandLabelBreaksOnlyBetweenWords() {
        double width = 12.37 * 72 / 25.4 - FloorPlan.BOX_SIDES_PT;
        assertEquals(2, FloorPlan.lines("CHU Beaum.", FloorPlan.NAME_PT, width), "CHU / Beaum.");
        assertEquals(1, FloorPlan.lines("SDIS", FloorPlan.NAME_PT, width));
        assertTrue(FloorPlan.lines("SIE Val-de-Saône", FloorPlan.NAME_PT, width) > 100, "never « Val- / de- / Saône »");
    }

    /**
     * A name keeps 1 mm inside its stand's border (designer Y: « Beaumont », « Métropole » ran edge to edge on the
     * 11 mm stands): a word as wide as the stand less its borders and 1 mm a side fits, 0.5 mm wider does not.
     */
    @Test
    void aStandLabelKeepsAMillimetreFromTheBorder() {
        double word = TextWidths.condensed("Beaumont") * FloorPlan.NAME_PT / (72 / 25.4); // mm
        double borders = 2 * 1.0 / (72 / 25.4);
        assertTrue(FloorPlan.fits("Beaumont", word + borders + 2 + 0.01, 17.15));
        assertFalse(FloorPlan.fits("Beaumont", word + borders + 1.5, 17.15), "0.75 mm a side");
        assertFalse(FloorPlan.fits("Beaumont", 12.37, 17.15), "on the example plan's stands: shortened, « Beaum. »");
    }

    /** A label whose word or lines do not fit leaves the stand's code alone. */
    @Test
    void aStandLabelFitsOrIsLeftOut() {
        assertTrue(FloorPlan.fits("Ville Beaum.", 12.37, 17.15));
        assertTrue(FloorPlan.fits("Région B.-V.", 12.37, 17.15));
        assertFalse(FloorPlan.fits("Région Bourgogne-Vallées", 12.37, 17.15), "a word wider than the stand");
        assertFalse(FloorPlan.fits("Ville Beaum.", 12.37, 6), "more lines than the stand holds under its code");
    }

    /**
     * A stand's label (the example plan's occupied stands, 12.4 × 17.2 mm) at 7 pt: the short name, its compound words
     * shortened to initials, then cut with a period (« Beaum. »), only as much as needed to keep 1 mm from the
     * border, or none (empty: the code alone).
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "tvs|Régie des transports du Val-de-Saône|Régie TVS",
            "reg|Région Bourgogne-Vallées|Région B.-V.",
            "sdis|Service départemental d'incendie et de secours de Saône-et-Brenne|SDIS S.-et-B.",
            "dep|Département du Morvan-Sud|Dép. M.-Sud",
            "met|Métropole du Val-de-Saône|Métrop. V.-de-S.",
            "univ|Université Saône-Bourgogne|Univ. S.-B.",
            "gs|Groupement de soutien de la base de défense de Beaumont|GSBdD Beaum.",
            "x|Établissement public administratif des ressources extraordinaires|''"})
    void aStandLabelIsShortenedToFitAtSevenPoints(String id, String name, String expected) {
        String label = NAMES.stand(id, name, t -> FloorPlan.fits(t, 12.37, Double.MAX_VALUE), t -> FloorPlan.fits(t, 12.37, 17.15));
        assertEquals(expected.isEmpty() ? null : expected, label);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Saône-et-Brenne|true|S.-et-Brenne",
            "Saône-et-Brenne|false|S.-et-B.",
            "Beaumont-sur-Saône|false|B.-sur-S.",
            "Beaumont|false|Beaumont",
            "Île-de-France|false|Î.-de-F."})
    void compoundWordsTakeInitials(String word, boolean keepLast, String expected) {
        assertEquals(expected, ShortNames.initials(word, keepLast));
    }
}

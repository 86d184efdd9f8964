package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vitrine.model.Lot;
import org.vitrine.model.Need;
import org.vitrine.normalise.parse.CpvCatalogue;

/**
 * Issue 18, as supplier Z (an HVAC and plumbing SME, on a phone) searched by trade: « plomberie » found one need,
 * « chauffage » five electricity supplies (through 09300000 « Électricité, chauffage, énergie solaire et
 * nucléaire », a group label that lists several trades), « chaudière » none, and a renovation whose lot is the
 * plumbing not at all. A trade word of reference/trade-words.txt finds its own CPV codes (main, secondary, a lot's),
 * the need's own text and its lots' titles, and its words' family (« plombier »); a CPV label finds a need only below
 * the division and the group, and after the trade's own codes.
 */
class TradeSearchInBrowserTest {

    static final String RENOVATION = "Rénovation énergétique du gymnase";
    static final String ELECTRICITY = "Fourniture d'électricité des bâtiments";
    static final String BOILERS = "Remplacement des chaudières des écoles";
    static final String HEATING = "Maintenance du chauffage des écoles";
    static final String SANITARY = "Réfection des sanitaires du foyer";
    static final String LIGHTING = "Rénovation de l'éclairage et des tableaux électriques";
    static final String PLUMBER = "Petits travaux de plombier dans les logements";
    static final String LOT_CODE = "Aménagement de la maison de santé";

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue();

    @BeforeAll
    static void start() throws Exception {
        List<Need> needs = List.of(
                // its plumbing and its heating are two of its lots, named by their titles only
                SearchInBrowserTest.need("Z-1", RENOVATION, "45453000", 900_000, SearchInBrowserTest.month(2), b -> {
                    b.category = "works";
                    b.lots = 3;
                    b.lotList = List.of(new Lot(1, "Gros œuvre", null, null, null), new Lot(2, "Plomberie, sanitaires", null, null, null),
                            new Lot(3, "Chauffage, ventilation", null, null, null));
                }),
                // electricity supply: its group 09300000 says « chauffage », it is no heating work
                SearchInBrowserTest.need("Z-2", ELECTRICITY, "09310000", 400_000, SearchInBrowserTest.month(1), b -> b.category = "supplies"),
                // a boiler installation: the heating trade by its code, « chaudière » by its title (plural)
                SearchInBrowserTest.need("Z-3", BOILERS, "45331110", 250_000, SearchInBrowserTest.month(3), b -> b.category = "works"),
                SearchInBrowserTest.need("Z-4", HEATING, "50720000", 80_000, SearchInBrowserTest.month(4), b -> { }),
                // sanitary fixtures: plumbing by its code only
                SearchInBrowserTest.need("Z-5", SANITARY, "45332400", 60_000, SearchInBrowserTest.month(5), b -> b.category = "works"),
                // electric heating is electricity work: found by « chauffage » through its own label only, after the others
                SearchInBrowserTest.need("Z-6", LIGHTING, "45315000", 120_000, SearchInBrowserTest.month(1), b -> b.category = "works"),
                // « plombier », the family of « plomberie », in its own title
                SearchInBrowserTest.need("Z-7", PLUMBER, "45000000", 30_000, SearchInBrowserTest.month(6), b -> b.category = "works"),
                // its plumbing lot is known by its CPV code only
                SearchInBrowserTest.need("Z-8", LOT_CODE, "45210000", 500_000, SearchInBrowserTest.month(7), b -> {
                    b.category = "works";
                    b.lots = 2;
                    b.lotList = List.of(new Lot(1, null, null, CpvCatalogue.load().cpv("45262500"), null),
                            new Lot(2, null, null, CpvCatalogue.load().cpv("45330000"), null));
                }));
        page.write(needs);
    }

    @Test
    void plumbingFindsItsCodesItsLotsAndThePlumber() {
        // the title first (« plombier », its family), then the lot's title and the codes, in launch order; last the
        // boilers, whose code CPV files under 45330000 « Travaux de plomberie » (a label below the group)
        assertEquals(List.of(PLUMBER, RENOVATION, SANITARY, LOT_CODE, BOILERS), page.search("plomberie"));
        List<String> why = page.reasons();
        assertTrue(why.get(1).contains("lot"), why.toString());
        assertTrue(why.get(3).contains("45330000"), why.toString());
        assertTrue(why.get(4).contains("famille CPV 45330000"), why.toString());
    }

    @Test
    void heatingIsNotTheElectricitySupplyItsGroupLabelNames() {
        // the title, then the lot and the codes, then electric heating through its own label; never the supply
        assertEquals(List.of(HEATING, RENOVATION, BOILERS, LIGHTING), page.search("chauffage"));
        assertTrue(page.reasons().get(2).contains("45331110"), page.reasons().toString());
    }

    @Test
    void aBoilerFindsTheBoilers() {
        assertEquals(List.of(BOILERS), page.search("chaudière"));
        assertEquals(List.of(BOILERS), page.search("chaudieres"));
    }

    @Test
    void electricityFindsTheElectricalWorkAndTheSupply() {
        assertEquals(List.of(ELECTRICITY, LIGHTING), page.search("électricité"));
    }

    @Test
    void hvacFindsHeatingVentilationAndAirConditioningWork() {
        List<String> found = page.search("cvc");
        assertTrue(found.containsAll(List.of(BOILERS, HEATING)) && !found.contains(ELECTRICITY), found.toString());
    }
}

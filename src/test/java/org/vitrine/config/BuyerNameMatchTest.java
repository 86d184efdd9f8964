package org.vitrine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The officer's file: « C.H.U. de Beaumont-sur-Saône » became a buyer of its own, with a feedback file the CHU
 * never received. Dotted acronyms are joined and abbreviations spelt out before a name is matched.
 */
class BuyerNameMatchTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "C.H.U. de Beaumont-sur-Saône|CHU de Beaumont-sur-Saône",
        "C. C. A. S. de Roubaix|CCAS de Roubaix",
        "S.D.I.S. du Calvados|SDIS du Calvados",
        "SDIS du Calvados (S.D.I.S)|SDIS du Calvados (SDIS)",
        "C.H.U.de Lille|CHU de Lille",
        "M. Dupont|M. Dupont",
        "Ville de St. Étienne|Ville de St. Étienne",
    })
    void dottedAcronymsAreJoined(String written, String joined) {
        assertEquals(joined, Fold.acronyms(written));
    }

    @Test
    void aDottedOrShortNameFindsTheConfiguredBuyer() throws Exception {
        Buyers buyers = ConfigLoader.load(Path.of("config")).buyers();
        assertEquals("chu-beaumont", buyers.find("C.H.U. de Beaumont-sur-Saône").id());
        assertEquals("chu-beaumont", buyers.find("C.H.U de Beaumont sur Saône").id());
        assertEquals("chu-beaumont", buyers.find("Centre hospitalier universitaire de Beaumont-sur-Saône").id());
        assertEquals("chu-beaumont", buyers.find("C.H.U. de Beaumont").id());
        assertNull(buyers.find("C.H.U. de Dijon"));
        assertEquals(Fold.buyerName("Centre communal d'action sociale de Roubaix"), Fold.buyerName("C.C.A.S. de Roubaix"));
        assertEquals(Fold.buyerName("Service départemental d'incendie et de secours du Calvados"), Fold.buyerName("S.D.I.S. du Calvados"));
    }

    @Test
    void oneReadingOfASiret() throws Exception {
        Buyers buyers = ConfigLoader.load(Path.of("config")).buyers();
        assertEquals("chu-beaumont", buyers.bySiret("267 100 456 00016").id());
        assertEquals("chu-beaumont", buyers.bySiret("267.100.456.00016").id());
        assertEquals("chu-beaumont", buyers.bySiret("267\u202F100\u202F456\u202F00016").id());
        assertNull(buyers.bySiret("2671004560001"));
        assertEquals("26710045600016", buyers.byId("chu-beaumont").registeredId());
    }
}

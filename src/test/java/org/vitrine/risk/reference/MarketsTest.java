package org.vitrine.risk.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** reference/markets.csv (docs/RISKS.md §2 "Market"): families, bespoke lines, and the catch-all codes split by title words. */
class MarketsTest {

    private final Markets markets = Markets.load();

    @Test
    void patientTransportAndSchoolCoachesShareACodeButNotAMarket() {
        // version 2.7, lawyer E (CHM-27-14 wrong): both coded 60130000
        Markets.Market patients = markets.of("60130000-8", "Transport de patients en véhicule sanitaire");
        Markets.Market coaches = markets.of("60130000-8", "Transport scolaire des élèves des lycées — services réguliers");
        assertEquals("family:patient-transport", patients.key());
        assertEquals("family:coach-transport", coaches.key());
        assertEquals(patients, markets.of("85143000", "Services ambulanciers"), "patient transport coded 60130 meets the ambulance firms");
        assertEquals(coaches, markets.of("60140000", "Transport des étudiants pour les sorties pédagogiques"));
        assertEquals(coaches, markets.of("60112000", "Service de transport à la demande"), "scheduled road transport is kept whole");
        assertNull(markets.of("60130000", "Prestations spécialisées"), "a catch-all code whose title names none of its markets");
    }

    @Test
    void waterTreatmentReagentsAreOneMarketWhateverTheirCode() {
        // version 2.21 (lawyer O, SMEA-27-62/22): chlorine under the inorganic chemicals' class and water-treatment
        // reagents are one market (R2121-6: one functional unit, the same chemical distributors)
        Markets.Market reagents = markets.of("24962000", "Fourniture de réactifs de traitement de l'eau potable");
        assertEquals("family:water-treatment-reagents", reagents.key());
        assertEquals(reagents, markets.of("24311000", "Fourniture de chlore et de réactifs de désinfection"));
        assertEquals(reagents, markets.of("24311900", "Chlore gazeux"));
        assertEquals(reagents, markets.of("24312122", "Chlorure ferrique"));
        // the class's other chemicals keep their own code's market, as before
        assertEquals("cpv:24311000", markets.of("24311000", "Acide sulfurique pour le laboratoire").key());
        assertEquals("cpv:24312220", markets.of("24312220", "Eau de Javel pour l'entretien des locaux").key());
        assertEquals(reagents, markets.of("24312220", "Hypochlorite de sodium pour la désinfection de l'eau potable"));
    }

    @Test
    void theCleaningCatchAllNeedsItsPremisesAndOtherCleaningTradesAreApart() {
        assertEquals("family:cleaning-premises", markets.of("90910000", "Nettoyage des locaux de la mairie").key());
        assertEquals("family:cleaning-premises", markets.of("90919200", "Nettoyage").key());
        assertNull(markets.of("90910000", "Services de nettoyage"));
        assertNotEquals(markets.of("90911200", "Nettoyage"), markets.of("90917000", "Lavage des bus"));
    }

    @Test
    void bespokeFamiliesAndGroupsFormNoMarketAndAClassFormsItsOwn() {
        assertNull(markets.of("48000000", "Logiciel"));
        assertNull(markets.of("45000000", "Travaux"));
        assertEquals("cpv:44613000", markets.of("44613000", "Bacs roulants").key());
        assertNull(markets.of("60130000", null), "no title: no market for a catch-all code");
    }
}

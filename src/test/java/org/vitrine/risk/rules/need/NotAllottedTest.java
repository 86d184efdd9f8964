package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;

/** NOT_ALLOTTED, from the examples of docs/RISKS.md §3. */
class NotAllottedTest {

    private final RuleRun run = RuleRun.of(new NotAllotted());

    @Test
    void doesNotFireOnTheValueAloneOfAHospitalLaundryOrMealsFromOneKitchen() {
        // version 2.6, lawyer D (CHU27-06, VB27-01): both are usually, and lawfully, one lot
        assertFalse(run.fires(need().cpv("98310000").title("Prestations de blanchisserie du linge hospitalier").amount(1_600_000).lots(1).build()));
        assertFalse(run.fires(need().cpv("55523100").title("Restauration scolaire — fourniture et livraison de repas en liaison froide")
                .amount(1_800_000).lots(1).build()));
    }

    @Test
    void aGenericPluralNamesNoSiteButTwoKindsOrSeparableServicesDo() {
        // version 2.6, lawyer D: PREF27-08 (wrong: « plusieurs sites » for « des bâtiments »), VB27-02, CHU27-13
        assertFalse(run.fires(need().cpv("50700000").title("Maintenance multitechnique des bâtiments (chauffage, ventilation, plomberie)")
                .amount(900_000).lots(1).build()));
        assertTrue(run.message(need().cpv("90911200").title("Nettoyage des bâtiments communaux (mairie, écoles, équipements sportifs)")
                .amount(450_000).lots(1).build()).contains("plusieurs sites ou établissements sont nommés"));
        assertTrue(run.message(need().cpv("90911200").title("Nettoyage de 3 sites").amount(450_000).lots(1).build())
                .contains("plusieurs sites ou établissements sont nommés"));
        assertTrue(run.message(need().cpv("72267000").title("Logiciel de dossier patient informatisé — maintenance et hébergement")
                .amount(1_100_000).lots(1).build()).contains("plusieurs prestations séparables sont nommées"));
    }

    @Test
    void readsTheProductsListedInTheDescription() {
        // version 2.9, lawyer G T10 (CH-27-03): the title says « consommables de laboratoire », the Description lists them
        String m = run.message(need().supplies().cpv("33696500").title("Fourniture de consommables de laboratoire").description(
                "Réactifs de biochimie et d'hématologie, tubes de prélèvement, pointes de pipettes, consommables de microbiologie")
                .amount(900_000).lots(1).suppliersKnown(7).build());
        assertTrue(m.contains("(Réactifs de biochimie et d'hématologie, tubes de prélèvement, pointes de pipettes, consommables de microbiologie)"), m);
        assertFalse(run.fires(need().supplies().cpv("33696500").title("Fourniture de consommables de laboratoire").description(
                "Marché passé pour les besoins du laboratoire central, livraisons hebdomadaires, sur le site principal du GHT")
                .amount(900_000).lots(1).suppliersKnown(7).build()), "prose is no list");
        assertFalse(run.fires(need().supplies().cpv("33696500").title("Fourniture de consommables de laboratoire").description(
                "Consommables courants, sur bons de commande, livrés au laboratoire central")
                .amount(900_000).lots(1).suppliersKnown(7).build()), "a phrase is no product");
    }

    @Test
    void aContractOutsideTheCodeIsNotAskedForLots() {
        // lawyer H, SMEP-27-15: a contract with the buyer's own SPL (quasi-régie, L2511-1) is outside the code
        assertTrue(run.fires(need().cpv("90911200").title("Nettoyage des bâtiments communaux (mairie, écoles, équipements sportifs)")
                .amount(2_500_000).lots(1).build()));
        assertFalse(run.fires(need().cpv("90911200").title("Nettoyage des bâtiments communaux (mairie, écoles, équipements sportifs)")
                .description("Quasi-régie (L2511-1) avec la SPL de la commune").amount(2_500_000).lots(1).build()));
    }

    @Test
    void countingStationsAreEquipmentNotSites() {
        // version 2.9, lawyer G defect 6 (DIR-27-12): « plusieurs sites » printed for two kinds of road equipment
        assertFalse(run.fires(need().cpv("50232200").title("Maintenance des équipements dynamiques (panneaux à messages variables, stations de comptage)")
                .amount(480_000).lots(1).suppliersKnown(3).build()));
        assertTrue(run.message(need().cpv("90911200").title("Nettoyage des stations d'épuration et des postes de relevage").amount(480_000).lots(1)
                .build()).contains("plusieurs sites ou établissements sont nommés"), "a plant is a site");
    }

    @Test
    void firesOnSeveralProductsListedInASuppliesTitleButNotOnASupplyAndItsService() {
        // version 2.7, lawyer E T16 (CHM-27-19): reagents of four disciplines in one lot of 2.4 M€
        String m = run.message(need().supplies().cpv("33696500").title("Réactifs et automates de biochimie, hématologie, hémostase et immunologie")
                .amount(2_400_000).lots(1).suppliersKnown(6).build());
        assertTrue(m.contains("plusieurs produits ou disciplines sont énumérés (biochimie, hématologie, hémostase, immunologie)"), m);
        assertTrue(run.fires(need().supplies().cpv("15300000").title("Fruits, légumes et produits laitiers").amount(400_000).lots(1).build()));
        // one supply and what is done with it, or two words joined by « et »: no list
        assertFalse(run.fires(need().supplies().cpv("39515000").title("Fourniture et pose de stores").amount(400_000).lots(1).build()));
        assertFalse(run.fires(need().supplies().cpv("39515000").title("Fourniture, pose et maintenance de stores").amount(400_000).lots(1).build()));
        assertFalse(run.fires(need().supplies().cpv("39100000").title("Tables et chaises des réfectoires").amount(400_000).lots(1).build()));
        assertFalse(run.fires(need().cpv("50700000").title("Entretien et maintenance des installations de chauffage, ventilation")
                .amount(400_000).lots(1).build()), "a service, not products");
        // below T in one lot: no flag (evidence is read from T, as every case of (a))
        assertFalse(run.fires(need().supplies().cpv("15300000").title("Fruits, légumes et produits laitiers").amount(150_000).lots(1).build()));
    }

    @Test
    void version28LawyerF() {
        // D4, T16 (SDIS-27-03): the product families are listed in brackets
        String ppe = run.message(need().supplies().cpv("18143000").suppliersKnown(9).amount(600_000).lots(1)
                .title("Habillement et équipements de protection individuelle des sapeurs-pompiers (tenues de feu, textiles, chaussures, gants, casques)")
                .build());
        assertTrue(ppe.contains("énumérés (tenues de feu, textiles, chaussures, gants, casques)"), ppe);
        assertFalse(run.fires(need().supplies().cpv("18143000").suppliersKnown(9).amount(600_000).lots(1)
                .title("Casques de sapeurs-pompiers (modèle F1, norme EN 443)").build()), "a bracket that lists no products");
        // D4, T21 (OPH-27-02): a building rehabilitation at or above T in one lot, under a one-trade code; its insurance
        // in the same operation is not a trade lot of it
        String works = run.message(need().works().cpv("45321000").title("Réhabilitation thermique de 180 logements — résidence Les Tilleuls")
                .amount(7_500_000).lots(1).operation("Réhabilitation Les Tilleuls").build(),
                need().id("b").cpv("66510000").title("Assurance dommages-ouvrage — réhabilitation Les Tilleuls").amount(140_000).lots(1)
                .operation("Réhabilitation Les Tilleuls").build());
        assertTrue(works.contains("tous corps d’état"), works);
        assertFalse(run.fires(need().works().cpv("45321000").title("Réhabilitation thermique de 180 logements").amount(2_000_000).lots(1)
                .build()), "under T: one trade code, no evidence");
        assertFalse(run.fires(need().works().cpv("45231300").title("Renouvellement de la conduite d'adduction").amount(5_800_000).lots(1)
                .build()), "a network's works: no building operation named");
        // D3 (SDIS-27-12): one software's upkeep with partial coverage is a sourcing matter, not lots
        assertFalse(run.fires(need().cpv("72267000").title("Maintenance et évolution du logiciel de traitement de l'alerte (CTA-CODIS)")
                .suppliersKnown(1).coverage("partial", null).amount(450_000).lots(1).build()));
        // D6 (SIE-27-12): the delivery points of a network energy; fuel delivered to each site still divides
        assertFalse(run.fires(need().supplies().cpv("09310000").title("Fourniture d'électricité des stations de pompage et de l'usine")
                .suppliersKnown(6).amount(1_500_000).lots(1).build()));
        assertTrue(run.fires(need().supplies().cpv("09310000").title("Fourniture d'électricité des stations de pompage")
                .suppliersKnown(6).coverage("partial", null).amount(1_500_000).lots(1).build()), "partial coverage still divides");
    }

    @Test
    void aTradeLotOfAnOperationIsNeverAllWorks() {
        // version 2.7, lawyer E (CAGC-27-02, wrong; CAGC-27-04): one lot of the centre aquatique operation
        assertFalse(run.fires(need().works().cpv("45212212").title("Réhabilitation du centre aquatique — gros œuvre et bassins")
                .amount(2_100_000).lots(1).procedure("adapted").build()));
        assertFalse(run.fires(need().works().cpv("45453000").title("Réhabilitation du centre aquatique — second œuvre").amount(1_800_000).lots(1)
                .procedure("adapted").operation("Centre aquatique").build(),
                need().id("b").works().cpv("45331000").title("Réhabilitation — traitement d'eau").amount(1_900_000).lots(1)
                .operation("Centre aquatique").build()), "the operation column links two rows");
        assertFalse(run.fires(need().works().cpv("45214200").title("Construction du collège — lot n° 3").amount(1_500_000).lots(1).build()));
        // the operation alone on one row, or several trades named, is the whole job
        assertTrue(run.fires(need().works().cpv("45215140").title("Restructuration et extension du service des urgences")
                .description("Gros œuvre, cloisonnement, fluides médicaux, CVC, électricité").amount(3_000_000).lots(1)
                .operation("Urgences").build()));
        assertTrue(run.fires(need().works().cpv("45214200").title("Construction du collège : gros œuvre, charpente et couverture")
                .amount(3_000_000).lots(1).build()));
    }

    @Test
    void firesOnAFireStationConstructionAt3_2MWithoutLots() {
        String m = run.message(need().works().cpv("45216121").amount(3_200_000).lots(null).build());
        assertTrue(m.contains("travaux de bâtiment tous corps d’état") && m.contains("lots par corps d’état"), m);
    }

    @Test
    void doesNotFireOnARoofRepairAt480kWithoutLots() {
        assertFalse(run.fires(need().works().cpv("45261210").amount(480_000).lots(null).procedure("adapted").build()));
    }

    @Test
    void doesNotFireOnLiftMaintenanceWithoutLots() {
        assertFalse(run.fires(need().cpv("50750000").amount(200_000).lots(null).build()));
    }

    @Test
    void firesOnAdditionalCodesOfAnotherDivision() {
        assertTrue(run.message(need().cpv("79711000").additional("45312100").amount(300_000).lots(null).build())
                .contains("codes CPV secondaires d’une autre division (45312100-8)"));
    }

    @Test
    void doesNotFireOnASupplyWithItsMaintenanceOrHardwareWithItsSoftware() {
        assertFalse(run.fires(need().supplies().cpv("30121100").additional("50313000").amount(300_000).lots(null).build()));
        assertFalse(run.fires(need().supplies().cpv("30213100").additional("48000000").amount(150_000).lots(null).build()));
    }

    @Test
    void leavesMarchesGlobauxDesignContestsRentalsAndSmallNeedsAlone() {
        assertFalse(run.fires(need().works().cpv("45212222").title("Conception-réalisation d'un gymnase").amount(4_000_000).lots(null).build()));
        assertFalse(run.fires(need().technique("design_contest").amount(400_000).lots(1).build()));
        assertFalse(run.fires(need().cpv("70310000").amount(400_000).lots(1).build()));
        assertFalse(run.fires(need().cpv("98310000").amount(80_000).lots(1).build()));
        assertFalse(run.fires(need().cpv("98310000").amount(2_000_000).lots(3).build()));
    }

    @Test
    void leavesAloneWhatTheProcedureOrTheObjectKeepsInOnePiece() {
        // issue 17 third review: the only publisher's licence, a surgical robot, maîtrise d'œuvre, a defence supply
        assertFalse(run.fires(need().supplies().cpv("48000000").additional("72267000").procedure("negotiated_without_call")
                .amount(380_000).lots(1).build()), "exclusive rights: one holder");
        assertFalse(run.fires(need().supplies().cpv("33168000").procedure("competitive_dialogue").suppliersKnown(2)
                .amount(2_000_000).lots(1).build()), "one product from its two makers");
        assertTrue(run.fires(need().supplies().cpv("33168000").suppliersKnown(3).coverage("partial", null).amount(2_000_000)
                .lots(1).build()), "three makers, covering it only partly");
        assertFalse(run.fires(need().cpv("71240000").title("Maîtrise d'œuvre pour l'extension des urgences").amount(650_000)
                .lots(1).build()), "one mission");
        assertFalse(run.fires(need().kind("defence").supplies().cpv("32500000").title("Matériels de transmission sécurisés")
                .amount(1_200_000).lots(1).build()), "possibly a defence contract: allotment optional");
        assertTrue(run.fires(need().kind("defence").cpv("98310000").title("Blanchisserie des casernes").amount(1_200_000).lots(1).build()),
                "a defence authority's services");
    }

    @Test
    void oneLotAtTFiresOnlyOnEvidenceThatTheObjectDivides() {
        // issue 17 fourth review (L2113-11 1°): a scanner, the electricity of one site, one plant, one mission
        assertFalse(run.fires(need().supplies().cpv("33115000").title("Scanner pour les urgences")
                .description("Fourniture, installation, formation et maintenance 5 ans").coverage("partial", null)
                .suppliersKnown(4).amount(1_200_000).lots(1).build()), "a supply with its installation and maintenance");
        assertFalse(run.fires(need().supplies().cpv("09310000").title("Fourniture d'électricité du site principal")
                .suppliersKnown(4).amount(2_100_000).lots(1).build()), "one delivery point");
        assertFalse(run.fires(need().cpv("90481000").title("Exploitation de la station d'épuration de Beaumont")
                .amount(1_200_000).lots(1).build()), "one plant named");
        assertFalse(run.fires(need().cpv("79411000").title("Accompagnement au changement (conseil)").amount(160_000).lots(1).build()),
                "one mission");
        assertTrue(run.message(need().supplies().cpv("34121400").title("Autobus électriques").suppliersKnown(3)
                .coverage("partial", null).amount(9_600_000).lots(1).build()).contains("ne le couvrent qu’en partie"));
        assertTrue(run.message(need().supplies().cpv("09135100").title("Fioul pour les centres d'exploitation").suppliersKnown(4)
                .amount(240_000).lots(1).build()).contains("plusieurs sites ou établissements"));
        assertFalse(run.fires(need().cpv("98310000").title("Blanchisserie du linge hospitalier").amount(1_500_000).lots(1).build()),
                "the value alone is no evidence (version 2.6)");
    }

    @Test
    void firesOnInsuranceOfSeveralRisksInOneLotButNotOnOneRisk() {
        // lawyer H, D5 (VIL-27-06): four risks insured in one lot, each by practice a market of its own
        String m = run.message(need().cpv("66510000").title("Assurances de la commune (dommages aux biens, responsabilité civile,"
                + " flotte, protection juridique)").amount(320_000).lots(1).build());
        assertTrue(m.contains("plusieurs risques sont nommés (dommages aux biens, responsabilité civile, flotte, protection juridique)"), m);
        // lawyer N, CCHT-27-05: « de la communauté de communes » is the buyer, not places: the ground is the four risks
        String cc = run.message(need().cpv("66510000").title("Assurances de la communauté de communes : dommages aux biens, "
                + "responsabilité civile, flotte automobile et protection juridique").amount(240_000).lots(1).build());
        assertTrue(cc.contains("plusieurs risques sont nommés (dommages aux biens, responsabilité civile, flotte, protection juridique)"), cc);
        assertFalse(run.fires(need().cpv("66510000").title("Assurance responsabilité civile").amount(320_000).lots(1).build()));
        assertFalse(run.fires(need().cpv("66510000").title("Assurances de la commune").amount(320_000).lots(1).build()));
        // lawyer Q, trap R32 (PLE-27-17): four risks in one lot at 120 k€, under T: L2113-10 applies whatever the value
        String small = run.message(need().cpv("66510000").title("Assurances de la commune : dommages aux biens, responsabilité civile, "
                + "flotte automobile et protection juridique").amount(120_000).lots(1).build());
        assertTrue(small.contains("plusieurs risques sont nommés") && small.contains("L2113-10") && !small.contains("au moins égal au seuil"), small);
        // one risk at the same value stays quiet
        assertFalse(run.fires(need().cpv("66510000").title("Assurance flotte automobile").amount(120_000).lots(1).build()));
    }

    /** Lawyer I, T23 (OHA-27-16): four trades named in a 1.5 M€ one-lot services framework are lots by trade. */
    @Test
    void firesOnThreeTradesOrMoreNamedInAServicesTitle() {
        String m = run.message(need().cpv("50000000").title("Accord-cadre multi-services (plomberie, électricité, serrurerie, menuiserie)")
                .suppliersKnown(5).amount(1_500_000).lots(1).build());
        assertTrue(m.contains("plusieurs corps de métier sont nommés (plomberie, électricité, serrurerie, menuiserie)"), m);
        assertFalse(run.fires(need().cpv("50000000").title("Maintenance plomberie et chauffage des logements").suppliersKnown(5)
                .amount(1_500_000).lots(1).build()), "two trades may be one firm's");
    }

    /** Lawyer I, D5: evidence that is none — the stations of one network, one software hosted, a reserved pool's « partielle ». */
    @Test
    void oneNetworkOneHostedSoftwareAndAReservedPoolDoNotDivide() {
        assertFalse(run.fires(need().cpv("50000000").title("Maintenance des stations de vélos en libre-service").suppliersKnown(5)
                .amount(700_000).lots(1).build()), "MOL-27-28: one bike-share network");
        assertFalse(run.fires(need().cpv("72267000").title("Logiciel de gestion locative — maintenance et hébergement").suppliersKnown(5)
                .amount(300_000).lots(1).build()), "OHA-27-24: one software, its publisher's service (L2113-11)");
        assertTrue(run.message(need().cpv("72267000").title("Logiciel de dossier patient informatisé — maintenance et hébergement")
                .suppliersKnown(3).amount(1_100_000).lots(1).build()).contains("plusieurs prestations séparables"),
                "lawyer D, CHU27-13: health data hosting (HDS) is a market of its own");
        assertFalse(run.fires(need().cpv("77310000").title("Entretien des espaces verts du site hospitalier — marché réservé EA/ESAT")
                .reserved("ea_esat").coverage("partial", null).suppliersKnown(2).amount(260_000).lots(1).build()), "CHU-27-26");
        assertTrue(run.fires(need().cpv("77310000").title("Entretien des espaces verts du site hospitalier")
                .coverage("partial", null).suppliersKnown(2).amount(260_000).lots(1).build()), "not reserved: partial coverage divides");
        assertTrue(run.message(need().cpv("90481000").title("Exploitation des stations d'épuration de la métropole")
                .amount(1_200_000).lots(1).build()).contains("plusieurs sites"), "plants are sites");
    }
    @Test
    void multiTradeWorksAreDecidedByTheNatureAndTheCodeNotByOnePhrase() {
        // version 2.14, lawyer J defect 2 (T14): a building fitted out by the trades its Description lists, under 45000000
        String message = run.message(need().works().cpv("45000000").title("Aménagement de l'ancienne gendarmerie en maison de santé")
                .description("Gros œuvre, charpente et couverture, menuiseries, plâtrerie, plomberie et chauffage, électricité, peinture")
                .amount(1_450_000).lots(null).build());
        assertTrue(message.contains("des travaux de plusieurs corps d’état (Gros œuvre, charpente, couverture, menuiseries, plâtrerie")
                && message.contains("lots par corps d’état"), message);
        // one trade and its accessories is one firm's job
        assertFalse(run.fires(need().works().cpv("45261210").title("Réfection de la toiture de l'école")
                .description("Couverture et zinguerie").amount(180_000).lots(null).build()));
        // playground equipment supplied and installed: « tous corps d'état » is no building operation
        assertFalse(run.fires(need().supplies().cpv("45112723").title("Fourniture et installation des jeux de l'aire de jeux")
                .description("Fourniture, pose et mise en service des jeux, prestation tous corps d'état").amount(160_000).lots(1).build()));
        assertTrue(run.fires(need().works().cpv("45000000").title("Travaux de réaménagement de la mairie")
                .description("Marché tous corps d'état").amount(400_000).lots(1).build()), "said of works, the phrase still counts");
    }

    @Test
    void threeServiceFamiliesInOneConsultationAreLotsByFamily() {
        // version 2.14, lawyer J defect 3 (T33): cleaning, guarding and maintenance, no lots given
        String message = run.message(need().cpv("79993000").title("Nettoyage, gardiennage et maintenance des bâtiments communaux")
                .procedure("open").amount(480_000).lots(null).build());
        assertTrue(message.startsWith("Aucun lot indiqué") && message.contains("(nettoyage, gardiennage, maintenance) : lots par famille"), message);
        assertFalse(run.fires(need().cpv("72267000").title("Maintenance et hébergement du logiciel de gestion financière")
                .procedure("adapted").amount(150_000).lots(null).build()), "two families");
        assertFalse(run.fires(need().cpv("79993000").title("Nettoyage, gardiennage et maintenance des bâtiments communaux")
                .procedure("open").amount(480_000).lots(3).build()), "in lots");
    }

    @Test
    void theBuyersOwnTerritoryInThePlaceCellIsNoSeveralSites() {
        // lawyer K, SMEA-27-05: one head office's cleaning for « Communes du syndicat (25) » was told « plusieurs sites »
        String office = "Nettoyage des locaux du siège administratif du syndicat";
        assertFalse(run.fires(need().cpv("90911200").title(office).location("Communes du syndicat (25)").amount(300_000).lots(1).build()));
        assertTrue(run.message(need().cpv("90911200").title("Nettoyage des bâtiments communaux (mairie, écoles, équipements sportifs)")
                .location("Communes du syndicat (25)").amount(450_000).lots(1).build()).contains("plusieurs sites ou établissements sont nommés"),
                "the title names kinds of sites");
    }

    @Test
    void countsPluralsAndCapitalTablesAreNoSitesAndWorksTradesAreTheReason() {
        // version 2.24 (lawyer S, HDL-27-01): « parties communes » is no commune; the trades of the Description are the reason
        String m = run.message(need().works().cpv("45321000").title("Réhabilitation énergétique de 96 logements — résidence du Chemin Vert à Boulogne-sur-Mer")
                .description("Isolation thermique par l'extérieur, menuiseries, ventilation, chauffage, électricité des parties communes.")
                .location("Boulogne-sur-Mer").amount(6_100_000).lots(1).build());
        assertFalse(m.contains("plusieurs sites"), m);
        assertTrue(m.contains("plusieurs corps d’état") && m.contains("lots par corps d’état"), m);
        // RHDF-27-06: fuel cards on a network of stations have no delivery site, whoever's vehicles they fill
        assertFalse(run.fires(need().supplies().cpv("09134100").title("Fourniture de carburants par cartes accréditives — véhicules de service des lycées")
                .description("Cartes carburant sur un réseau de stations.").location("Hauts-de-France").amount(280_000).lots(1).suppliersKnown(4).build()));
        // CD62-27-05: the « communes » of a capital table are shareholders, not places
        assertFalse(run.fires(need().cpv("71541000").title("Mandat de maîtrise d'ouvrage pour la reconstruction du collège Jean-Jaurès de Lens")
                .description("Capital de la SEM Territoires 62 : 56 % Département, 12 % communes, 32 % Caisse des dépôts.")
                .location("Lens").amount(850_000).lots(1).build()));
        // MEL-27-07: the stations of one named sharing network (V'Lille) are its equipment (RISKS.md §3, MOL-27-28)
        assertFalse(run.fires(need().cpv("90910000").title("Nettoyage et désinfection des stations V'Lille").location("Lille")
                .amount(450_000).lots(1).build()));
        // MEL-27-08: the components of one integrated solution, listed in the Description, are no separate products
        assertFalse(run.fires(need().supplies().cpv("34928500").title("Solution de pilotage intelligent de l'éclairage public")
                .description("Télégestion des points lumineux, détection de présence, plateforme de supervision.")
                .procedure("competitive_dialogue").amount(2_100_000).lots(1).build()));
        // still flagged: the écoles des communes, three named stations, a supply whose Description lists products
        assertTrue(run.fires(need().cpv("90911200").title("Nettoyage des écoles des communes").amount(450_000).lots(1).build()));
        assertTrue(run.fires(need().cpv("90910000").title("Nettoyage de 3 stations d'épuration").amount(450_000).lots(1).build()));
    }
}

package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;

/** CPV_IMPRECISE and CPV_MISMATCH, from the examples of docs/RISKS.md §3. */
class CpvRulesTest {

    private final RuleRun imprecise = RuleRun.of(new CpvImprecise());
    private final RuleRun mismatch = RuleRun.of(new CpvMismatch());

    @Test
    void aDivisionWithNoCodeToProposeIsNoStaffItem() {
        // version 2.7, lawyer E (6 of 8 items noise): the buyer's feedback file asks for the code (FeedbackTest)
        assertFalse(imprecise.fires(need().cpv("48000000").title("Licences de logiciels bureautiques").build()));
    }

    @Test
    void impreciseProposes80511000ForTrainingOfAdministrativeStaff() {
        assertTrue(imprecise.message(need().cpv("80500000").title("Formation des personnels administratifs").build())
                .contains("proposez 80511000-9 « Services de formation du personnel »"));
    }

    @Test
    void chemicalLaboratoryWasteIsProposedHazardousWasteNotRefuseCollection() {
        // lawyer H, D6 (UNIV-27-30, wrong): « collecte » matched 90511000 « collecte des ordures »
        String m = imprecise.message(need().cpv("90500000").title("Collecte et élimination des déchets chimiques de laboratoire").build());
        assertTrue(m.contains("proposez 90520000-8"), m);
    }

    @Test
    void languageTrainingIsProposedLanguageCoursesNotStaffTraining() {
        // lawyer H, D10 (UNIV-27-19): « personnels » matched 80511000 staff training
        String m = imprecise.message(need().cpv("80500000").title("Formation continue des personnels (langues étrangères)").build());
        assertTrue(m.contains("proposez 80580000-3 « Fourniture de cours de langues »"), m);
    }

    @Test
    void aProposalIsForTheBuyersFeedbackOnly() {
        // version 2.11, lawyer H D10 (4 of 5 noise): code precision is the buyer's data, not an officer's point
        org.vitrine.model.RiskFlag f = imprecise.one(need().cpv("80500000").title("Formation des personnels administratifs").build());
        assertTrue(org.vitrine.model.RiskItems.feedbackOnly(f), f.toString());
    }

    @Test
    void impreciseDoesNotFireOn79600000OnRecruitment() {
        assertFalse(imprecise.fires(need().cpv("79600000").title("Prestations de recrutement").build()));
    }

    @Test
    void impreciseLeavesClosedRoutesAlone() {
        assertFalse(imprecise.fires(need().cpv("48000000").route("central_purchasing").build()));
    }

    @Test
    void mismatchFiresOnFestiveLightingCodedAsEvents() {
        String m = mismatch.message(need().cpv("79952000").title("Location et pose des illuminations de fin d'année").build());
        assertTrue(m.contains("son code 79952000-2") && m.contains("31520000-7 Lampes et appareils d'éclairage"), m);
    }

    @Test
    void aComplementOfTheTitleDoesNotDecideTheObject() {
        // lawyer O (RA-27-09, wrong): work clothes « des espaces verts », rightly 18110000, got mowers and 77310000 proposed
        assertFalse(mismatch.fires(need().cpv("18110000").supplies().title("Fourniture de vêtements de travail — agents des espaces verts et de la voirie")
                .amount(60_000).procedure("adapted").build()));
        assertFalse(mismatch.fires(need().cpv("18110000").supplies().title("Vêtements de travail pour les agents des espaces verts")
                .amount(60_000).procedure("adapted").build()));
        // the head noun is the market and the code names another: still a mismatch
        assertTrue(mismatch.fires(need().cpv("79952000").title("Illuminations de fin d'année pour les fêtes").amount(95_000)
                .procedure("adapted").build()));
    }

    @Test
    void mismatchLeavesAPurchaseUnderTheDispenseThresholdAlone() {
        // version 2.9, lawyer G COM-27-07: 12 k€ bought without notice; no alert, no threshold in question
        assertFalse(mismatch.fires(need().cpv("79952000").title("Location et pose des illuminations de fin d'année").amount(12_000)
                .procedure("exempt").build()));
        assertTrue(mismatch.fires(need().cpv("79952000").title("Location et pose des illuminations de fin d'année").amount(95_000)
                .procedure("adapted").build()));
    }

    @Test
    void aCodeAboveTheMarketIsImpreciseNotAnotherMarket() {
        // issue 17 fourth review: « gaz naturel » coded 09100000 gets one line proposing 09123000; lawyer F (SDIS-27-06):
        // 09100000 is the parent of the market's code, so that line is CPV_IMPRECISE, not « relève d'un autre marché »
        assertFalse(mismatch.fires(need().cpv("09100000").title("Fourniture de gaz naturel des bâtiments communaux").build()));
        String m = imprecise.message(need().cpv("09100000").title("Fourniture de gaz naturel des bâtiments communaux").build());
        assertTrue(m.contains("09123000"), m);
        assertFalse(mismatch.fires(need().cpv("09100000").title("Fourniture de carburants par cartes accréditives").build()));
        assertTrue(mismatch.fires(need().cpv("09300000").title("Fourniture de carburants par cartes accréditives").build()),
                "electricity's group is another market");
    }

    @Test
    void mismatchDoesNotFireOnFuelCodedAsDiesel() {
        assertFalse(mismatch.fires(need().cpv("09134100").title("Fourniture de carburants").build()));
    }

    @Test
    void mismatchAcceptsTheRightAdditionalCodeAndIgnoresQualityAssuranceAndInspections() {
        assertFalse(mismatch.fires(need().cpv("79952000").additional("31527260").title("Illuminations de Noël").build()));
        assertFalse(mismatch.fires(need().cpv("72225000").title("Audit d'assurance qualité du système").build()));
        assertFalse(mismatch.fires(need().cpv("71631000").title("Vérifications périodiques (électricité, ascenseurs)").build()));
        assertTrue(mismatch.fires(need().cpv("79000000").title("Gardiennage du site").build()));
    }

    @Test
    void mismatchLeavesACodeWhoseOwnLabelNamesTheMarket() {
        assertFalse(mismatch.fires(need().cpv("31682000").title("Approvisionnement en électricité").build()));
    }

    /** Officer U: « Repas du self du personnel » coded 45215140 (hospital building works) was published as works, unflagged. */
    @Test
    void mismatchFiresOnStaffMealsCodedAsHospitalWorks() {
        String m = mismatch.message(need().cpv("45215140").title("Repas du self du personnel").build());
        assertTrue(m.contains("son code 45215140") && m.contains("55500000-5 Services de cantine et service traiteur"), m);
        assertTrue(mismatch.fires(need().cpv("79952000").title("Restauration collective des écoles").build()));
        assertTrue(mismatch.fires(need().cpv("90910000").title("Prestations de traiteur pour les réceptions").build()));
    }

    @Test
    void mealsAreNotFlaggedWhenCodedAsMealsFoodOrVouchers() {
        assertFalse(mismatch.fires(need().cpv("15894220").title("Repas du self du personnel").build()));
        assertFalse(mismatch.fires(need().cpv("55521100").title("Portage de repas à domicile").build()));
        assertFalse(mismatch.fires(need().cpv("15800000").title("Denrées alimentaires pour la restauration scolaire").build()));
        assertFalse(mismatch.fires(need().cpv("30199770").title("Chèques repas des agents").build()));
        assertFalse(mismatch.fires(need().cpv("85310000").title("Portage de repas aux personnes âgées").build()));
    }

    @Test
    void theCanteensWorksEquipmentUpkeepAndCleaningAreNotMeals() {
        assertFalse(mismatch.fires(need().cpv("45212422").title("Travaux de rénovation de la cantine scolaire").build()));
        assertFalse(mismatch.fires(need().cpv("39310000").title("Équipements de la restauration collective").build()));
        assertFalse(mismatch.fires(need().cpv("90910000").title("Nettoyage de la cantine").build()));
        assertFalse(mismatch.fires(need().cpv("90513000").title("Collecte des biodéchets de la restauration scolaire").build()));
        assertFalse(mismatch.fires(need().cpv("45454100").title("Restauration de l'église Saint-Martin").build()), "restoration is no meal");
    }

    @Test
    void cleaningComputingAndWorksAreCaughtOnAnotherMarketsCode() {
        assertTrue(mismatch.fires(need().cpv("45215140").title("Nettoyage des bureaux et des vitres").build()));
        assertTrue(mismatch.fires(need().cpv("79952000").title("Entretien ménager des bâtiments communaux").build()));
        assertTrue(mismatch.fires(need().cpv("33100000").title("Maintenance du logiciel de gestion des bourses").build()));
        assertTrue(mismatch.fires(need().cpv("33100000").title("Travaux de réfection de la toiture du bâtiment B").build()));
    }

    @Test
    void cleaningComputingAndWorksLeaveTheirOwnFamiliesAlone() {
        assertFalse(mismatch.fires(need().cpv("39830000").title("Produits de nettoyage des locaux").build()));
        assertFalse(mismatch.fires(need().cpv("72267000").title("Maintenance du logiciel de gestion des bourses").build()));
        assertFalse(mismatch.fires(need().cpv("30213100").title("Ordinateurs portables des agents").build()));
        assertFalse(mismatch.fires(need().cpv("80533100").title("Formation informatique des agents").build()));
        assertFalse(mismatch.fires(need().cpv("39130000").title("Mobilier informatique").build()));
        assertFalse(mismatch.fires(need().cpv("71317210").title("Coordination SPS des travaux du groupe scolaire").build()));
        assertFalse(mismatch.fires(need().cpv("66515200").title("Assurance dommages-ouvrage des travaux de la médiathèque").build()));
        assertTrue(mismatch.fires(need().cpv("44112000").title("Travaux de réfection de la toiture du bâtiment B").build()),
                "works coded as supplies: the works thresholds apply");
        assertFalse(mismatch.fires(need().cpv("79810000").title("Travaux d'impression des supports de communication").build()));
        assertFalse(mismatch.fires(need().cpv("77211000").title("Travaux forestiers en forêt communale").build()));
        assertFalse(mismatch.fires(need().cpv("45261210").title("Travaux de réfection de la toiture du bâtiment B").build()));
        // lawyer G GPM-27-29: « travaux » that is not the object of the title
        assertFalse(mismatch.fires(need().cpv("63727100").title("Remorquage de travaux maritimes").build()));
        assertFalse(mismatch.fires(need().cpv("34992000").title("Signalisation temporaire de travaux").build()));
    }

    /**
     * Lawyer I, D3 (CHU-27-22): a repair and maintenance code covers the parts and the embedded software of the equipment
     * it maintains; « logiciels » in the bracket is a component, not the object. Software named as the object still is
     * software, and a maintenance code of another division is still argued with.
     */
    @Test
    void aComponentOfTheMaintainedEquipmentIsNoOtherMarket() {
        assertFalse(mismatch.fires(need().cpv("50421000")
                .title("Maintenance de l'IRM 3T du constructeur (pièces et logiciels propriétaires)").build()));
        assertFalse(mismatch.fires(need().cpv("50421000").title("Entretien des scanners, y compris logiciels embarqués").build()));
        assertFalse(mismatch.fires(need().cpv("50110000").title("Réparation des véhicules — logiciels de diagnostic inclus").build()));
        assertTrue(mismatch.fires(need().cpv("50421000").title("Maintenance des logiciels de l'IRM").build()), "software is the object");
        assertTrue(mismatch.fires(need().cpv("50421000").title("Logiciels de l'IRM (maintenance)").build()), "software is the object");
        assertTrue(mismatch.fires(need().cpv("33100000")
                .title("Maintenance de l'IRM (pièces et logiciels propriétaires)").build()), "a supply code, not an upkeep one");
    }
    @Test
    void aWorksTitleIsComparedWithWorksCodesOnly() {
        // version 2.14, lawyer J defect 1: the verges' « espaces verts » of road works proposed 16310000 Faucheuses
        assertFalse(mismatch.fires(need().works().cpv("45233141").amount(380_000)
                .title("Travaux de voirie des villages de Saint-Aubin et Les Essarts (chaussées, accotements, espaces verts)").build()));
        assertFalse(mismatch.fires(need().works().cpv("45233141").amount(380_000)
                .title("Aménagement des voies et des espaces verts du lotissement").build()), "works by nature and code");
        String message = mismatch.message(need().works().cpv("44113600").amount(150_000).title("Travaux de réfection de la voirie du bourg").build());
        assertTrue(message.contains("codes attendus 45000000-7 Travaux de construction.") && !message.contains("16310000"), message);
        assertTrue(mismatch.fires(need().cpv("45233141").amount(150_000).title("Entretien des espaces verts").build()),
                "a service title is still compared with its market's codes");
    }

    @Test
    void theExpectedCodesAreThoseOfTheNeedsCategory() {
        // lawyer Q, D35-27-11: a mowing service coded as cleaning was told « codes attendus … 45110000 (démolition) …
        // 16310000 (faucheuses) »: the codes the green-spaces line accepts, not the ones a service should take
        String message = mismatch.message(need().cpv("90911200").amount(150_000)
                .title("Entretien des espaces verts des collèges du secteur de Vitré").build());
        assertTrue(message.contains("77310000-6") && !message.contains("45110000") && !message.contains("16310000")
                && !message.contains("03450000"), message);
        // supplies named by the same line keep their own codes; a line without one of the category keeps them all
        String supplies = mismatch.message(need().supplies().cpv("30192000").amount(150_000).title("Fourniture de plants pour les espaces verts").build());
        assertTrue(supplies.contains("03450000") && !supplies.contains("77310000"), supplies);
    }
}

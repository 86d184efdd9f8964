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
}

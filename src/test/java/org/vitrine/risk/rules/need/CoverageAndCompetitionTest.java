package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;

import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;

/** PARTIAL_COVERAGE, LOW_COMPETITION and COVERAGE_UNKNOWN, from the examples of docs/RISKS.md §3. */
class CoverageAndCompetitionTest {

    @Test
    void partialCoverageFiresOn60PercentAndNotOnFull() {
        RuleRun run = RuleRun.of(new PartialCoverage());
        assertTrue(run.message(need().lots(1).coverage("partial", 60).build()).contains("environ 60 % du besoin"));
        assertEquals("I", run.one(need().lots(1).coverage("partial", 60).build()).section());
        assertFalse(run.fires(need().coverage("full", null).build()));
        assertFalse(run.fires(need().coverage("partial", null).launch(day(2027, 1, 10)).build()), "launched before the event");
    }

    @Test
    void partialCoverageStaysSilentOnANeedAlreadyInLots() {
        RuleRun run = RuleRun.of(new PartialCoverage());
        assertFalse(run.fires(need().lots(8).coverage("partial", 60).build()), "each lot's matter, and the row names no lot");
        assertTrue(run.fires(need().lots(null).coverage("partial", null).build()), "no lots given");
    }

    @Test
    void partialCoverageStaysSilentOnAReservedContract() {
        // version 2.13, lawyer I OHA-27-20, MOL-27-21: a contract reserved to ESAT or SIAE is narrow by choice
        RuleRun run = RuleRun.of(new PartialCoverage());
        assertFalse(run.fires(need().lots(1).coverage("partial", null).reserved("ea_esat").build()));
        assertFalse(run.fires(need().lots(1).coverage("partial", null).reserved(Boolean.TRUE).build()));
        assertTrue(run.fires(need().lots(1).coverage("partial", null).reserved(Boolean.FALSE).build()));
    }

    @Test
    void lowCompetitionLeavesInsuranceAlone() {
        RuleRun run = RuleRun.of(new LowCompetition());
        assertFalse(run.fires(need().cpv("66516000").title("Assurance responsabilité civile hospitalière").suppliersKnown(2).build()));
        assertTrue(run.fires(need().cpv("38421100").suppliersKnown(2).build()));
    }

    @Test
    void lowCompetitionStaysQuietBesideTheInHouseFinding() {
        // lawyer U, EMS-2027-001 (version 2.26): a mandate to a SEM meant for a « quasi-régie », flagged by
        // MAPA_ABOVE_THRESHOLD's in-house case; its one known supplier is that SEM: a second line for the same fix
        RuleRun run = RuleRun.of(new LowCompetition());
        Need sem = need().category("services").cpv("71541000").procedure("other").procedureNote("Quasi-régie (L2511-1)")
                .title("Mandat de maîtrise d'ouvrage déléguée pour la restructuration du groupe scolaire du Neuhof")
                .description("Mandat confié à la SERS, société d'économie mixte (capital : 55 % Eurométropole et communes, 45 %"
                        + " Caisse des dépôts, banques et chambre de commerce), sans mise en concurrence")
                .amount(1_800_000).launch(quarter(2027, 2)).suppliersKnown(1).build();
        assertTrue(RuleRun.of(new MapaAboveThreshold()).fires(sem), "the in-house finding is raised");
        assertFalse(run.fires(sem));
        assertTrue(RuleRun.of(new LowCompetition()).set("MAPA_ABOVE_THRESHOLD", "enabled", false).fires(sem),
                "with MAPA_ABOVE_THRESHOLD switched off, nothing else says it");
        // the same mandate put to open competition, the SEM one of the candidates: the known count is the market's
        assertTrue(run.fires(need().category("services").cpv("71541000").procedure("open")
                .title("Mandat de maîtrise d'ouvrage déléguée pour la restructuration du groupe scolaire du Neuhof")
                .description("la SEM locale pourra candidater").amount(1_800_000).launch(quarter(2027, 2)).suppliersKnown(1).build()));
    }

    @Test
    void lowCompetitionLeavesTheMaintenanceOfAnInstalledSystemAlone() {
        // issue 17 fourth review (A TVS-27-17): the publisher of an installed proprietary system is captive
        RuleRun run = RuleRun.of(new LowCompetition());
        assertFalse(run.fires(need().category("services").cpv("72267000").title("Supervision informatique du réseau (SAE) : maintenance et évolutions")
                .suppliersKnown(2).build()));
        assertTrue(run.fires(need().supplies().cpv("48000000").title("Logiciel de facturation").suppliersKnown(1).build()), "a new package");
        assertFalse(run.fires(need().category("services").cpv("72267000").title("Maintenance et évolutions du progiciel de gestion financière")
                .suppliersKnown(1).coverage("full", null).build()), "one publisher covering the whole need is captive (DEP-59)");
        // version 2.8 (lawyer F, T20 SDIS-27-12): one known maintainer who may not cover the need: exclusivity or sourcing
        String m = run.message(need().category("services").cpv("72267000").coverage("partial", null).suppliersKnown(1)
                .title("Maintenance et évolution du logiciel de traitement de l'alerte (CTA-CODIS)").build());
        assertTrue(m.startsWith("Un seul fournisseur connu pour la maintenance d’un système déjà installé") && m.contains("R2122-3 3°"), m);
        assertTrue(run.fires(need().category("services").cpv("50750000").title("Maintenance des ascenseurs").suppliersKnown(2).build()),
                "lift maintenance: many firms");
    }

    @Test
    void lowCompetitionFiresOnOneSupplierAndNotOnBlankOrSix() {
        RuleRun run = RuleRun.of(new LowCompetition());
        assertTrue(run.message(need().suppliersKnown(1).build()).startsWith("Un seul fournisseur connu"));
        assertFalse(run.fires(need().suppliersKnown(null).build()));
        assertFalse(run.fires(need().suppliersKnown(6).build()));
    }

    @Test
    void lowCompetitionLeavesReservedContractsAndPurchasesUnderTheDispenseAlone() {
        // version 2.9, lawyer G: COM-27-08 (ESAT/EA), CCAS-27-11 (SIAE), COM-27-13 (85 k€ of works, no competition required)
        RuleRun run = RuleRun.of(new LowCompetition());
        assertFalse(run.fires(need().suppliersKnown(2).reserved("ESAT/EA").amount(45_000).procedure("adapted").build()));
        assertFalse(run.fires(need().suppliersKnown(2).reserved(true).amount(150_000).build()));
        assertFalse(run.fires(need().works().cpv("45316110").suppliersKnown(2).amount(85_000).procedure("adapted").build()));
        assertTrue(run.fires(need().works().cpv("45316110").suppliersKnown(2).amount(140_000).procedure("adapted").build()));
        assertTrue(run.fires(need().cpv("98361000").suppliersKnown(2).amount(220_000).build()), "towage of 220 k€ (GPM-27-29, useful)");
    }

    @Test
    void lowCompetitionsPublicTextNeverGivesTheCount() {
        assertEquals("L’acheteur souhaite élargir sa connaissance du marché.", Messages.of("fr").get("risk.LOW_COMPETITION.public"));
    }

    @Test
    void coverageUnknownFiresOnConsumablesAt560kInQ3() {
        RuleRun run = RuleRun.of(new CoverageUnknown());
        assertTrue(run.message(need().supplies().cpv("33140000").amount(560_000).launch(quarter(2027, 3)).coverage("unknown", null).build())
                .startsWith("Couverture inconnue : utilisez le salon pour votre sourcing (R2111-1)"));
    }

    @Test
    void coverageUnknownDoesNotFireUnderTOrOnAJanuaryLaunch() {
        RuleRun run = RuleRun.of(new CoverageUnknown());
        assertFalse(run.fires(need().amount(160_000).launch(quarter(2027, 3)).coverage("unknown", null).build()));
        assertFalse(run.fires(need().amount(500_000).launch(day(2027, 1, 12)).coverage("unknown", null).build()));
    }
}

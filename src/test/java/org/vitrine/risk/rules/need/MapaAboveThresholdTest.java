package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.RuleRun.fr;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.BuyerFacts;

/** MAPA_ABOVE_THRESHOLD, from the examples of docs/RISKS.md §3 and the threshold cases of §2. */
class MapaAboveThresholdTest {

    private final RuleRun run = RuleRun.of(new MapaAboveThreshold());

    @Test
    void firesOnStateConsultingAt160kUnderMapa() {
        RiskFlag f = run.one(need().kind("central").cpv("79411000").procedure("adapted").amount(160_000).launch(quarter(2027, 3)).build());
        assertEquals("high", f.severity());
        assertEquals("S", f.section());
        assertTrue(f.message().contains(fr("160 000 €")) && f.message().contains(fr("140 000 €"))
                && f.message().contains("autorités publiques centrales"), f.message());
        assertTrue(f.message().contains("Procédure formalisée requise (L2124-1, R2124-1)"), f.message());
    }

    @Test
    void firesOnHomeHelpAt1_2MUnderMapaAsSocialServicesNeedingAJoueNotice() {
        RiskFlag f = run.one(need().cpv("85312400").procedure("adapted").amount(1_200_000).launch(quarter(2027, 3)).build());
        assertEquals("medium", f.severity());
        assertTrue(f.message().contains("services sociaux et spécifiques") && f.message().contains("avis au JOUE obligatoire"), f.message());
        assertTrue(f.message().contains("art. 75 de la directive 2014/24/UE"), "the JOUE duty's article (lawyer E): " + f.message());
    }

    @Test
    void eachCaseHasItsOwnHeading() {
        // lawyer E, defect 6: « Procédure adaptée au-delà du seuil » headed a direct award and a lawful social MAPA
        assertEquals("risk.MAPA_ABOVE_THRESHOLD.title.formalised", run.one(need().kind("central").cpv("79411000")
                .procedure("adapted").amount(160_000).launch(quarter(2027, 3)).build()).titleKey());
        assertEquals("risk.MAPA_ABOVE_THRESHOLD.title.social", run.one(need().cpv("85312400").procedure("adapted")
                .amount(1_200_000).launch(quarter(2027, 3)).build()).titleKey());
        assertEquals("risk.MAPA_ABOVE_THRESHOLD.title.exempt", run.one(need().supplies().cpv("44115200").procedure("exempt")
                .amount(70_000).build()).titleKey());
        assertEquals("risk.MAPA_ABOVE_THRESHOLD.title.noBasis", run.one(need().supplies().cpv("44115200")
                .procedure("negotiated_without_call").amount(70_000).build()).titleKey());
        assertEquals("risk.MAPA_ABOVE_THRESHOLD.title.noBasisEu", run.one(need().supplies().cpv("44115200")
                .procedure("negotiated_without_call").amount(250_000).build()).titleKey());
    }

    @Test
    void countsTheOptionsWrittenInTheDescription() {
        // the lawyer's Saumur 2027-23: 5.2 M€ of works under MAPA + 350 k€ of options = 5.55 M€ ≥ 5 404 000 €
        RiskFlag f = run.one(need().works().cpv("45212320").procedure("adapted").amount(5_200_000)
                .description("Options : aménagement scénique (350 000 €)").launch(quarter(2027, 4)).build());
        String m = f.message().replaceAll("[\u00a0\u202f]", " ");
        assertTrue(m.contains("5 550 000 € (description : options de 350 000 € comptées, R2121-1)"), m);
    }

    @Test
    void aWorksTitleUnderASupplyCodeQuestionsTheCodeInsteadOfCallingTheMapaIrregular() {
        // officer Z3, D1: « Installation de climatisation dans les écoles », 320 000 €, MAPA, 42512000-8 in a works
        // sheet is lawful as works (45331220-4, threshold 5 404 000 €): the line questions the code
        RiskFlag f = run.one(need().supplies().cpv("42512000").title("Installation de climatisation dans les écoles")
                .procedure("adapted").amount(320_000).launch(quarter(2027, 1)).build());
        assertEquals("risk.MAPA_ABOVE_THRESHOLD.title.worksReading", f.titleKey());
        assertEquals("medium", f.severity());
        assertFalse(f.message().contains("une MAPA irrégulière"), f.message());
        assertTrue(f.message().contains("S’il s’agit de travaux (L1111-2), le seuil est de " + fr("5 404 000 €")), f.message());
        // a supply with its installation keeps the formalised reading
        assertEquals("risk.MAPA_ABOVE_THRESHOLD.title.formalised", run.one(need().supplies().cpv("42512000")
                .title("Fourniture et installation de climatiseurs").procedure("adapted").amount(320_000)
                .launch(quarter(2027, 1)).build()).titleKey());
    }

    @Test
    void doesNotFireOnSchoolCateringAt300kUnderMapa() {
        assertFalse(run.fires(need().cpv("55523100").procedure("adapted").amount(300_000).build()));
    }

    @Test
    void doesNotFireOnARangeStraddlingTheThreshold() {
        assertFalse(run.fires(need().cpv("71241000").procedure("adapted").range(180_000L, 250_000L).build()));
    }

    @Test
    void firesOnAnExemptPurchaseAboveTheDispenseThreshold() {
        RiskFlag f = run.one(need().supplies().cpv("44115200").procedure("exempt").amount(70_000).build());
        assertTrue(f.message().contains(fr("60 000 €")) && f.message().contains("une procédure adaptée est requise (R2123-1)"), f.message());
    }

    @Test
    void skipsAnExemptPurchaseWithAnotherBasis() {
        assertFalse(run.fires(need().supplies().cpv("22113000").procedure("exempt").amount(80_000).build()), "books, R2122-9");
        assertFalse(run.fires(need().procedure("exempt").amount(80_000).innovation(true).build()), "innovative purchase");
        assertFalse(run.fires(need().procedure("exempt").amount(80_000).description("Exclusion L2512-5").build()), "exclusion");
        // issue 17 fourth review: a case of R2122-1 ff. named is a lawful basis, but R2122-8 is the threshold tested here
        assertFalse(run.fires(need().procedure("exempt").amount(80_000).description("Prestation artistique, R2122-3 2°").build()),
                "artistic performance, R2122-3 2°");
        assertTrue(run.fires(need().procedure("exempt").amount(80_000).description("Dispense (R2122-8)").build()), "R2122-8");
    }

    @Test
    void aSmallLotIsNotFlagged() {
        assertFalse(run.fires(need().kind("defence").cpv("50110000").procedure("adapted").amount(150_000)
                .description("Petit lot (R2123-1 2°) de l'accord-cadre").build()));
    }

    @Test
    void aDefenceAuthorityBuysAnnexIiiSuppliesAt140k() {
        // vehicle parts are on Annex III (chapter 87): 180 000 € under MAPA needs a formalised procedure
        RiskFlag f = run.one(need().kind("defence").supplies().cpv("34330000").procedure("adapted").amount(180_000).build());
        assertTrue(f.message().contains("fournitures de l’annexe III d’une autorité centrale dans le domaine de la défense"), f.message());
        // computers are excepted from Annex III (ex 84.53): 216 000 €
        assertFalse(run.fires(need().kind("defence").supplies().cpv("30213000").procedure("adapted").amount(180_000).build()));
    }

    @Test
    void theDefenceColumnSetsTheThresholdAt432k() {
        assertFalse(run.fires(need().kind("defence").cpv("50334000").procedure("adapted").amount(300_000).defence(true).build()));
        assertTrue(run.fires(need().kind("defence").cpv("90911200").procedure("adapted").amount(200_000).build()),
                "a defence buyer's services: 140 000 €");
    }

    @Test
    void aStatePublicBodysDefenceColumnCounts() {
        // lawyer C, UB-27-09: a university (kind local, statePublicBody) at 400 000 € under MAPA, defence column oui
        Need n = need().buyer("u").kind("local").supplies().cpv("35125000").procedure("adapted").amount(400_000).defence(true).build();
        assertTrue(run.fires(n), "a local buyer's « oui » is not trusted: 216 000 €");
        assertFalse(RuleRun.of(new MapaAboveThreshold()).buyer("u", new BuyerFacts(true, false, true, false, true)).fires(n));
    }

    @Test
    void asksTheBasisOfANegotiatedProcedureWithoutCallFromTheDispenseThreshold() {
        // lawyer C, UB-27-03: « Sans publicité ni mise en concurrence » at 180 000 €, no basis written
        RiskFlag f = run.one(need().supplies().cpv("48460000").procedure("negotiated_without_call").amount(180_000)
                .description("Licences campus, éditeur unique").build());
        assertTrue(f.message().contains(fr("60 000 €")) && f.message().contains("sans fondement écrit dans la ligne")
                && f.message().contains("R2122-3 3°"), f.message());
        assertEquals("high", f.severity());
        // a basis written (B VDL-27-10), or an exclusion, or under the dispense threshold: no flag
        assertFalse(run.fires(need().supplies().cpv("48460000").procedure("negotiated_without_call").amount(180_000)
                .description("Droits d'exclusivité de l'éditeur (R2122-3 3°)").build()), "R2122-3 3°");
        assertFalse(run.fires(need().procedure("negotiated_without_call").amount(180_000).title("Marché exclu (L2512-5)").build()), "L2512");
        assertFalse(run.fires(need().procedure("negotiated_without_call").amount(180_000).description("Exclusivité constructeur").build()),
                "the ground in words");
        assertFalse(run.fires(need().procedure("negotiated_without_call").amount(4_000_000).description("Contrat de quasi-régie").build()),
                "in-house, L2511-1 in words (lawyer C SEHV-27-14)");
        assertFalse(run.fires(need().supplies().cpv("48460000").procedure("negotiated_without_call").amount(50_000).build()), "under 60 000 €");
        assertTrue(run.fires(need().procedure("negotiated_without_call").amount(180_000).description("Sans publicité (R2122-8)").build()),
                "R2122-8 is the threshold tested");
    }

    @Test
    void aContractInLotsIsToldTheSmallLotsException() {
        // lawyer Q, RO-27-82 (P's RBZ-27-35): 6.2 M€ of works under MAPA in 9 lots; SPLIT_SUSPECT gives R2123-1 2°, this did not
        RiskFlag f = run.one(need().works().cpv("45454000").procedure("adapted").amount(6_200_000).lots(9).launch(month(2027, 9)).build());
        assertTrue(f.message().contains("En 9 lots, la procédure formalisée vaut pour chacun, sauf pour de petits lots (chacun sous "
                + fr("1 000 000 €") + ", 20 % du total au plus, R2123-1 2°)") && f.message().contains(fr("1 240 000 €")), f.message());
        RiskFlag supplies = run.one(need().supplies().cpv("30213100").procedure("adapted").amount(400_000).lots(3).launch(month(2027, 9)).build());
        assertTrue(supplies.message().contains(fr("80 000 €")) && supplies.message().contains(fr("80 000 €") + ", 20 % du total"), supplies.message());
        assertFalse(run.one(need().works().cpv("45454000").procedure("adapted").amount(6_200_000).lots(1).launch(month(2027, 9)).build())
                .message().contains("R2123-1 2°"), "one lot: no exception to give");
    }

    @Test
    void aWrittenDispenseGroundIsNamedAndSaidWhyItDoesNotHold() {
        // lawyer Q, PLE-27-06: « Marché passé sans publicité ni mise en concurrence (R2122-8) » at 75 000 € of services
        // was told « sans fondement écrit dans la ligne »; the buyer wrote R2122-8, which does not cover 75 000 €
        RiskFlag f = run.one(need().cpv("71241000").procedure("negotiated_without_call").amount(75_000)
                .procedureNote("Marché passé sans publicité ni mise en concurrence (R2122-8)").launch(month(2027, 4)).build());
        assertFalse(f.message().contains("sans fondement écrit"), f.message());
        assertTrue(f.message().contains("R2122-8 ne couvre pas " + fr("75 000 €") + " (valeur estimée sur toute la durée) : le seuil de dispense est de "
                + fr("60 000 €")), f.message());
        assertEquals("risk.MAPA_ABOVE_THRESHOLD.title.dispenseWritten", f.titleKey());
        // no ground written: as before
        RiskFlag none = run.one(need().cpv("71241000").procedure("negotiated_without_call").amount(75_000)
                .launch(month(2027, 4)).build());
        assertTrue(none.message().contains("sans fondement écrit dans la ligne"), none.message());
        assertEquals("risk.MAPA_ABOVE_THRESHOLD.title.noBasis", none.titleKey());
    }

    @Test
    void readsTheBasisInTheStaffRemarks() {
        // lawyer I, CHU-27-22 (issue 17): the basis is in the « Remarques » column, never published, yet written
        TestNeeds.Builder chu2722 = need().category("services").cpv("50421000").procedure("negotiated_without_call").amount(420_000)
                .title("Maintenance de l'IRM 3T du constructeur (pièces et logiciels propriétaires)");
        assertTrue(run.fires(chu2722.build()), "no basis written anywhere: flagged");
        assertFalse(run.fires(chu2722.remarks("Droits exclusifs du constructeur sur le logiciel et les pièces (R2122-3 3°) ; "
                + "attestation d'exclusivité au dossier").build()), "R2122-3 3° in the remarks");
        assertFalse(run.fires(need().procedure("negotiated_without_call").amount(250_000)
                .remarks("Services de R&D dont l'institut ne garde pas tous les résultats : exclus (L2512-5 10°)").build()), "IRS-27-14");
        assertFalse(run.fires(need().supplies().cpv("38000000").procedure("negotiated_without_call").amount(90_000)
                .remarks("Achat innovant de moins de 100 000 € HT (R2122-9-1)").build()), "IRS-27-15");
        assertTrue(run.fires(need().procedure("negotiated_without_call").amount(180_000).remarks("Exclu du groupement de commandes").build()),
                "staff talk is no basis");
    }

    @Test
    void aUtilityOfficeCleaningOutsideItsNetworkUses216k() {
        assertTrue(run.fires(need().kind("utility").cpv("90919200").procedure("adapted").amount(250_000).networkActivity(false).build()));
        assertFalse(run.fires(need().kind("utility").cpv("90919200").procedure("adapted").amount(250_000).build()),
                "network activity by default: 432 000 €");
    }

    @Test
    void countsAnAnnualAmountOverTheWholeDurationAndLeavesFormalisedProceduresAlone() {
        assertFalse(run.fires(need().procedure("open").amount(900_000).build()));
        assertTrue(run.fires(need().procedure("adapted").amount(60_000).annual().durationMonths(48).build()), "60 000 a year for 4 years");
    }

    @Test
    void aFrameworkAgreementIsValuedAtItsMaximum() {
        // R2121-8, lawyer J: 170 000 € estimated, 240 000 € maximum, under MAPA
        String m = run.message(need().technique("framework").procedure("adapted").amount(170_000).frameworkMaximum(240_000).build());
        assertTrue(m.startsWith("Montant maximum de l’accord-cadre " + fr("240 000 €") + ", qui en est la valeur pour le choix de la procédure "
                + "(R2121-8 ; estimation de la ligne : " + fr("170 000 €") + "), au moins égale au seuil de " + fr("216 000 €")), m);
        assertFalse(run.fires(need().technique("framework").procedure("adapted").amount(120_000).frameworkMaximum(170_000).build()));
    }

    @Test
    void aGroupementDeCommandesIsValuedAtItsMembersTotal() {
        // L2113-6, L2113-7, lawyer J: two shares of 120 000 € and 130 000 €, each under MAPA: one contract of 250 000 €
        var commune = need().id("lys-03").buyer("commune").procedure("adapted").amount(120_000).jointGroup("Groupement produits d'entretien 2027", true).build();
        var cc = need().id("ccl-01").buyer("cc").procedure("adapted").amount(130_000).jointGroup("groupement produits d’entretien 2027", false).build();
        var flags = run.all(commune, cc);
        assertEquals(2, flags.size(), flags.toString());
        String m = flags.get("lys-03").get(0).message();
        assertTrue(m.startsWith("Valeur du groupement de commandes " + fr("250 000 €") + ", total des parts de ses membres") && m.contains("L2113-6, L2113-7")
                && m.contains("part de cette ligne : " + fr("120 000 €")), m);
        var small = need().id("lys-04").buyer("commune").procedure("adapted").amount(80_000).jointGroup("Vêtements", true).build();
        assertEquals(Map.of(), run.all(small, need().id("ccl-02").buyer("cc").procedure("adapted").amount(90_000).jointGroup("Vêtements", false).build()),
                "170 000 € in all");
        assertFalse(run.fires(need().id("alone").procedure("adapted").amount(120_000).jointGroup("Seul", true).build()), "one share: its own value");
    }

    @Test
    void withoutABasisAtOrAboveTTheOnlyAlternativeIsAFormalisedProcedure() {
        // version 2.6, lawyer D CHU27-04 (graded wrong): a 250 000 € CT scanner was told « prévoyez une procédure adaptée »
        String m = run.message(need().supplies().cpv("33115000").procedure("negotiated_without_call").amount(250_000).build());
        assertTrue(m.contains("seuil européen de " + fr("216 000 €")) && m.contains("une procédure formalisée est requise")
                && !m.contains("sinon prévoyez une procédure adaptée"), m);
        assertTrue(run.message(need().supplies().cpv("33115000").procedure("negotiated_without_call").amount(180_000).build())
                .contains("sinon prévoyez une procédure adaptée"), "under T a MAPA is the alternative");
    }

    @Test
    void aDefenceColumnOfALocalBuyerIsSaidDisregarded() {
        // lawyer D's SDIS27-02 (version 2.6): fire trucks at 900 000 € under MAPA, « Défense ou sécurité : oui »
        String m = run.message(need().supplies().cpv("34144210").procedure("adapted").amount(900_000).launch(quarter(2027, 2))
                .defence(true).build());
        assertTrue(m.contains("La colonne « Défense ou sécurité » (oui) n’est pas retenue : seuls l’État et ses établissements publics"), m);
        assertFalse(run.message(need().supplies().cpv("34144210").procedure("adapted").amount(900_000).launch(quarter(2027, 2)).build())
                .contains("Défense ou sécurité"));
    }

    @Test
    void theRemedyOfABuildingsDesignNamesTheContest() {
        // lawyer H, DEP-27-16: an MOE extension in MAPA above T gets no DESIGN_CONTEST_MISSING (§3), but its remedy names it
        String m = RuleRun.of(new MapaAboveThreshold()).message(need().cpv("71221000").procedure("adapted").amount(450_000)
                .title("Maîtrise d'œuvre — extension de la Maison départementale des solidarités").build());
        assertTrue(m.contains("Procédure formalisée requise") && m.contains("un concours est requis (R2172-2)"), m);
        String road = RuleRun.of(new MapaAboveThreshold()).message(need().cpv("71311000").procedure("adapted").amount(450_000)
                .title("Maîtrise d'œuvre — aménagement de la route départementale 12").build());
        assertTrue(road.contains("Procédure formalisée requise") && !road.contains("concours"), road);
        // lawyer F, VSA-27-11: a rehabilitation is one of R2172-2's exceptions
        String gym = RuleRun.of(new MapaAboveThreshold()).message(need().cpv("71000000").procedure("adapted").amount(250_000)
                .title("Maîtrise d'œuvre pour la réhabilitation du gymnase Pierre-de-Coubertin").build());
        assertTrue(gym.contains("Procédure formalisée requise") && !gym.contains("concours"), gym);
    }

    /** Lawyer L, MRG-27-09: R2122-9 covers non-school books under 90 000 € HT only; R2122-9-1 innovation under 100 000 €. */
    @Test
    void aCappedGroundAboveItsCeilingIsNoBasis() {
        RiskFlag books = run.one(need().supplies().cpv("22113000").title("Acquisition de livres non scolaires")
                .procedure("negotiated_without_call").description("Négocié sans publicité (R2122-9)").amount(95_000)
                .launch(quarter(2027, 1)).build());
        assertEquals("risk.MAPA_ABOVE_THRESHOLD.title.ceiling", books.titleKey());
        assertTrue(books.message().contains(fr("90 000 €")) && books.message().contains("R2122-9")
                && books.message().contains("procédure adaptée avec publicité"), books.message());
        assertTrue(run.one(need().supplies().cpv("22113000").procedure("exempt").amount(150_000).launch(quarter(2027, 1)).build())
                .message().contains("R2122-9"));
        assertEquals("risk.MAPA_ABOVE_THRESHOLD.title.ceiling", run.one(need().supplies().cpv("30200000").innovation(true)
                .procedure("negotiated_without_call").amount(120_000).launch(quarter(2027, 1)).build()).titleKey());
        // under the ceiling, or with an uncapped ground written too, nothing
        assertFalse(run.fires(need().supplies().cpv("22113000").procedure("negotiated_without_call").description("R2122-9")
                .amount(80_000).launch(quarter(2027, 1)).build()));
        assertFalse(run.fires(need().supplies().cpv("22113000").procedure("negotiated_without_call")
                .description("R2122-3 3°, droits d'exclusivité de l'éditeur").amount(95_000).launch(quarter(2027, 1)).build()));
    }

    /**
     * « Urgence impérieuse » for a need planned in the forecast (lawyer O, SD34-27-81: a helicopter for the 2027 fire
     * season, « Négocié sans publicité ni mise en concurrence — urgence impérieuse (R2122-1) », launched in April): a
     * need shown months before its launch is foreseeable, and R2122-1 asks for circumstances the buyer could not foresee.
     */
    @Test
    void plannedImperativeUrgencyCannotHold() {
        Need heli = need().cpv("60440000").procedure("negotiated_without_call").procedureNote("R2122-1")
                .title("Location d'un hélicoptère bombardier d'eau pour la saison feux de forêts 2027").amount(600_000)
                .launch(month(2027, 4)).build();
        RiskFlag f = run.one(heli);
        assertEquals("risk.MAPA_ABOVE_THRESHOLD.urgency.title", f.titleKey());
        assertEquals("high", f.severity());
        assertEquals("S", f.section());
        // the figures: the value, the launch and its distance to the event day (4 February → 1 April 2027)
        assertTrue(f.message().contains(fr("600 000 €")) && f.message().contains("avril 2027")
                && f.message().contains("1 mois et 28 jours") && f.message().contains("4 février 2027"), f.message());
        // the basis and the remedy: a procedure with publicity in time (formalised from T), or a framework agreement
        assertTrue(f.message().contains("R2122-1") && f.message().contains("prévoir")
                && f.message().contains("procédure formalisée") && f.message().contains(fr("216 000 €"))
                && f.message().contains("accord-cadre"), f.message());
        // in words only, under « exempt » too; under T the remedy is an adapted procedure
        RiskFlag words = run.one(need().cpv("50000000").procedure("exempt").description("urgence impérieuse")
                .amount(120_000).launch(month(2027, 9)).build());
        assertTrue(words.message().contains("procédure adaptée (R2123-1)") && words.message().contains("6 mois et 28 jours"), words.message());
        RiskFlag en = RuleRun.of(new MapaAboveThreshold()).lang("en").one(heli);
        assertTrue(en.message().contains("R2122-1") && en.message().contains("framework agreement"), en.message());
        // one-off works or a one-off supply: no framework agreement proposed (lawyers Q #23, S TCG-27-02)
        RiskFlag frame = run.one(need().works().cpv("45262000").procedure("negotiated_without_call").procedureNote("R2122-1")
                .title("Réfection de la charpente du clocher").amount(150_000).durationMonths(null).launch(month(2027, 5)).build());
        assertTrue(frame.message().contains("R2122-1") && !frame.message().contains("accord-cadre"), frame.message());
        RiskFlag autoclave = run.one(need().supplies().cpv("33191100").procedure("negotiated_without_call").procedureNote("R2122-1")
                .title("Remplacement de l'autoclave").amount(150_000).durationMonths(null).launch(month(2027, 5)).build());
        assertFalse(autoclave.message().contains("accord-cadre"), autoclave.message());
        RiskFlag frameEn = RuleRun.of(new MapaAboveThreshold()).lang("en").one(need().works().cpv("45262000")
                .procedure("negotiated_without_call").procedureNote("R2122-1").title("Bell-tower frame").amount(150_000)
                .durationMonths(null).launch(month(2027, 5)).build());
        assertFalse(frameEn.message().contains("framework agreement"), frameEn.message());
        // a cell naming the ground alone (« Urgence impérieuse (R2122-1) ») names no procedure Vitrine knows: « other »
        assertEquals("risk.MAPA_ABOVE_THRESHOLD.urgency.title", run.one(need().cpv("60440000").procedure("other")
                .procedureNote("Urgence impérieuse (R2122-1)").amount(600_000).launch(month(2027, 4)).build()).titleKey());
    }

    private boolean urgency(Need n) {
        return run.on(n).stream().anyMatch(f -> "risk.MAPA_ABOVE_THRESHOLD.urgency.title".equals(f.titleKey()));
    }

    @Test
    void urgencyQuietWhenNotTheGroundOrNotPlannedAhead() {
        // « urgence » in the object is what is bought (emergency works bought in advance, an on-call service), not the
        // procedure's ground: the other cases may fire (no basis written), never this one
        assertFalse(urgency(need().works().cpv("45000000").procedure("exempt").title("Travaux d'urgence sur la voirie communale")
                .amount(150_000).launch(month(2027, 4)).build()));
        Need onCall = need().cpv("50000000").procedure("negotiated_without_call").title("Astreinte urgence chauffage")
                .amount(120_000).launch(month(2027, 4)).build();
        assertTrue(run.fires(onCall));
        assertFalse(urgency(onCall));
        // under the dispense threshold no ground is needed; a launch on or before the event may answer a real emergency;
        // R2122-10 is another case
        assertFalse(run.fires(need().cpv("50000000").procedure("negotiated_without_call").procedureNote("R2122-1")
                .amount(40_000).launch(month(2027, 4)).build()));
        assertFalse(run.fires(need().cpv("50000000").procedure("negotiated_without_call").procedureNote("R2122-1")
                .amount(200_000).launch(month(2027, 1)).build()));
        assertFalse(run.fires(need().cpv("50000000").procedure("negotiated_without_call").procedureNote("R2122-10")
                .amount(200_000).launch(month(2027, 4)).build()));
        // « urgence impérieuse » with another ground written (exclusive rights): that ground may hold
        assertFalse(run.fires(need().cpv("50000000").procedure("negotiated_without_call")
                .procedureNote("urgence impérieuse (R2122-1) ; droits exclusifs (R2122-3 3°)").amount(200_000).launch(month(2027, 4)).build()));
    }

    /**
     * « Quasi-régie » with a SEM (lawyer O, CD81-27-82: a works mandate to a SEM whose capital is 38 % held by the
     * Caisse des dépôts and regional banks, 1.5 M€): L2511-1 excludes any direct private capital in the controlled
     * entity. The claim is no exclusion (RISKS.md §2, version 2.22): the need stays open for every rule, and this case
     * says why the ground cannot hold.
     */
    @Test
    void inHouseWithPrivateCapitalCannotHold() {
        Need sem = need().cpv("71540000").procedure("other").procedureNote("Quasi-régie (L2511-1)")
                .title("Mandat de maîtrise d'ouvrage confié à la SEM Tarn Aménagement (quasi-régie) pour le collège de Gaillac")
                .description("SEM au capital détenu à 62 % par le Département, 38 % par la Caisse des dépôts et des banques régionales")
                .amount(1_500_000).launch(month(2027, 5)).build();
        RiskFlag f = run.one(sem);
        assertEquals("risk.MAPA_ABOVE_THRESHOLD.inHouse.title", f.titleKey());
        assertEquals("high", f.severity());
        assertTrue(f.message().contains(fr("1 500 000 €")) && f.message().contains("38 % par la Caisse des dépôts")
                && f.message().contains("L2511-1") && f.message().contains("capitaux privés"), f.message());
        assertTrue(f.message().contains("procédure formalisée") && f.message().contains("société publique locale"), f.message());
        // private shareholders in words, under T: an adapted procedure; no share written
        RiskFlag words = run.one(need().cpv("79000000").procedure("other").procedureNote("in house")
                .description("société dont le capital est ouvert à des actionnaires privés").amount(150_000).launch(month(2027, 5)).build());
        assertTrue(words.message().contains("procédure adaptée (R2123-1)") && words.message().contains("non écrite"), words.message());
        RiskFlag en = RuleRun.of(new MapaAboveThreshold()).lang("en").one(sem);
        assertTrue(en.message().contains("L2511-1") && en.message().contains("private capital"), en.message());
    }

    @Test
    void inHouseQuietWithAnSplOrWithoutPrivateCapital() {
        // an SPL has no private capital (L1531-1 CGCT): the in-house ground may hold
        assertFalse(run.fires(need().cpv("71540000").procedure("other").procedureNote("Quasi-régie (L2511-1)")
                .title("Mandat confié à la SPL Occitanie Aménagement").amount(1_500_000).launch(month(2027, 5)).build()));
        assertFalse(run.fires(need().cpv("71540000").procedure("other").procedureNote("Quasi-régie (L2511-1)")
                .description("SPL, sans capitaux privés").amount(1_500_000).launch(month(2027, 5)).build()));
        // a SEM that may bid in an open tender is no in-house claim; under the dispense threshold no ground is needed
        assertFalse(run.fires(need().cpv("71540000").procedure("open").description("la SEM locale pourra candidater")
                .amount(1_500_000).launch(month(2027, 5)).build()));
        assertFalse(run.fires(need().cpv("79000000").procedure("other").procedureNote("Quasi-régie (L2511-1)")
                .description("SEM Tarn Aménagement").amount(40_000).launch(month(2027, 5)).build()));
        // « sem. » for weeks is no SEM
        assertFalse(run.fires(need().cpv("79000000").procedure("other").procedureNote("Quasi-régie (L2511-1)")
                .description("SPL du Département, délai 3 sem.").amount(150_000).launch(month(2027, 5)).build()));
    }
}

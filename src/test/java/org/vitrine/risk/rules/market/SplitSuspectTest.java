package org.vitrine.risk.rules.market;

import org.vitrine.risk.rules.need.TestNeeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.rules.need.RuleRun;

/** SPLIT_SUSPECT, from the examples of docs/RISKS.md §3. */
class SplitSuspectTest {

    private final RuleRun run = RuleRun.of(new SplitSuspect());

    /** The folded key of the building a text names, else null. */
    private static String building(String text) {
        SplitSuspect.Building b = SplitSuspect.buildingIn(text);
        return b == null ? null : b.key();
    }

    private static Need greens(String id, String title) {
        return need().id(id).cpv("77310000").title(title).procedure("adapted").amount(85_000).launch(quarter(2027, 2)).build();
    }

    @Test
    void firesOnGreenSpaceUpkeepForNorthSouthAndCemeteries() {
        Map<String, List<RiskFlag>> all = run.all(greens("n", "Espaces verts nord"), greens("s", "Espaces verts sud"),
                greens("c", "Espaces verts cimetières"));
        assertEquals(3, all.size(), "every member carries the item");
        RiskFlag f = all.get("c").get(0);
        assertEquals(all.get("n").get(0).figures(), f.figures());
        assertTrue(f.message().startsWith("3 besoins du même marché (espaces verts), chacun sous le seuil de " + RuleRun.fr("216 000 €")
                + " (autres pouvoirs adjudicateurs), totalisent au moins " + RuleRun.fr("255 000 €")), f.message());
        assertTrue(f.message().contains("(R2121-6)"), f.message());
    }

    @Test
    void doesNotTestTheBoampThresholdOnAUtilitysNetworkPurchases() {
        // lawyer G, defect 5: R2131-12 (BOAMP/JAL from 90 000 €) binds contracting authorities, not an entité
        // adjudicatrice buying for its network (GPM-27-25/32: 80 + 70 k€ of clothing, far under its 432 000 €)
        Need ppe = need().id("ppe").kind("utility").networkActivity(true).cpv("18143000").title("Équipements de protection individuelle")
                .procedure("adapted").amount(80_000).launch(quarter(2027, 3)).build();
        Need wear = need().id("wear").kind("utility").networkActivity(true).cpv("18100000").title("Fourniture de vêtements de travail")
                .procedure("adapted").amount(70_000).launch(quarter(2027, 4)).build();
        assertTrue(run.all(ppe, wear).isEmpty());
        // the same purchases by a local authority reach 90 000 €: a notice was due
        Map<String, List<RiskFlag>> local = run.all(
                need().id("ppe").cpv("18143000").title("Équipements de protection individuelle").procedure("adapted").amount(80_000)
                        .launch(quarter(2027, 3)).build(),
                need().id("wear").cpv("18100000").title("Fourniture de vêtements de travail").procedure("adapted").amount(70_000)
                        .launch(quarter(2027, 4)).build());
        assertEquals(2, local.size(), local.toString());
        assertTrue(local.get("ppe").get(0).message().contains("R2131-12"), local.toString());
    }

    @Test
    void fireHelmetsAndCeremonialUniformsAreNotOneMarket() {
        // lawyer N (defect 5): an SDIS's fire helmets (18143000, EN 443, a handful of makers) and its ceremonial uniforms
        // (18110000, tailors) were summed as « one market » (workwear, 181): different products, different suppliers
        Need helmets = need().id("helmets").supplies().cpv("18143000").title("Casques de sapeurs-pompiers (EN 443)").procedure("adapted")
                .amount(120_000).launch(quarter(2027, 2)).build();
        Need dress = need().id("dress").supplies().cpv("18110000").title("Tenues de cérémonie des sapeurs-pompiers").procedure("adapted")
                .amount(110_000).launch(quarter(2027, 3)).build();
        assertTrue(run.all(helmets, dress).isEmpty(), run.all(helmets, dress).toString());
        // two orders of helmets are still one market
        Need more = need().id("more").supplies().cpv("18143000").title("Casques de feu, deuxième tranche").procedure("adapted")
                .amount(110_000).launch(quarter(2027, 3)).build();
        assertEquals(2, run.all(helmets, more).size());
    }

    private static Need crane(String id, String cpv, String title) {
        return need().id(id).kind("utility").networkActivity(true).supplies().cpv(cpv).title(title).procedure("adapted")
                .amount(180_000).launch(quarter(2027, 2)).build();
    }

    @Test
    void countsSiblingCodesOfOneProductAsOneMarket() {
        // version 2.10, lawyer G T8 (GPM-27-02/03/04): spare parts for the port's cranes, 3 × 180 000 € = 540 000 € against
        // the utility's 432 000 €; the third is coded 42414120 (grues de quai), the others 42414110 (grues portuaires)
        Map<String, List<RiskFlag>> all = run.all(crane("g2", "42414110", "Pièces détachées pour les grues portuaires n°1 à 3"),
                crane("g3", "42414110", "Pièces détachées pour les grues portuaires n°4 et 5"),
                crane("g4", "42414120", "Pièces détachées pour les grues de quai du terminal conteneurs"));
        assertEquals(3, all.size(), all.toString());
        String m = all.get("g4").get(0).message();
        assertTrue(m.startsWith("3 besoins du même marché (42414100") && m.contains(RuleRun.fr("540 000 €")), m);
        // sibling codes whose titles name different objects stay apart (two codes, each under the threshold alone)
        assertTrue(run.all(crane("a", "42414110", "Pièces détachées pour les grues portuaires"),
                crane("b", "42414120", "Maintenance préventive des grues de quai"),
                crane("c", "42414120", "Contrôles réglementaires des grues de quai")).isEmpty());
    }

    @Test
    void firesOnMapaLotsBeyondThePetitsLotsOfAnOperationWhoseMainLotIsAnOpenTender() {
        // version 2.9, lawyer G T26: viaduct 3.8 M€ AOO + 1.2 + 0.6 + 0.3 M€ MAPA = 5.9 M€: 36 % and one lot over 1 M€
        String op = "RN 80 – Réhabilitation du viaduc de la Sorne";
        Map<String, List<RiskFlag>> all = run.all(
                need().id("d2").kind("central").works().cpv("45221119").procedure("open").amount(3_800_000).launch(quarter(2027, 2)).operation(op).build(),
                need().id("d3").kind("central").works().cpv("45233142").procedure("adapted").amount(1_200_000).launch(quarter(2027, 2)).operation(op).build(),
                need().id("d4").kind("central").works().cpv("45233280").procedure("adapted").amount(600_000).launch(quarter(2027, 2)).operation(op).build(),
                need().id("d5").kind("central").works().cpv("45233290").procedure("adapted").amount(300_000).launch(quarter(2027, 3)).operation(op).build());
        assertEquals(java.util.Set.of("d3", "d4", "d5"), all.keySet(), all.toString());
        RiskFlag f = all.get("d3").get(0);
        assertEquals("high", f.severity());
        assertEquals("S", f.section());
        assertTrue(f.message().contains("soit 36 % de l’opération, et R-d3 dépasse 1 000 000 €") && f.message().contains("R2123-1 2°"), f.message());
        // lawyer G L22: 4.9 M€ AOO + 420 + 280 k€ MAPA = 5.6 M€: 12.5 %, each under 1 M€: lawful petits lots
        String op2 = "RN 7 – Giratoire de la Croix-Blanche";
        assertTrue(run.all(
                need().id("d6").kind("central").works().cpv("45233120").procedure("open").amount(4_900_000).launch(quarter(2027, 2)).operation(op2).build(),
                need().id("d7").kind("central").works().cpv("45316110").procedure("adapted").amount(420_000).launch(quarter(2027, 3)).operation(op2).build(),
                need().id("d8").kind("central").works().cpv("45112710").procedure("adapted").amount(280_000).launch(quarter(2027, 3)).operation(op2).build())
                .isEmpty());
    }

    @Test
    void doesNotFireOnThreeWorksNeedsLocatedInADepartement() {
        Need[] works = new Need[3];
        for (int i = 0; i < 3; i++) {
            works[i] = need().id("w" + i).works().cpv("45232150").procedure("adapted").amount(2_000_000).launch(quarter(2027, 2 + i % 2))
                    .site("49 – Maine-et-Loire").location("49 – Maine-et-Loire").build();
        }
        assertTrue(run.all(works).isEmpty());
    }

    @Test
    void firesOnTheTradesOfOneWorksOperation() {
        String op = "Restructuration du groupe scolaire Jean-Moulin";
        Map<String, List<RiskFlag>> all = run.all(
                need().id("go").works().cpv("45223220").procedure("adapted").amount(2_500_000).launch(month(2027, 4)).operation(op).build(),
                need().id("el").works().cpv("45311000").procedure("adapted").amount(1_600_000).launch(month(2027, 5)).operation(op).build(),
                need().id("cv").works().cpv("45331000").procedure("adapted").amount(1_500_000).launch(month(2027, 6)).operation(op).build());
        assertEquals(3, all.size());
        assertTrue(all.get("go").get(0).message().contains("de la même opération ou du même site (" + op + ")"));
        assertTrue(all.get("go").get(0).message().contains("R2121-5"));
        // issue 17 fourth review: MAPAs of an operation at the works threshold are as grave as MAPA_ABOVE_THRESHOLD
        RiskFlag f = all.get("go").get(0);
        assertEquals("high", f.severity());
        assertEquals("S", f.section());
        assertTrue(f.message().contains("La valeur des travaux est celle de l’opération entière"), f.message());
    }

    @Test
    void countsTheWholeWorksSiteWhenOneMemberIsAboveTheDispenseThreshold() {
        // the lawyer's GSBdD 27-09/10: 260 k€ MAPA and 85 k€ dispense on one building: 345 k€, no dispense (R2121-5)
        String site = "Quartier Verneau – bâtiment 12";
        Map<String, List<RiskFlag>> all = run.all(
                need().id("roof").works().cpv("45261000").procedure("adapted").amount(260_000).launch(quarter(2027, 2)).site(site).build(),
                need().id("wc").works().cpv("45332000").procedure("exempt").amount(85_000).launch(quarter(2027, 2)).site(site).build());
        assertEquals(2, all.size());
        assertEquals("medium", all.get("roof").get(0).severity(), "under the works threshold: section L, medium");
        String m = all.values().iterator().next().get(0).message();
        assertTrue(m.contains("La valeur des travaux est celle de l’opération entière (R2121-5)"), m);
        // both under MAPA, the larger above every threshold a MAPA needs: nothing the total rules out
        assertTrue(run.all(
                need().id("roof").works().cpv("45261000").procedure("adapted").amount(260_000).launch(quarter(2027, 2)).site(site).build(),
                need().id("wc").works().cpv("45332000").procedure("adapted").amount(95_000).launch(quarter(2027, 2)).site(site).build())
                .isEmpty());
    }

    @Test
    void firesAtThePublicityThresholdOnTwoSmallPrintingNeeds() {
        assertTrue(run.message(need().id("a").cpv("79810000").procedure("adapted").amount(50_000).launch(quarter(2027, 2)).build(),
                need().id("b").cpv("79810000").procedure("adapted").amount(50_000).launch(quarter(2027, 3)).build())
                .contains("chacun sous le seuil de " + RuleRun.fr("90 000 €")));
    }

    @Test
    void doesNotFireAcrossBuyersOrWithAFormalisedProcedure() {
        assertTrue(run.all(greens("a", "x"), need().id("b").buyer("other").cpv("77310000").procedure("adapted")
                .amount(200_000).launch(quarter(2027, 2)).build()).isEmpty());
        assertTrue(run.all(greens("a", "x"), need().id("b").cpv("77310000").procedure("open").amount(200_000)
                .launch(quarter(2027, 2)).build()).isEmpty());
    }

    @Test
    void withoutASiteColumnTheBuildingNamedInTheTitleIsTheSite() {
        // issue 17 third review (R2121-5): two works of one college, no site column
        Map<String, List<RiskFlag>> all = run.all(
                need().id("roof").works().cpv("45261000").title("Réfection de la toiture du collège Jean-Moulin").procedure("adapted")
                        .amount(60_000).launch(quarter(2027, 2)).build(),
                need().id("gym").works().cpv("45453000").title("Rénovation énergétique du gymnase du collège Jean-Moulin")
                        .procedure("exempt").amount(70_000).launch(quarter(2027, 3)).build());
        assertEquals(2, all.size());
        assertTrue(all.get("roof").get(0).message().contains("« collège Jean-Moulin »"), all.get("roof").get(0).message());
        // two buildings, or a building word with no name: nothing
        assertTrue(run.all(
                need().id("a").works().cpv("45261000").title("Réfection de la toiture du collège Jean-Moulin").procedure("adapted")
                        .amount(60_000).launch(quarter(2027, 2)).build(),
                need().id("b").works().cpv("45453000").title("Rénovation du gymnase Jean-Jaurès").procedure("exempt")
                        .amount(70_000).launch(quarter(2027, 3)).build()).isEmpty());
        assertEquals("batiment 12", building("Rénovation des bâtiments d'hébergement (bâtiment 12)"));
        assertEquals(null, building("Rénovation des bâtiments d'hébergement"));
    }

    private static Need gym(String id, String title, String cpv, long amount, java.time.LocalDate launch) {
        return need().id(id).buyer("vm").works().cpv(cpv).title(title).procedure("negotiated_without_call").amount(amount)
                .location("Montauban").launch(TestNeeds.day(launch.getYear(), launch.getMonthValue(), launch.getDayOfMonth())).build();
    }

    @Test
    void worksOnOneNamedBuildingWithoutACommonCodeAreOneOperation() {
        // lawyer O, VM-27-80/81: roof and joinery of the same « Gymnase Jean-Moulin », 70 + 60 k€, both without publicity,
        // CPV 45261210 and 45421100: the name stops at the dash, « réfection » is no part of it
        java.time.LocalDate june = java.time.LocalDate.of(2027, 6, 1);
        java.time.LocalDate sept = java.time.LocalDate.of(2027, 9, 1);
        Need roof = gym("80", "Gymnase Jean-Moulin — réfection de la toiture", "45261210", 70_000, june);
        Need joinery = gym("81", "Gymnase Jean-Moulin — remplacement des menuiseries extérieures", "45421100", 60_000, sept);
        Map<String, List<RiskFlag>> all = run.all(roof, joinery);
        assertEquals(java.util.Set.of("80", "81"), all.keySet(), all.toString());
        String m = all.get("80").get(0).message();
        assertTrue(m.contains("« Gymnase Jean-Moulin »") && m.contains(RuleRun.fr("130 000 €")) && m.contains(RuleRun.fr("100 000 €"))
                && m.contains("R2121-5") && m.contains("R2122-8") && m.contains("R2123-1"), m);
        String en = RuleRun.of(new SplitSuspect()).lang("en").all(roof, joinery).get("81").get(0).message();
        assertTrue(en.contains("« Gymnase Jean-Moulin »") && en.contains("R2121-5") && en.contains("130,000"), en);
        // without a dash: the proper noun ends where the lowercase words begin
        assertEquals("gymnase jean moulin", building("Gymnase Jean-Moulin réfection de la toiture"));
        assertEquals("lycee jean jaures de carmaux", building("Réfection du gymnase du lycée Jean-Jaurès de Carmaux"));
        assertEquals("eglise saint jacques", building("Mise aux normes électriques de l'église Saint-Jacques, tranche 2"));
        // the building in the location cell stands for one the title does not name
        Need located = need().id("82").buyer("vm").works().cpv("45331000").title("Remplacement de la chaudière")
                .procedure("negotiated_without_call").amount(40_000).location("Gymnase Jean-Moulin, Montauban")
                .launch(TestNeeds.day(2027, 7, 1)).build();
        assertEquals(java.util.Set.of("80", "82"), run.all(roof, located).keySet());
    }

    @Test
    void aSchoolNamedAsEcoleOrGroupeScolaireWithOrWithoutItsHyphenIsOneBuilding() {
        // lawyer Q (trap R29, PLE-27-04/11/20): « école Jacques-Prévert » and « groupe scolaire Jacques Prévert » of one
        // commune are one building: three works jobs, 48 + 45 + 32 k€ = 125 k€ without publicity, above 100 000 €
        Need joinery = gym("04", "Remplacement des menuiseries extérieures de l'école Jacques-Prévert", "45421130", 48_000,
                java.time.LocalDate.of(2027, 6, 1));
        Need roof = gym("11", "École Jacques-Prévert : réfection de la couverture", "45261000", 45_000, java.time.LocalDate.of(2027, 6, 1));
        Need paint = gym("20", "Peinture intérieure et sols des classes — groupe scolaire Jacques Prévert", "45442100", 32_000,
                java.time.LocalDate.of(2027, 7, 1));
        assertEquals(building("École Jacques-Prévert"), building("groupe scolaire Jacques Prévert"));
        assertEquals(building("École Jacques-Prévert"), building("école maternelle Jacques Prévert"));
        Map<String, List<RiskFlag>> all = run.all(joinery, roof, paint);
        assertEquals(java.util.Set.of("04", "11", "20"), all.keySet(), all.toString());
        String m = all.get("20").get(0).message();
        assertTrue(m.contains(RuleRun.fr("125 000 €")) && m.contains(RuleRun.fr("100 000 €")) && m.contains("R2121-5"), m);
        // look-alikes: another school's name, and a collège of the same name, stay apart
        assertTrue(run.all(joinery, gym("21", "Groupe scolaire Paul-Langevin — peinture des classes", "45442100", 60_000,
                java.time.LocalDate.of(2027, 7, 1))).isEmpty());
        assertTrue(run.all(joinery, gym("22", "Collège Jacques-Prévert — peinture des classes", "45442100", 60_000,
                java.time.LocalDate.of(2027, 7, 1))).isEmpty());
    }

    @Test
    void worksOnLookAlikeBuildingsStayQuiet() {
        java.time.LocalDate june = java.time.LocalDate.of(2027, 6, 1);
        java.time.LocalDate sept = java.time.LocalDate.of(2027, 9, 1);
        Need roof = gym("80", "Gymnase Jean-Moulin — réfection de la toiture", "45261210", 70_000, june);
        // two buildings of one name
        assertTrue(run.all(roof, gym("81", "École Jean-Moulin — remplacement des menuiseries extérieures", "45421100", 60_000, sept)).isEmpty());
        // the same name as a street's
        assertTrue(run.all(roof, gym("81", "Réfection de la chaussée rue Jean-Moulin", "45233140", 60_000, sept)).isEmpty());
        assertTrue(run.all(gym("80", "Salle polyvalente rue Jean-Moulin — toiture", "45261210", 70_000, june),
                gym("81", "Gymnase rue Jean-Moulin — menuiseries", "45421100", 60_000, sept)).isEmpty());
        assertEquals(null, building("Salle polyvalente rue Jean-Moulin — toiture"));
        // two buyers
        assertTrue(run.all(roof, need().id("81").buyer("other").works().cpv("45421100").title("Gymnase Jean-Moulin — menuiseries")
                .procedure("negotiated_without_call").amount(60_000).launch(TestNeeds.day(2027, 9, 1)).build()).isEmpty());
        // two years: launches more than the works window (12 months) apart
        assertTrue(run.all(gym("80", "Gymnase Jean-Moulin — réfection de la toiture", "45261210", 70_000, java.time.LocalDate.of(2027, 3, 1)),
                gym("81", "Gymnase Jean-Moulin — menuiseries", "45421100", 60_000, java.time.LocalDate.of(2028, 9, 1))).isEmpty());
        // one need only
        assertTrue(run.all(roof).isEmpty());
    }

    @Test
    void aSiteCellThatOnlyNamesTheCommuneIsNoSite() {
        // review revG R4: a site that repeats the location cell (« Albi », « Albi ») is no evidence of one site, but the
        // building named in the titles still is; a bare commune in the site cell does not join all the commune's works
        Need roof = need().id("80").buyer("vm").works().cpv("45261210").title("Gymnase Jean-Moulin — toiture")
                .procedure("negotiated_without_call").amount(70_000).site("Albi").location("Albi").launch(TestNeeds.day(2027, 6, 1)).build();
        Need joinery = need().id("81").buyer("vm").works().cpv("45421100").title("Gymnase Jean-Moulin — menuiseries")
                .procedure("negotiated_without_call").amount(60_000).site("Albi").location("Albi").launch(TestNeeds.day(2027, 9, 1)).build();
        Map<String, List<RiskFlag>> all = run.all(roof, joinery);
        assertEquals(java.util.Set.of("80", "81"), all.keySet(), all.toString());
        assertTrue(all.get("80").get(0).message().contains("« Gymnase Jean-Moulin »"), all.get("80").get(0).message());
        // the commune in the site cell alone, two buildings of that commune: nothing
        Need school = need().id("82").buyer("vm").works().cpv("45421100").title("École Jean-Jaurès — menuiseries")
                .procedure("negotiated_without_call").amount(60_000).site("Albi").launch(TestNeeds.day(2027, 9, 1)).build();
        Need hall = need().id("83").buyer("vm").works().cpv("45261210").title("Gymnase Jean-Moulin — toiture")
                .procedure("negotiated_without_call").amount(70_000).site("Albi").launch(TestNeeds.day(2027, 6, 1)).build();
        assertTrue(run.all(hall, school).isEmpty(), run.all(hall, school).toString());
        // a real site still groups
        assertEquals(2, run.all(need().id("84").buyer("vm").works().cpv("45261210").title("Réfection de la toiture")
                .procedure("negotiated_without_call").amount(70_000).site("Quartier Verneau").location("Albi").launch(TestNeeds.day(2027, 6, 1)).build(),
                need().id("85").buyer("vm").works().cpv("45421100").title("Menuiseries").procedure("negotiated_without_call")
                        .amount(60_000).site("Quartier Verneau").location("Albi").launch(TestNeeds.day(2027, 9, 1)).build()).size());
    }

    private static Need reagent(String id, String buyer, String cpv, String title, long amount, int month) {
        return need().id(id).buyer(buyer).kind("utility").networkActivity(true).supplies().cpv(cpv).title(title).procedure("adapted")
                .amount(amount).launch(month(2027, month)).build();
    }

    @Test
    void waterTreatmentReagentsUnderDifferentCodesAreHomogeneousSupplies() {
        // lawyer O, SMEA-27-62 (chlorine, 135 k€, 24311000) and SMEA-27-22 (water-treatment reagents, 300 k€, 24962000):
        // two MAPAs of one water syndicate, 435 000 € ≥ 432 000 € (R2121-6: homogeneous supplies are not cut at the code)
        Need chlorine = reagent("62", "smea", "24311000", "Fourniture de chlore et de réactifs de désinfection", 135_000, 5);
        Need reagents = reagent("22", "smea", "24962000", "Fourniture de réactifs de traitement de l'eau potable", 300_000, 6);
        Map<String, List<RiskFlag>> all = run.all(chlorine, reagents);
        assertEquals(java.util.Set.of("62", "22"), all.keySet(), all.toString());
        String m = all.get("22").get(0).message();
        assertTrue(m.contains("réactifs de traitement de l’eau") && m.contains("24311000") && m.contains("24962000")
                && m.contains(RuleRun.fr("435 000 €")) && m.contains(RuleRun.fr("432 000 €")) && m.contains("R2121-6")
                && m.contains("procédure formalisée") && m.contains("R2123-1 2°"), m);
        String en = RuleRun.of(new SplitSuspect()).lang("en").all(chlorine, reagents).get("62").get(0).message();
        assertTrue(en.contains("water-treatment reagents") && en.contains("R2121-6") && en.contains("formalised procedure"), en);
        // look-alikes: another chemical of the class, another buyer, a total under the threshold
        assertTrue(run.all(reagent("62", "smea", "24311000", "Fourniture d'acide sulfurique", 135_000, 5), reagents).isEmpty());
        assertTrue(run.all(reagent("62", "other", "24311000", "Fourniture de chlore", 135_000, 5), reagents).isEmpty());
        assertTrue(run.all(reagent("62", "smea", "24311000", "Fourniture de chlore", 130_000, 5), reagents).isEmpty(),
                "430 000 € < 432 000 €");
    }

    private static Need hospitalSupply(String id, String cpv, String title, long amount, int month) {
        return need().id(id).buyer("chub").supplies().cpv(cpv).title(title).procedure("adapted").amount(amount)
                .launch(month(2027, month)).build();
    }

    @Test
    void suppliesAreHomogeneousByProductNotByTheMedicalConsumablesFamily() {
        // lawyer Q (version 2.23), CHUB-2027-21/37: nitrile examination gloves (33141420) and urinary catheters
        // (33141200) share the CPV family 3314 but are different products of different makers (R2121-6): no sum
        Need gloves = hospitalSupply("21", "33141420", "Gants d'examen non stériles en nitrile — services de soins", 130_000, 5);
        Need catheters = hospitalSupply("37", "33141200", "Fourniture de sondes et cathéters urinaires", 150_000, 9);
        assertTrue(run.all(gloves, catheters).isEmpty(), "gloves + catheters are not one supply");
        // trap R11b: the same gloves coded 18424300 Gants jetables are one product, 250 000 € ≥ 216 000 €
        Need disposable = hospitalSupply("31", "18424300",
                "Fourniture de gants d'examen en nitrile non poudrés — blocs opératoires et urgences", 120_000, 6);
        Map<String, List<RiskFlag>> all = run.all(gloves, catheters, disposable);
        assertEquals(java.util.Set.of("21", "31"), all.keySet(), all.toString());
        String m = all.get("21").get(0).message();
        assertTrue(m.contains("gants à usage unique") && m.contains("18424300") && m.contains("33141420")
                && m.contains(RuleRun.fr("250 000 €")) && !m.contains("cathéters"), m);
        // a class of gloves joins only for single-use titles: work gloves keep their own code
        assertTrue(run.all(gloves, hospitalSupply("31", "18424000", "Gants de manutention pour les services techniques", 120_000, 6))
                .isEmpty());
        assertEquals(java.util.Set.of("21", "31"), run.all(gloves,
                hospitalSupply("31", "18424000", "Gants jetables en vinyle", 120_000, 6)).keySet());
        // one product under one code of the family still sums as before (two dressing purchases, 33141110)
        assertEquals(java.util.Set.of("a", "b"), run.all(hospitalSupply("a", "33141110", "Pansements — services de soins", 120_000, 5),
                hospitalSupply("b", "33141110", "Pansements — blocs opératoires", 110_000, 7)).keySet());
    }

    @Test
    void asksWhetherIdenticalWorksOnSeveralBuildingsAreOneProgramme() {
        // version 2.6, lawyer D T2: roofs of three schools, each without publicity, 240 000 € in one CPV class
        Map<String, List<RiskFlag>> all = run.all(
                need().id("a").buyer("v").works().cpv("45261000").title("Réfection de la toiture de l'école Jules-Ferry")
                        .procedure("negotiated_without_call").amount(80_000).launch(TestNeeds.day(2027, 5, 3)).build(),
                need().id("b").buyer("v").works().cpv("45261000").title("Réfection de la toiture de l'école Pasteur")
                        .procedure("negotiated_without_call").amount(78_000).launch(TestNeeds.day(2027, 6, 3)).build(),
                need().id("c").buyer("v").works().cpv("45261210").title("Réfection de la toiture de l'école Jean-Jaurès")
                        .procedure("negotiated_without_call").amount(82_000).launch(TestNeeds.day(2027, 7, 3)).build());
        assertEquals(3, all.size());
        RiskFlag f = all.get("a").get(0);
        assertEquals("low", f.severity());
        assertTrue(f.message().startsWith("3 travaux du même acheteur et du même type de travaux (code CPV 45261000)")
                && f.message().contains("les mêmes travaux menés sur plusieurs bâtiments") && f.message().contains("R2121-5"),
                f.message());
        assertTrue(run.all(
                need().id("a").buyer("v").works().cpv("45261000").procedure("exempt").amount(40_000).launch(TestNeeds.day(2027, 5, 3)).build(),
                need().id("b").buyer("v").works().cpv("45261000").procedure("exempt").amount(45_000).launch(TestNeeds.day(2027, 6, 3)).build())
                .isEmpty(), "85 000 € in all, under the dispense threshold");
        // version 2.23, lawyer Q PLE-27-21/25: a sports-hall roof (45261000) and a cemetery wall (45262522) share the
        // class 4526 but are no one kind of work: no programme
        assertTrue(run.all(
                need().id("a").buyer("v").works().cpv("45261000").title("Réfection de la toiture de la salle des sports")
                        .procedure("exempt").amount(40_000).launch(TestNeeds.day(2027, 9, 1)).build(),
                need().id("b").buyer("v").works().cpv("45262522").title("Reprise du mur d'enceinte du cimetière")
                        .procedure("exempt").amount(95_000).launch(TestNeeds.day(2027, 9, 1)).build())
                .isEmpty(), "a roof and a wall are not one programme");
    }

    @Test
    void differentTradesUnderOneCodeAreNotOneObject() {
        // version 2.14, lawyer J defect 4: joinery and electrics both coded 45000000, each without publicity (115 000 €)
        assertTrue(run.all(
                need().id("a").buyer("v").works().cpv("45000000").title("Remplacement des menuiseries de la salle des fêtes")
                        .procedure("exempt").amount(60_000).launch(TestNeeds.day(2027, 5, 3)).build(),
                need().id("b").buyer("v").works().cpv("45000000").title("Mise aux normes de l'électricité de l'église")
                        .procedure("exempt").amount(55_000).launch(TestNeeds.day(2027, 6, 7)).build()).isEmpty());
        // heating upkeep and electrical checks share 50710000 (230 000 € in MAPA): two trades, two markets
        java.util.function.BiFunction<String, String, Need> upkeep = (id, title) -> need().id(id).buyer("v").cpv("50710000").title(title)
                .procedure("adapted").amount(115_000).launch(TestNeeds.day(2027, 5, 3)).build();
        assertTrue(run.all(upkeep.apply("a", "Entretien des installations de chauffage"),
                upkeep.apply("b", "Vérification des installations électriques")).isEmpty());
        // the same trade in both titles, or none named, is still one market
        assertEquals(2, run.all(upkeep.apply("a", "Entretien des installations de chauffage — mairie"),
                upkeep.apply("b", "Entretien du chauffage — écoles")).size());
        assertEquals(2, run.all(upkeep.apply("a", "Entretien des installations — mairie"),
                upkeep.apply("b", "Entretien des installations — écoles")).size());
    }

    private static Need office(String id, String service) {
        return office(id, service, null);
    }

    private static Need office(String id, String service, String description) {
        return need().id(id).cpv("30192000").title("Fournitures de bureau — " + service).procedure("negotiated_without_call")
                .description(description).amount(30_000).launch(quarter(2027, 2)).build();
    }

    @Test
    void testsTheSumOfPurchasesWithoutPublicityAgainstTheDispenseThreshold() {
        // lawyer F, D9 (VSA-27-07A/B/C): « sans publicité ni mise en concurrence » per service, 3 × 30 000 € = 90 000 €
        Map<String, List<RiskFlag>> all = run.all(office("a", "Éducation"), office("b", "Services techniques"),
                office("c", "Direction générale"));
        assertEquals(3, all.size(), all.toString());
        String m = all.get("a").get(0).message();
        assertTrue(m.contains("seuil de dispense") && m.contains("R2122-8"), m);
        assertTrue(m.contains("R2121-1, R2121-6") && m.contains("R2123-1"), m);
        assertTrue(m.contains(RuleRun.fr("90 000 €")), m);
        // a ground written in the row (exclusive rights) is not a dispense: nothing to add up
        assertTrue(run.all(office("a", "Éducation", "droits d'exclusivité de l'éditeur"),
                office("b", "Services techniques", "droits d'exclusivité de l'éditeur")).isEmpty());
    }

    @Test
    void aReservedContractIsADistinctNeedNotSummedWithTheOpenOnes() {
        // version 2.13, lawyer I MOL-27-05: three sectors' green spaces by MAPA (120 + 110 + 100 k€) and a natural
        // areas' contract reserved to SIAE (180 k€): 330 000 €, not 510 000 €
        Map<String, List<RiskFlag>> all = run.all(
                need().id("n").cpv("77310000").procedure("adapted").amount(120_000).launch(quarter(2027, 2)).build(),
                need().id("s").cpv("77310000").procedure("adapted").amount(110_000).launch(quarter(2027, 2)).build(),
                need().id("e").cpv("77310000").procedure("adapted").amount(100_000).launch(quarter(2027, 2)).build(),
                need().id("r").cpv("77310000").procedure("adapted").amount(180_000).launch(quarter(2027, 2)).reserved("siae").build());
        assertEquals(java.util.Set.of("n", "s", "e"), all.keySet(), all.toString());
        String m = all.get("n").get(0).message();
        assertTrue(m.contains(RuleRun.fr("330 000 €")), m);
    }

    @Test
    void thePetitsLotsRemedySaysHowMuchMustLeaveTheMapa() {
        // version 2.13, lawyer I OHA-27-06: 6.0 M€ operation, MAPA lots 550 + 450 + 400 k€ = 1.4 M€ (23 %): 1.2 M€ may
        // stay in MAPA, lots of at least 200 000 € must move, not all three
        String op = "Réhabilitation thermique résidence Les Tilleuls";
        Map<String, List<RiskFlag>> all = run.all(
                need().id("o1").works().cpv("45321000").procedure("open").amount(4_600_000).launch(quarter(2027, 3)).operation(op).build(),
                need().id("o2").works().cpv("45310000").procedure("adapted").amount(550_000).launch(quarter(2027, 3)).operation(op).build(),
                need().id("o3").works().cpv("45330000").procedure("adapted").amount(450_000).launch(quarter(2027, 3)).operation(op).build(),
                need().id("o4").works().cpv("45442100").procedure("adapted").amount(400_000).launch(quarter(2027, 3)).operation(op).build());
        String m = all.get("o2").get(0).message();
        assertTrue(m.contains("20 % de l’opération, soit " + RuleRun.fr("1 200 000 €") + ", peuvent rester en procédure adaptée")
                && m.contains("des lots totalisant au moins " + RuleRun.fr("200 000 €")), m);
    }

    /** Lawyer L, MRG-27-09 and -10: books without publicity under R2122-9 (under 90 000 € HT) summed as one need. */
    @Test
    void sumsBooksBoughtUnderR2122_9AgainstItsCeiling() {
        Need adults = need().id("a").supplies().cpv("22113000").title("Livres non scolaires (fonds adultes)")
                .procedure("negotiated_without_call").description("R2122-9").amount(95_000).launch(quarter(2027, 1)).build();
        Need youth = need().id("y").supplies().cpv("22113000").title("Livres non scolaires (fonds jeunesse)")
                .procedure("negotiated_without_call").description("R2122-9").amount(80_000).launch(quarter(2027, 1)).build();
        Map<String, List<RiskFlag>> all = run.all(adults, youth);
        assertEquals(2, all.size(), all.toString());
        String m = all.get("y").get(0).message();
        assertTrue(m.contains(RuleRun.fr("175 000 €")) && m.contains(RuleRun.fr("90 000 €")) && m.contains("R2122-9"), m);
        // under the ceiling together, the ground holds
        Need small = need().id("s").supplies().cpv("22113000").title("Livres non scolaires (fonds jeunesse)")
                .procedure("negotiated_without_call").description("R2122-9").amount(30_000).launch(quarter(2027, 1)).build();
        Need other = need().id("o").supplies().cpv("22113000").title("Livres non scolaires (fonds adultes)")
                .procedure("negotiated_without_call").description("R2122-9").amount(40_000).launch(quarter(2027, 1)).build();
        assertTrue(run.all(small, other).isEmpty());
    }
}

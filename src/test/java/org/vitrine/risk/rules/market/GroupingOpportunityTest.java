package org.vitrine.risk.rules.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;

import org.junit.jupiter.api.Test;
import org.vitrine.risk.BuyerFacts;
import org.vitrine.risk.rules.need.RuleRun;

/** GROUPING_OPPORTUNITY, from the examples of docs/RISKS.md §4. */
class GroupingOpportunityTest {

    private final RuleRun run = RuleRun.of(new GroupingOpportunity());

    @Test
    void oneItemForOfficeSuppliesOfThreeBuyersAllStarting1October() {
        var all = run.all(
                need().id("a").buyer("x").supplies().cpv("30192000").procedure("adapted").amount(100_000).launch(day(2027, 6, 7)).contractStart(day(2027, 10, 1)).build(),
                need().id("b").buyer("y").supplies().cpv("30192000").procedure("adapted").amount(80_000).launch(day(2027, 6, 7)).contractStart(day(2027, 10, 1)).build(),
                need().id("c").buyer("z").supplies().cpv("30197000").procedure("adapted").amount(90_000).launch(day(2027, 6, 7)).contractStart(day(2027, 10, 1)).build());
        assertEquals(3, all.size());
        assertTrue(all.get("a").get(0).message().startsWith("3 besoins de 3 acheteurs (total " + RuleRun.fr("270 000 €") + ")"));
        assertTrue(all.get("a").get(0).message().contains("Groupement de commandes (L2113-6, L2113-7"));
    }

    @Test
    void oneItemForFuelOfADepartementAndAnSdisStartingThreeMonthsApart() {
        var all = run.all(need().id("d").buyer("dep").supplies().cpv("09134200").amount(2_400_000).launch(quarter(2027, 2)).contractStart(day(2028, 1, 1)).build(),
                need().id("s").buyer("sdis").supplies().cpv("09134200").amount(560_000).launch(quarter(2027, 3)).contractStart(day(2028, 4, 1)).build());
        assertEquals(2, all.size());
        assertEquals("d", all.get("s").get(0).anchor());
    }

    @Test
    void noItemForBuyersOfDistantRegions() {
        // version 2.9, lawyer G: an agglomération's fuel in Saône-et-Loire and a port's gasoil in Côtes-d'Armor
        java.util.function.Supplier<org.vitrine.risk.rules.need.TestNeeds.Builder> agglo = () -> need().id("d").buyer("agglo").supplies().cpv("09134200").amount(900_000)
                .lots(1).launch(quarter(2027, 3)).contractStart(day(2027, 10, 1)).departement("71", "FRC14");
        java.util.function.Supplier<org.vitrine.risk.rules.need.TestNeeds.Builder> port = () -> need().id("p").buyer("port").supplies().cpv("09134200").amount(800_000)
                .lots(1).launch(quarter(2027, 3)).contractStart(day(2027, 10, 1));
        assertTrue(run.all(agglo.get().build(), port.get().departement("22", "FRH01").build()).isEmpty());
        assertEquals(2, run.all(agglo.get().build(), port.get().departement("21", "FRC11").build()).size(), "one région");
        assertEquals(2, run.all(agglo.get().build(), port.get().build()).size(), "a place not known groups with any");
    }

    @Test
    void noItemWhenTheGroupingWouldBeDueBeforeTheEdition() {
        // launched 8 February 2027: due three months before, 8 November 2026, before the edition of 26 November
        assertTrue(run.all(
                need().id("a").buyer("x").supplies().cpv("30192000").procedure("adapted").amount(60_000).launch(day(2027, 2, 8)).contractStart(day(2027, 4, 1)).build(),
                need().id("b").buyer("y").supplies().cpv("30192000").procedure("adapted").amount(40_000).launch(day(2027, 2, 8)).contractStart(day(2027, 4, 1)).build())
                .isEmpty());
    }

    @Test
    void theStatesServicesAreGroupedWithEachOtherNotWithACommune() {
        assertTrue(run.all(
                need().id("p").buyer("pref").kind("central").supplies().cpv("66514110").procedure("adapted").amount(60_000).launch(quarter(2027, 3)).incumbentEnd(day(2027, 12, 31)).build(),
                need().id("v").buyer("ville").supplies().cpv("66514110").procedure("adapted").amount(35_000).launch(quarter(2027, 2)).incumbentEnd(day(2027, 12, 31)).build())
                .isEmpty());
        var all = run.all(
                need().id("p").buyer("pref").kind("central").supplies().cpv("66514110").procedure("adapted").amount(160_000).launch(quarter(2027, 3)).incumbentEnd(day(2027, 12, 31)).build(),
                need().id("g").buyer("gsbdd").kind("defence").supplies().cpv("66514110").procedure("adapted").amount(90_000).launch(quarter(2027, 2)).incumbentEnd(day(2027, 12, 31)).build());
        assertEquals(2, all.size());
    }

    @Test
    void lawyerDsConditionsHospitalsApartStartsWithinThreeMonthsATotalWorthAConvention() {
        // version 2.6 (lawyer D, 0 of 5 useful): a CHU buys through its GHT; 147 days apart; 150 000 € of uniforms
        var chu = need().id("h").buyer("chu").supplies().cpv("30192000").procedure("adapted").amount(320_000).launch(day(2027, 6, 7)).contractStart(day(2027, 9, 10)).build();
        var town = need().id("t").buyer("ville").supplies().cpv("30192000").procedure("adapted").amount(120_000).launch(day(2027, 6, 7)).contractStart(day(2027, 8, 20)).build();
        assertTrue(run.all(withBuyerName(chu, "Centre hospitalier universitaire de Beaumont"), town).isEmpty());
        assertEquals(2, run.all(withBuyerName(chu, "Université de Beaumont"), town).size());
        assertTrue(run.all(
                need().id("a").buyer("x").supplies().cpv("30192000").procedure("adapted").amount(200_000).launch(day(2027, 4, 7)).contractStart(day(2027, 7, 1)).build(),
                need().id("b").buyer("y").supplies().cpv("30192000").procedure("adapted").amount(200_000).launch(day(2027, 6, 7)).contractStart(day(2027, 11, 25)).build())
                .isEmpty(), "147 days apart");
        assertTrue(run.all(
                need().id("a").buyer("x").supplies().cpv("18110000").procedure("adapted").amount(90_000).launch(day(2027, 9, 7)).contractStart(day(2027, 12, 15)).build(),
                need().id("b").buyer("y").supplies().cpv("18110000").procedure("adapted").amount(60_000).launch(day(2027, 9, 7)).contractStart(day(2028, 1, 12)).build())
                .isEmpty(), "150 000 € in all");
    }

    private static org.vitrine.model.Need withBuyerName(org.vitrine.model.Need n, String name) {
        org.vitrine.model.Need.Builder b = n.toBuilder();
        b.buyer = new org.vitrine.model.BuyerRef(n.buyer().id(), name, n.buyer().kind());
        return b.build();
    }

    @Test
    void noItemForElectricityLaunchedBeforeTheEvent() {
        assertTrue(run.all(need().id("a").buyer("x").supplies().cpv("09310000").amount(800_000).launch(day(2027, 1, 10)).contractStart(day(2027, 7, 1)).build(),
                need().id("b").buyer("y").supplies().cpv("09310000").amount(300_000).launch(day(2027, 1, 10)).contractStart(day(2027, 7, 1)).build()).isEmpty());
    }

    @Test
    void noItemFor30kBeside1_6M() {
        assertTrue(run.all(need().id("a").buyer("x").supplies().cpv("09123000").amount(1_600_000).launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).build(),
                need().id("b").buyer("y").supplies().cpv("09123000").procedure("adapted").amount(30_000).launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).build()).isEmpty());
    }

    @Test
    void anchorsOnTheDayAfterTheCurrentContractAndNamesASmallBuyer() {
        var all = RuleRun.of(new GroupingOpportunity()).buyer("y", new BuyerFacts(true, false, true, true)).all(
                need().id("a").buyer("x").cpv("90911200").amount(300_000).launch(quarter(2027, 2)).incumbentEnd(day(2027, 9, 30)).build(),
                need().id("b").buyer("y").cpv("90911200").amount(100_000).launch(quarter(2027, 2)).contractStart(day(2027, 11, 1)).build());
        assertTrue(all.get("a").get(0).message().contains("Un petit acheteur en fait partie."));
        assertTrue(all.get("a").get(0).message().contains("1er octobre 2027"));
    }

    @Test
    void worksAndCentralPurchasesAreNotCandidates() {
        assertTrue(run.all(need().id("a").buyer("x").works().cpv("45233140").amount(300_000).launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).build(),
                need().id("b").buyer("y").works().cpv("45233140").amount(300_000).launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).build()).isEmpty());
        assertTrue(run.all(need().id("a").buyer("x").supplies().cpv("30192000").route("central_purchasing").procedure(null).launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).build(),
                need().id("b").buyer("y").supplies().cpv("30192000").launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).build()).isEmpty());
    }

    @Test
    void anAirportsAviationLiabilityIsNoPartnerForACcassGeneralInsurance() {
        // version 2.13, lawyer I SMA-27-13: both at the catch-all 66510000; aviation insurers are not local authorities'
        java.util.function.Function<String, org.vitrine.model.Need> ccas = title -> need().id("c").buyer("ccas").title(title)
                .cpv("66510000").procedure("adapted").amount(90_000).launch(day(2027, 5, 3)).contractStart(day(2028, 1, 1)).build();
        var airport = need().id("a").buyer("sma").title("Assurance aéroportuaire (responsabilité exploitant)").cpv("66510000")
                .amount(900_000).launch(day(2027, 5, 18)).contractStart(day(2028, 1, 1)).build();
        var commune = need().id("v").buyer("ville").title("Assurances de la commune (dommages aux biens, flotte, RC)").cpv("66510000")
                .amount(600_000).launch(day(2027, 5, 18)).contractStart(day(2028, 1, 1)).build();
        assertTrue(run.all(airport, ccas.apply("Assurances du CCAS")).isEmpty());
        assertEquals(2, run.all(commune, ccas.apply("Assurances du CCAS")).size(), "a commune and a CCAS: one market");
    }

    @Test
    void anEntiteAdjudicatricesNetworkPurchaseGroupsOnlyWithOtherNetworkPurchases() {
        // version 2.13, lawyer I SMA-27-01: an airport's airside terminal cleaning (network activity, 432 k€) with a
        // métropole's sports halls (216 k€): two regimes, two specifications
        java.util.function.Function<Boolean, org.vitrine.model.Need> terminal = network -> need().id("a").buyer("sma").kind("utility")
                .networkActivity(network).title("Nettoyage de l'aérogare et des locaux techniques").cpv("90911200").amount(1_300_000)
                .launch(day(2027, 3, 15)).contractStart(day(2027, 7, 1)).build();
        var halls = need().id("m").buyer("mol").title("Entretien des bâtiments sportifs — nettoyage").cpv("90911200").amount(640_000)
                .launch(day(2027, 3, 15)).contractStart(day(2027, 8, 1)).build();
        assertTrue(run.all(terminal.apply(true), halls).isEmpty());
        assertEquals(2, run.all(terminal.apply(false), halls).size(), "outside its network activity it buys as any buyer");
        // supplies are the same goods whatever the regime: a water syndicate's pumping stations' electricity groups
        // with a région's (the examples' SIEVS-27-05 and RBV-2027-02)
        assertEquals(2, run.all(need().id("w").buyer("sievs").kind("utility").networkActivity(true).supplies().cpv("09310000")
                        .amount(1_600_000).launch(day(2027, 5, 3)).contractStart(day(2028, 1, 1)).build(),
                need().id("r").buyer("region").supplies().cpv("09310000").amount(2_400_000).launch(day(2027, 5, 3))
                        .contractStart(day(2028, 1, 1)).build()).size());
    }

    @Test
    void aClusterWhoseTotalCrossesTheThresholdSaysSo() {
        // lawyer N (defect 3): 2 × 135 000 € of supplies, each a MAPA, grouped are 270 000 €: over 216 000 €
        var all = run.all(
                need().id("a").buyer("x").supplies().cpv("30192000").procedure("adapted").amount(135_000).launch(day(2027, 6, 7)).contractStart(day(2027, 10, 1)).build(),
                need().id("b").buyer("y").supplies().cpv("30192000").procedure("adapted").amount(135_000).launch(day(2027, 6, 7)).contractStart(day(2027, 10, 1)).build());
        String m = all.get("a").get(0).message();
        assertTrue(m.contains("Regroupés, " + RuleRun.fr("270 000 €") + " HT dépassent le seuil de " + RuleRun.fr("216 000 €")
                + " HT (autres pouvoirs adjudicateurs) : procédure formalisée"), m);
        // under the threshold together, nothing to say
        var small = run.all(
                need().id("a").buyer("x").supplies().cpv("30192000").procedure("adapted").amount(100_000).launch(day(2027, 6, 7)).contractStart(day(2027, 10, 1)).build(),
                need().id("b").buyer("y").supplies().cpv("30192000").procedure("adapted").amount(110_000).launch(day(2027, 6, 7)).contractStart(day(2027, 10, 1)).build(),
                need().id("c").buyer("z").supplies().cpv("30192000").procedure("adapted").amount(5_000).launch(day(2027, 6, 7)).contractStart(day(2027, 10, 1)).build());
        assertTrue(small.isEmpty() || !small.get("a").get(0).message().contains("Regroupés"), small.toString());
    }

    @Test
    void fuelOfTwoDepartementsGroupsByCardsNotByBulkDelivery() {
        // lawyer N (defect 6): fuel of buyers in two départements with no shared delivery place. Cards work on any
        // network of stations; bulk deliveries to each site need a common logistics no groupement provides by itself
        java.util.function.BiFunction<String, String, org.vitrine.risk.rules.need.TestNeeds.Builder> fuel = (id, title) -> need().id(id)
                .buyer(id).supplies().cpv("09134200").amount(500_000).lots(1).title(title).launch(quarter(2027, 3)).contractStart(day(2027, 10, 1));
        assertTrue(run.all(fuel.apply("a", "Gazole livré en vrac dans les cuves des centres techniques").departement("71", "FRC14").build(),
                fuel.apply("b", "Fourniture de gazole").departement("21", "FRC11").build()).isEmpty(), "bulk delivery across départements");
        var cards = run.all(fuel.apply("a", "Carburant par cartes accréditives").departement("71", "FRC14").build(),
                fuel.apply("b", "Carburants (cartes carburant)").departement("21", "FRC11").build());
        assertEquals(2, cards.size());
        assertTrue(!cards.get("a").get(0).message().contains("à condition"), cards.get("a").get(0).message());
        var plain = run.all(fuel.apply("a", "Fourniture de gazole").departement("71", "FRC14").build(),
                fuel.apply("b", "Fourniture de carburant").departement("21", "FRC11").build());
        assertTrue(plain.get("a").get(0).message().contains("à condition d’un achat par cartes sur un réseau de stations"),
                plain.get("a").get(0).message());
        var one = run.all(fuel.apply("a", "Gazole livré en cuve").departement("71", "FRC14").build(),
                fuel.apply("b", "Fourniture de gazole").departement("71", "FRC14").build());
        assertEquals(2, one.size(), "one département: a shared delivery area");
        assertTrue(!one.get("a").get(0).message().contains("à condition"));
    }

    @Test
    void needsAlreadyInLotsOfTwoDepartementsAreNoGroupingFuelByCardsStays() {
        // version 2.24 (lawyer Q #22, D35-27-09 and VAN27-05, graded noise): the work clothing of a Département's road
        // agents (Ille-et-Vilaine) and of a ville's technical staff (Vannes, Morbihan), each already in 2 lots; grouped, both
        // go into one formalised procedure for different specifications
        java.util.function.BiFunction<String, Integer, org.vitrine.risk.rules.need.TestNeeds.Builder> clothing = (id, lots) -> need().id(id)
                .buyer(id).supplies().cpv("18110000").title("Vêtements de travail").procedure("adapted").amount(id.equals("d") ? 170_000 : 100_000)
                .lots(lots).launch(day(2027, 4, 5)).incumbentEnd(day(2027, 12, 31));
        assertTrue(run.all(clothing.apply("d", 2).departement("35", "FRH03").build(), clothing.apply("v", 2).departement("56", "FRH04").build())
                .isEmpty(), "both in lots, two départements");
        assertTrue(run.all(clothing.apply("d", 2).departement("35", "FRH03").build(), clothing.apply("v", 1).departement("56", "FRH04").build())
                .isEmpty(), "one in lots, two départements");
        assertEquals(2, run.all(clothing.apply("d", 1).departement("35", "FRH03").build(), clothing.apply("v", 1).departement("56", "FRH04").build())
                .size(), "one lot each: one région is enough, as before");
        assertEquals(2, run.all(clothing.apply("d", 2).departement("56", "FRH04").build(), clothing.apply("v", 2).departement("56", "FRH04").build())
                .size(), "in lots, one département");
        // the need in lots starts its cluster first, without the other département's needs, which cluster together
        var rest = run.all(clothing.apply("d", 2).departement("35", "FRH03").build(),
                clothing.apply("v", 1).departement("56", "FRH04").build(),
                clothing.apply("w", 1).amount(150_000).incumbentEnd(day(2028, 1, 31)).departement("56", "FRH04").build());
        assertEquals(java.util.Set.of("v", "w"), rest.keySet(), rest.toString());
        // fuel by cards is bought on any network of stations: in lots it still groups across départements (lawyer N)
        java.util.function.BiFunction<String, String, org.vitrine.model.Need> cards = (id, dep) -> need().id(id).buyer(id).supplies()
                .cpv("09134100").title("Carburants par cartes accréditives").amount(300_000).lots(2).launch(day(2027, 9, 6))
                .contractStart(day(2028, 1, 1)).departement(dep, dep.equals("56") ? "FRH04" : "FRH02").build();
        assertEquals(2, run.all(cards.apply("v", "56"), cards.apply("q", "29")).size());
    }
}

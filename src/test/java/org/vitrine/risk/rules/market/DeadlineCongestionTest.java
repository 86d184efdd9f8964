package org.vitrine.risk.rules.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.rules.need.RuleRun;

/** DEADLINE_CONGESTION, from the examples of docs/RISKS.md §4. */
class DeadlineCongestionTest {

    private final RuleRun run = RuleRun.of(new DeadlineCongestion());
    /** Deadlines estimated from a launch month, as before issue 17's fourth review: the other parts of the rule. */
    private final RuleRun monthly = RuleRun.of(new DeadlineCongestion()).set("maxDeadlineWindowDays", 31);

    private static Set<String> items(Map<String, List<RiskFlag>> all) {
        Set<String> out = new HashSet<>();
        all.values().forEach(l -> l.forEach(f -> out.add(f.anchor() + "|" + f.figures())));
        return out;
    }

    @Test
    void noItemForDeadlinesEstimatedFromALaunchMonth() {
        // issue 17 fourth review (A CD-27-13, SIEVS-27-05): a deadline estimated from « mars 2027 » is a guess
        assertTrue(run.all(
                need().id("a").buyer("x").cpv("50720000").amount(150_000).launch(month(2027, 3)).build(),
                need().id("b").buyer("y").cpv("50720000").amount(180_000).launch(month(2027, 3)).build(),
                need().id("c").buyer("z").cpv("50720000").amount(120_000).launch(month(2027, 3)).build()).isEmpty());
    }

    @Test
    void oneItemForFourHvacTendersOfThreeBuyersLaunchedInMarch() {
        Map<String, List<RiskFlag>> all = run.all(
                need().id("a").buyer("x").cpv("50720000").amount(150_000).launch(day(2027, 3, 1)).build(),
                need().id("b").buyer("y").cpv("50720000").amount(180_000).launch(day(2027, 3, 10)).build(),
                need().id("c").buyer("z").cpv("50720000").amount(120_000).launch(day(2027, 3, 20)).build(),
                need().id("d").buyer("z").cpv("50730000").amount(100_000).launch(day(2027, 3, 31)).build());
        assertEquals(4, all.size());
        assertEquals(1, items(all).size());
        RiskFlag f = all.get("a").get(0);
        assertTrue(f.message().startsWith("4 consultations de 3 acheteurs sur le marché maintenance chauffage, ventilation et froid "
                + "ont leur date limite entre le 5 avril 2027 et le 5 mai 2027"), f.message());
        assertEquals(List.of("2027-04-05", "2027-05-05"), f.publicArgs());
        assertEquals(3, f.related().size());
        // suppliers read the calendar, with its dates as pages write them, never the buyers' count
        assertEquals("Plusieurs consultations de ce marché ont une date limite estimée entre le 5 avril 2027 et le 5 mai 2027 : "
                + "anticipez vos réponses.", new org.vitrine.risk.PublicText(org.vitrine.messages.Messages.of("fr")).of(f));
    }

    @Test
    void oneItemForTwoInsuranceTendersAWeekApart() {
        Map<String, List<RiskFlag>> all = run.all(
                need().id("a").buyer("x").cpv("66516000").amount(300_000).launch(day(2027, 6, 7)).build(),
                need().id("b").buyer("y").cpv("66514110").amount(120_000).launch(day(2027, 6, 14)).build());
        assertEquals(1, items(all).size());
    }

    @Test
    void fewKnownSuppliersMakeAPairOnlyWhereTheMarketHasFewFirms() {
        // the lawyer's D27-035: two tyre MAPAs due the same day, 5 suppliers known: tyres have many distributors
        assertTrue(monthly.all(
                need().id("a").buyer("x").cpv("34350000").procedure("adapted").amount(200_000).suppliersKnown(5).launch(month(2027, 5)).build(),
                need().id("b").buyer("y").cpv("34350000").procedure("adapted").amount(180_000).launch(month(2027, 5)).build()).isEmpty());
        // gas, when energy is checked (energy: true), is supplied by a handful of firms: the pair stays
        assertEquals(1, items(RuleRun.of(new DeadlineCongestion()).set("maxDeadlineWindowDays", 31).set("energy", true).all(
                need().id("a").buyer("x").cpv("09123000").amount(400_000).suppliersKnown(3).launch(month(2027, 5)).build(),
                need().id("b").buyer("y").cpv("09123000").amount(300_000).launch(month(2027, 5)).build())).size());
        // a market that is neither commodity nor thin (coach transport, D27-009): the count is the evidence
        assertEquals(1, items(monthly.all(
                need().id("a").buyer("x").cpv("60130000").title("Transport des élèves en situation de handicap").amount(900_000)
                        .suppliersKnown(3).launch(month(2027, 5)).build(),
                need().id("b").buyer("y").cpv("60130000").title("Transport scolaire").amount(600_000).launch(month(2027, 5)).build())).size());
    }

    @Test
    void patientTransportIsNotTheCoachMarketThoughBothCode60130000() {
        // version 2.7, lawyer E (CHM-27-14, wrong): ambulance and VSL firms do not answer school-coach tenders
        assertTrue(monthly.all(
                need().id("a").buyer("x").cpv("60130000").title("Transport de patients en véhicule sanitaire").amount(700_000)
                        .suppliersKnown(5).launch(month(2027, 5)).build(),
                need().id("b").buyer("y").cpv("60130000").title("Transport scolaire des élèves des lycées").amount(900_000)
                        .launch(month(2027, 5)).build()).isEmpty());
    }

    @Test
    void noItemForPcTendersDatedQ1() {
        assertTrue(run.all(need().id("a").buyer("x").cpv("30213100").amount(400_000).launch(quarter(2027, 1)).build(),
                need().id("b").buyer("y").cpv("30213100").amount(300_000).launch(quarter(2027, 1)).build(),
                need().id("c").buyer("z").cpv("30213100").amount(200_000).launch(quarter(2027, 1)).build()).isEmpty());
    }

    @Test
    void noItemForOneBuyerTwoNeedsOfAnOrdinaryMarketOrSmallNeeds() {
        assertTrue(monthly.all(need().id("a").cpv("50720000").launch(month(2027, 3)).build(),
                need().id("b").cpv("50720000").launch(month(2027, 3)).build(),
                need().id("c").cpv("50720000").launch(month(2027, 3)).build()).isEmpty(), "one buyer");
        assertTrue(monthly.all(need().id("a").buyer("x").cpv("50720000").launch(month(2027, 3)).build(),
                need().id("b").buyer("y").cpv("50720000").launch(month(2027, 3)).build()).isEmpty(), "two needs, not thin");
        assertTrue(monthly.all(need().id("a").buyer("x").cpv("50720000").amount(80_000).launch(month(2027, 3)).build(),
                need().id("b").buyer("y").cpv("50720000").amount(80_000).launch(month(2027, 3)).build(),
                need().id("c").buyer("z").cpv("50720000").amount(80_000).launch(month(2027, 3)).build()).isEmpty(), "under 90 000 €");
    }

    @Test
    void twoNeedsSufficeWhenAMemberHasFewKnownSuppliers() {
        assertEquals(1, items(monthly.all(need().id("a").buyer("x").cpv("50720000").launch(month(2027, 3)).suppliersKnown(3).build(),
                need().id("b").buyer("y").cpv("50720000").launch(month(2027, 3)).build())).size());
    }

    @Test
    void fiveKnownSuppliersDoNotMakeAPairOfWorksLotsAnItem() {
        // lawyer H #27 (REG-27-13, DEP-27-04): two gros-œuvre lots of two buyers a week apart, 5 known suppliers each,
        // in a deep market: noise; the buyer's count of 5 is no sign of a thin market
        assertTrue(run.all(
                need().id("a").buyer("x").category("works").cpv("45454000").amount(3_200_000).suppliersKnown(5)
                        .operation("Restructuration du lycée").launch(day(2027, 4, 5)).responseDays(40).build(),
                need().id("b").buyer("y").category("works").cpv("45454000").amount(3_500_000).suppliersKnown(5)
                        .operation("Réhabilitation du collège").launch(day(2027, 4, 12)).responseDays(40).build()).isEmpty());
    }

    @Test
    void theLotsOfTheSameWorksOperationsMakeOneItemNotOnePerTrade() {
        // lawyer H #28, #29: the same operations' lots, trade by trade, were one item each (duplicates): one item now,
        // naming the operations, every lot a member
        List<Need> needs = new ArrayList<>();
        String[] buyers = {"x", "y", "z"};
        for (int i = 0; i < 3; i++) {
            needs.add(need().id("go" + i).buyer(buyers[i]).category("works").cpv("45454000").amount(2_000_000)
                    .operation("Opération " + i).launch(day(2027, 4, 5 + i)).build());
            needs.add(need().id("el" + i).buyer(buyers[i]).category("works").cpv("45311000").amount(600_000)
                    .operation("Opération " + i).launch(day(2027, 4, 5 + i)).build());
        }
        Map<String, List<RiskFlag>> all = run.all(needs.toArray(new Need[0]));
        assertEquals(6, all.size(), all.toString());
        assertEquals(1, items(all).size(), all.toString());
        RiskFlag f = all.get("go0").get(0);
        assertTrue(f.message().startsWith("6 lots des opérations de travaux « Opération 0 », « Opération 1 », « Opération 2 » (3 acheteurs)"), f.message());
        // lots of other works, not of a named operation, keep one item per market
        List<Need> plain = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            plain.add(need().id("go" + i).buyer(buyers[i]).category("works").cpv("45454000").amount(2_000_000).launch(day(2027, 4, 5 + i)).build());
            plain.add(need().id("el" + i).buyer(buyers[i]).category("works").cpv("45311000").amount(600_000).launch(day(2027, 4, 5 + i)).build());
        }
        assertEquals(2, items(run.all(plain.toArray(new Need[0]))).size());
    }

    @Test
    void aSetContainedInOneKeptIsDropped() {
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            needs.add(need().id("n" + i).buyer("b" + (i % 3)).cpv("50720000").launch(day(2027, 5, 3 + i)).build());
        }
        Map<String, List<RiskFlag>> all = run.all(needs.toArray(Need[]::new));
        assertEquals(1, items(all).size(), "the later windows hold no need beyond the first one's");
        assertEquals(6, all.size());
    }

    @Test
    void noItemInACommodityMarketSoldByManyFirmsUnlessAsked() {
        // three cleaning tenders of three buyers a day apart: a cleaning firm answers many calls at once
        Need[] cleaning = {need().id("c1").buyer("b1").cpv("90911200").launch(day(2027, 5, 3)).build(),
                need().id("c2").buyer("b2").cpv("90911200").launch(day(2027, 5, 4)).build(),
                need().id("c3").buyer("b3").cpv("90911200").launch(day(2027, 5, 5)).build()};
        assertTrue(run.all(cleaning).isEmpty());
        assertEquals(3, RuleRun.of(new DeadlineCongestion()).set("widelySupplied", true).all(cleaning).size());
        // energy neither, unless asked (energy: true): its suppliers answer every public call (outside lawyers)
        Need[] electricity = {need().id("e1").buyer("b1").supplies().cpv("09310000").launch(day(2027, 5, 3)).build(),
                need().id("e2").buyer("b2").supplies().cpv("09310000").launch(day(2027, 5, 4)).build(),
                need().id("e3").buyer("b3").supplies().cpv("09310000").launch(day(2027, 5, 5)).build()};
        assertTrue(run.all(electricity).isEmpty());
        assertEquals(3, RuleRun.of(new DeadlineCongestion()).set("energy", true).all(electricity).size());
    }

    @Test
    void aReservedContractDoesNotCongestWithAnOpenOne() {
        // version 2.6, lawyer D USB27-04 / VB27-11: ordinary firms cannot bid for a contract reserved to ESAT/EA
        Need open = need().id("a").buyer("x").cpv("66516000").amount(300_000).launch(day(2027, 6, 7)).build();
        Need.Builder b = need().id("b").buyer("y").cpv("66514110").amount(120_000).launch(day(2027, 6, 14)).build().toBuilder();
        b.reserved = "EA/ESAT";
        assertTrue(run.all(open, b.build()).isEmpty());
    }

    @Test
    void contractsReservedToSiaeAndToEaEsatAreDifferentPools() {
        // version 2.13, lawyer I MOL-27-21: a SIAE-reserved contract and two EA/ESAT-reserved ones, deadlines 12 days
        // apart: the SIAE's firms cannot bid for the ESAT's contracts; two reserved green-space contracts are no cluster
        java.util.function.BiFunction<String, Object, Need> green = (id, pool) -> need().id(id).buyer("b" + id).cpv("77310000")
                .procedure("adapted").amount(200_000).launch(day(2027, 4, id.charAt(0) - 'a' + 5)).reserved(pool).build();
        assertTrue(run.all(green.apply("a", "siae"), green.apply("b", "ea_esat"), green.apply("c", "ea_esat")).isEmpty());
        assertEquals(3, run.all(green.apply("a", "ea_esat"), green.apply("b", "ea_esat"), green.apply("c", "ea_esat")).size());
    }

    @Test
    void aviationAndHospitalLiabilityAreNotTheInsuranceOfLocalAuthorities() {
        // version 2.13, lawyer I CCAS-27-03: four insurance lines at 66510000 with deadlines within 20 days; aviation
        // and hospital medical liability have their own insurers; the métropole's and the CCAS's stay one thin market
        java.util.function.BiFunction<String, String, Need> insurance = (id, title) -> need().id(id).buyer("b" + id).title(title)
                .cpv("66510000").amount(300_000).launch(day(2027, 5, 3)).build();
        var all = run.all(insurance.apply("a", "Assurance aéroportuaire (responsabilité exploitant)"),
                insurance.apply("h", "Assurance responsabilité civile hospitalière"),
                insurance.apply("m", "Assurances de la collectivité (dommages aux biens, flotte, RC)"),
                insurance.apply("c", "Assurances du CCAS"));
        assertEquals(java.util.Set.of("m", "c"), all.keySet(), all.toString());
    }
}

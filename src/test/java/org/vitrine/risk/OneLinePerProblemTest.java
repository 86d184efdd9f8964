package org.vitrine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.config.RiskSettings;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;

/** The rules together give one line per need and problem (docs/RISKS.md §8, version 2.9, lawyer G). */
class OneLinePerProblemTest {

    private static Map<String, List<RiskFlag>> run(Need... needs) {
        Messages m = Messages.of("fr");
        RiskSettings settings = new RiskSettings(Map.of());
        List<Need> all = List.of(needs);
        RiskContext context = RiskContext.of(2027, LocalDate.of(2026, 11, 26), LocalDate.of(2027, 3, 18), settings,
                Thresholds.load(), Map.of(), m, Map.of(), all);
        return new RiskStage(Rules.all(), 1).applyAll(settings, all, context, m).flags().all();
    }

    private static List<String> codes(Map<String, List<RiskFlag>> all, String id) {
        return all.getOrDefault(id, List.of()).stream().map(RiskFlag::code).sorted().toList();
    }

    @Test
    void servicesToDivideIntoLotsAreNotAlsoACodeMismatch() {
        // lawyer O (SD34-27-05, noise): cleaning, guarding and maintenance in one lot, coded as cleaning; once allotted each lot
        // has its own code: NOT_ALLOTTED is the one line, and it says the services, not « plusieurs sites »
        Need n = need().id("sd").cpv("90911200").title("Nettoyage, gardiennage et maintenance des bâtiments du centre de secours principal de Montpellier")
                .procedure("open").amount(450_000).lots(1).launch(day(2027, 5, 3)).build();
        Map<String, List<RiskFlag>> all = run(n);
        List<String> codes = codes(all, "sd");
        assertEquals(List.of("NOT_ALLOTTED"), codes.stream().filter(c -> c.startsWith("CPV") || c.startsWith("NOT")).toList(), all.toString());
        String m = all.get("sd").stream().filter(f -> f.code().equals("NOT_ALLOTTED")).findFirst().orElseThrow().message();
        assertEquals(false, m.contains("plusieurs sites"), m);
        assertEquals(true, m.contains("nettoyage, gardiennage, maintenance"), m);
    }

    @Test
    void aDesignContestItemIsNotRepeatedAsAMapaAboveTheThreshold() {
        // COM-27-03: maîtrise d'œuvre of a new school, 280 k€ MAPA: the concours (R2172-2), then R2122-6, is the remedy
        Need moe = need().id("moe").cpv("71240000").title("Maîtrise d'œuvre pour la construction d'une école").procedure("adapted")
                .amount(280_000).lots(1).launch(day(2027, 6, 1)).build();
        assertEquals(List.of("DESIGN_CONTEST_MISSING"), codes(run(moe), "moe").stream().filter(c -> c.startsWith("DESIGN")
                || c.startsWith("MAPA")).toList());
    }

    @Test
    void aNeedWhoseSplitTotalCrossesTheThresholdIsNotAlsoJustUnderIt() {
        // CCAS-27-08: 210 k€ (2.8 % under 216 000 €) and 14 k€ of the same market: 224 k€, the split says it
        Need meals = need().id("meals").cpv("15894210").title("Portage de colis alimentaires").supplies().procedure("adapted")
                .amount(210_000).lots(1).launch(quarter(2027, 3)).build();
        Need parcels = need().id("parcels").cpv("15894210").title("Colis alimentaires de fin d'année").supplies().procedure("adapted")
                .amount(14_000).lots(1).launch(quarter(2027, 4)).build();
        Map<String, List<RiskFlag>> all = run(meals, parcels);
        assertEquals(List.of("SPLIT_SUSPECT"), codes(all, "meals").stream().filter(c -> c.startsWith("SPLIT") || c.startsWith("THRESHOLD"))
                .toList(), all.toString());
        // alone, the 210 k€ is just under the threshold
        assertEquals(List.of("THRESHOLD_EDGE"), codes(run(meals), "meals").stream().filter(c -> c.startsWith("THRESHOLD")).toList());
    }
    @Test
    void aShortNoticeAndFewSuppliersEachSayTheirOwnFact() {
        // lawyer N (defect 1, RNP-2027-002): a launch 33 days after the event with one known supplier. SHORT_NOTICE says the
        // calendar (publish what was said, or postpone); LOW_COMPETITION says the count and where it comes from, and
        // neither repeats the other's sourcing advice
        Need n = need().id("n").cpv("38421100").title("Débitmètres").supplies().procedure("adapted").amount(150_000).lots(1)
                .suppliersKnown(1).launch(day(2027, 4, 20)).build();
        Map<String, List<RiskFlag>> all = run(n);
        String notice = all.get("n").stream().filter(f -> f.code().equals("SHORT_NOTICE")).findFirst().orElseThrow().message();
        String few = all.get("n").stream().filter(f -> f.code().equals("LOW_COMPETITION")).findFirst().orElseThrow().message();
        org.junit.jupiter.api.Assertions.assertFalse(notice.contains("sourcing") || notice.contains("fournisseur"), notice);
        org.junit.jupiter.api.Assertions.assertTrue(few.startsWith("Un seul fournisseur connu, selon la prévision de l’acheteur"), few);
        org.junit.jupiter.api.Assertions.assertFalse(few.contains("Lancement") || few.contains("jours après"), few);
    }

    @Test
    void oneAmountIsOneLineTheSplitOrTheMapaOwnsIt() {
        // lawyer N (defect 2): 214 000 € (0.9 % under 216 000 €, « ajusté au seuil ») and 50 000 € of the same market:
        // the split line names both values and the threshold; a THRESHOLD_EDGE task beside it said the same fact again
        Need paper = need().id("paper").cpv("30192000").title("Fournitures de bureau").supplies().procedure("adapted")
                .amount(214_000).lots(1).launch(quarter(2027, 3)).build();
        Need toner = need().id("toner").cpv("30192000").title("Fournitures de bureau et consommables").supplies().procedure("adapted")
                .amount(50_000).lots(1).launch(quarter(2027, 4)).build();
        Map<String, List<RiskFlag>> all = run(paper, toner);
        assertEquals(List.of("SPLIT_SUSPECT"), codes(all, "paper").stream().filter(c -> c.startsWith("SPLIT") || c.startsWith("THRESHOLD"))
                .toList(), all.toString());
        // a framework agreement whose maximum reaches T is MAPA_ABOVE_THRESHOLD's, whatever its estimate just under T
        Need frame = need().id("frame").cpv("30192000").title("Fournitures de bureau").supplies().procedure("adapted")
                .amount(214_000).frameworkMaximum(300_000).lots(1).launch(quarter(2027, 3)).build();
        List<String> codes = codes(run(frame), "frame").stream().filter(c -> c.startsWith("MAPA") || c.startsWith("THRESHOLD")).toList();
        assertEquals(List.of("MAPA_ABOVE_THRESHOLD"), codes);
    }

    @Test
    void aGroupingDoesNotRepeatASplitOfTheSameBuyer() {
        // version 2.14, lawyer J defect 5: the commune's office supplies and paper are a split (230 000 € in MAPA); the
        // grouping of both with the communauté's supplies would say it again
        Need supplies = need().id("a1").buyer("commune").supplies().cpv("30192000").title("Fournitures de bureau").procedure("adapted")
                .amount(120_000).lots(1).launch(day(2027, 6, 7)).contractStart(day(2027, 10, 1)).build();
        Need paper = need().id("a2").buyer("commune").supplies().cpv("30197630").title("Papier de reprographie").procedure("adapted")
                .amount(110_000).lots(1).launch(day(2027, 6, 14)).contractStart(day(2027, 10, 1)).build();
        Need other = need().id("b1").buyer("cc").supplies().cpv("30192000").title("Fournitures de bureau").procedure("adapted")
                .amount(100_000).lots(1).launch(day(2027, 6, 21)).contractStart(day(2027, 11, 1)).build();
        Map<String, List<RiskFlag>> all = run(supplies, paper, other);
        assertEquals(List.of("SPLIT_SUSPECT"), codes(all, "a1").stream().filter(c -> c.startsWith("SPLIT") || c.startsWith("GROUPING")).toList(),
                all.toString());
        assertEquals(List.of(), codes(all, "b1").stream().filter(c -> c.startsWith("GROUPING")).toList(), all.toString());
        // one need of each buyer: the grouping is the only item, and one item, not one per pair
        Need third = need().id("c1").buyer("syndicat").supplies().cpv("30192000").title("Fournitures de bureau").procedure("adapted")
                .amount(90_000).lots(1).launch(day(2027, 6, 21)).contractStart(day(2027, 11, 1)).build();
        Map<String, List<RiskFlag>> grouped = run(supplies, other, third);
        List<RiskFlag> items = grouped.values().stream().flatMap(List::stream).filter(f -> f.code().equals("GROUPING_OPPORTUNITY")).toList();
        assertEquals(3, items.size(), grouped.toString());
        assertEquals(1, items.stream().map(RiskFlag::anchor).distinct().count(), grouped.toString());
    }

    @Test
    void aPairToGroupIsNotAlsoToldToStaggerItsDeadlines() {
        // lawyer L, defect 4: two insurers' tenders of two buyers, deadlines a week apart and starts 17 days apart, got
        // « échelonnez » (DEADLINE_CONGESTION) and « regroupez » (GROUPING_OPPORTUNITY): one advice, the groupement, which
        // makes them one consultation; staggering is its fallback
        Need a = need().id("a").buyer("ville").cpv("66515200").title("Assurance dommages aux biens").amount(300_000)
                .launch(day(2027, 6, 7)).contractStart(day(2028, 1, 15)).build();
        Need b = need().id("b").buyer("cc").cpv("66515200").title("Assurance dommages aux biens").amount(250_000)
                .launch(day(2027, 6, 14)).contractStart(day(2028, 2, 1)).build();
        Map<String, List<RiskFlag>> all = run(a, b);
        assertEquals(List.of("GROUPING_OPPORTUNITY"), codes(all, "a").stream().filter(c -> c.startsWith("DEADLINE") || c.startsWith("GROUPING"))
                .toList(), all.toString());
        String m = all.get("a").stream().filter(f -> f.code().equals("GROUPING_OPPORTUNITY")).findFirst().orElseThrow().message();
        org.junit.jupiter.api.Assertions.assertTrue(m.contains("Leurs dates limites sont proches (entre le 12 juillet 2027 et le 19 juillet 2027)"), m);
        org.junit.jupiter.api.Assertions.assertTrue(m.contains("à défaut de groupement, échelonnez"), m);
        // a third tender of the market outside the grouping (another start) keeps the congestion item, which names the pair
        Need c = need().id("c").buyer("dep").cpv("66515200").title("Assurance dommages aux biens").amount(900_000)
                .launch(day(2027, 6, 21)).contractStart(day(2028, 9, 1)).build();
        Map<String, List<RiskFlag>> three = run(a, b, c);
        RiskFlag congestion = three.get("a").stream().filter(f -> f.code().equals("DEADLINE_CONGESTION")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(congestion.message().contains("que le point « Groupement possible » propose d’acheter ensemble"),
                congestion.message());
    }

    @Test
    void aNeedToDivideIntoLotsLeavesItsMarketsOtherNeedsToGroup() {
        // version 2.24 (lawyer Q R60): the Département's non-road diesel for the engines of its agencies (one lot for
        // 280 000 €, several sites: NOT_ALLOTTED) starts on 1 January 2028, the day after its contract ends, and came first
        // in its market: its cluster took Vannes's and Quimper's fuel cards, and the whole cluster was dropped for its
        // NOT_ALLOTTED item. The need is left out before the clusters are formed: the two fuel cards are one item
        Need dep = need().id("d").buyer("dep").supplies().cpv("09134100").title("Fourniture de gazole non routier pour les engins des agences")
                .amount(280_000).lots(1).launch(day(2027, 5, 3)).incumbentEnd(day(2027, 12, 31)).departement("35", "FRH03").build();
        Need vannes = need().id("v").buyer("vannes").supplies().cpv("09134100").title("Fourniture de carburants par cartes accréditives pour la flotte municipale")
                .amount(300_000).lots(1).launch(day(2027, 9, 6)).contractStart(day(2028, 1, 1)).departement("56", "FRH04").build();
        Need qbo = need().id("q").buyer("qbo").supplies().cpv("09134100").title("Carburants — cartes accréditives pour les véhicules communautaires")
                .amount(250_000).lots(1).launch(day(2027, 10, 4)).contractStart(day(2028, 2, 1)).departement("29", "FRH02").build();
        Map<String, List<RiskFlag>> all = run(dep, vannes, qbo);
        assertEquals(List.of("NOT_ALLOTTED"), codes(all, "d").stream().filter(c -> c.startsWith("NOT_ALLOTTED") || c.startsWith("GROUPING")).toList(),
                all.toString());
        RiskFlag item = all.get("v").stream().filter(f -> f.code().equals("GROUPING_OPPORTUNITY")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(item.message().startsWith("2 besoins de 2 acheteurs"), item.message());
        assertEquals(List.of("GROUPING_OPPORTUNITY"), codes(all, "q").stream().filter(c -> c.startsWith("GROUPING")).toList(), all.toString());
    }
}

package org.vitrine.risk.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.vitrine.ingest.awards.CompetitionTally;
import org.vitrine.messages.Messages;
import org.vitrine.model.Award;
import org.vitrine.model.Cpv;
import org.vitrine.model.MarketFigures;
import org.vitrine.model.Need;
import org.vitrine.model.Place;
import org.vitrine.model.RiskFlag;
import org.vitrine.normalise.Needs;

/** LOW_COMPETITION and PARTIAL_COVERAGE items state the competition measured on all buyers' past awards. */
class MeasuredCompetitionTest {

    private static final Messages FR = Messages.of("fr");
    private static final LocalDate SINCE = LocalDate.of(2023, 11, 26);

    private static Award award(String id, String cpv, String dep, Integer bids, String holder) {
        return new Award(id, "2000000000000" + id.length(), "objet", cpv, "Marché", "Appel d'offres ouvert",
                LocalDate.of(2025, 3, 1), 12, BigDecimal.TEN, List.of(new Award.Holder(holder, null)), bids, dep,
                "Code département");
    }

    /** Six cleaning awards in 71 (one holder twice), two of another class of the division. */
    private static Map<String, MarketFigures> markets() {
        CompetitionTally t = new CompetitionTally(Set.of("9091|71", "90|71", "7226|71", "72|71"), SINCE, SINCE.plusYears(3));
        t.add(award("N1", "90919200", "71", 1, "H1"));
        t.add(award("N2", "90919200", "71", 1, "H1"));
        t.add(award("N3", "90911000", "71", 2, "H2"));
        t.add(award("N4", "90919300", "71", 1, "H3"));
        t.add(award("N5", "90919200", "71", null, "H4"));
        t.add(award("N6", "90919200", "71", 3, "H5"));
        t.add(award("S1", "72267000", "71", 4, "H6"));
        t.add(award("S2", "72000000", "71", 2, "H7"));
        t.add(award("S3", "72500000", "71", 2, "H8"));
        t.add(award("S4", "72500000", "71", 2, "H8"));
        t.add(award("S5", "72500000", "71", 2, "H9"));
        return t.figures();
    }

    private static Need need(String id, String cpv, Place place, String... codes) {
        Need.Builder b = Needs.need("ville", id, "Nettoyage", 200_000, "public", "f.xlsx", 2).toBuilder();
        b.cpv = new Cpv(cpv, Map.of());
        b.place = place;
        List<RiskFlag> risks = new ArrayList<>();
        for (String c : codes) {
            risks.add(new RiskFlag(c, "medium", "Texte de la règle.", List.of(), "I", null, null, "h", List.of()));
        }
        b.risks = risks;
        return b.build();
    }

    private static final Place DEP71 = new Place("departement", "71", "Saône-et-Loire", "FRC13");

    @Test
    void theItemsStateTheClassFiguresWithTheirKey() {
        Need n = need("R1", "90919200-4", DEP71, "LOW_COMPETITION", "PARTIAL_COVERAGE", "INCOMPLETE");
        Map<String, String> used = new TreeMap<>();
        Need out = new MeasuredCompetition(markets()).quote(List.of(n), FR, used).get(0);
        String expected = "Texte de la règle. Concurrence mesurée (données essentielles, tous acheteurs) : sur 6 marchés de la "
                + "classe CPV 9091 exécutés dans le département 71 et notifiés depuis le 26 novembre 2023, 5 titulaires différents ; "
                + "médiane des offres reçues : 1 sur les 5 marchés qui le disent, 60 % avec une seule offre. "
                + "Le détail (identifiants des marchés) est dans internal/competition.csv.";
        assertEquals(expected, out.risks().get(0).message());
        assertEquals(expected, out.risks().get(1).message());
        assertEquals("Texte de la règle.", out.risks().get(2).message(), "other items are left as they are");
        assertEquals(Map.of(n.id(), "9091|71"), used);
    }

    @Test
    void aClassWithTooFewAwardsSaysNothingNotItsDivision() {
        // the division has 5 awards in 71, the class 7226 fewer: a division's mix says nothing of this market
        Need n = need("R2", "72267000-4", new Place("commune", "71076", "Chalon-sur-Saône", "FRC13"), "LOW_COMPETITION");
        Map<String, String> used = new TreeMap<>();
        Need out = new MeasuredCompetition(markets()).quote(List.of(n), FR, used).get(0);
        assertSame(n, out, out.risks().get(0).message());
        assertTrue(used.isEmpty(), used.toString());
        // a need coded at the division itself has the division as its market
        Need division = need("R5", "72000000-5", new Place("commune", "71076", "Chalon-sur-Saône", "FRC13"), "LOW_COMPETITION");
        Need quoted = new MeasuredCompetition(markets()).quote(List.of(division), FR, used).get(0);
        assertTrue(quoted.risks().get(0).message().contains("sur 5 marchés de la division CPV 72 exécutés dans le département 71"),
                quoted.risks().get(0).message());
        assertEquals("72|71", used.get(division.id()));
    }

    @Test
    void noDepartementOrNoItemLeavesTheNeedAsItIs() {
        Need region = need("R3", "90919200-4", new Place("region", "27", "Bourgogne-Franche-Comté", null), "LOW_COMPETITION");
        Need quiet = need("R4", "90919200-4", DEP71, "INCOMPLETE");
        Map<String, String> used = new TreeMap<>();
        List<Need> out = new MeasuredCompetition(markets()).quote(List.of(region, quiet), FR, used);
        assertSame(region, out.get(0));
        assertSame(quiet, out.get(1));
        assertTrue(used.isEmpty());
    }

    @Test
    void inEnglish() {
        MarketFigures f = markets().get("9091|71");
        assertEquals("Measured competition (DECP, all buyers): out of 6 contracts of CPV class 9091 performed in département 71 "
                + "and awarded since 26 November 2023, 5 distinct holders; median bids received: 1 over the 5 contracts that say so, "
                + "60 % with a single bid. The detail (contract ids) is in internal/competition.csv.",
                MeasuredCompetition.sentence(f, Messages.of("en")));
    }

    @Test
    void oneOrTwoBidCountsAreNoMedian() {
        // staff read « médiane des offres reçues : 3 sur le 1 marché qui le disent » (officer Y4): the count alone, as pages say it
        MarketFigures one = new MarketFigures("9091", "71", SINCE, 6, 5, 1, BigDecimal.valueOf(3), 0, List.of());
        String s1 = MeasuredCompetition.sentence(one, FR);
        assertTrue(s1.contains("; 1 seul marché indique le nombre d’offres reçues : 3 offres."), s1);
        assertFalse(s1.contains("médiane"), s1);
        MarketFigures two = new MarketFigures("9091", "71", SINCE, 6, 5, 2, new BigDecimal("1.5"), 1, List.of());
        String s2 = MeasuredCompetition.sentence(two, FR);
        assertTrue(s2.contains("; 2 marchés seulement indiquent le nombre d’offres reçues, trop peu pour une médiane ; "
                + "1 n’en a reçu qu’une."), s2);
        String en = MeasuredCompetition.sentence(one, Messages.of("en"));
        assertTrue(en.contains("; only 1 contract gives the number of bids received: 3 bids."), en);
    }
}

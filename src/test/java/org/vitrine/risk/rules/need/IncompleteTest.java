package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;
import static org.vitrine.risk.rules.need.TestNeeds.year;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Contact;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.BuyerFacts;

/** INCOMPLETE and its four items, from the examples of docs/RISKS.md §3. */
class IncompleteTest {

    private final RuleRun run = RuleRun.of(new Incomplete());

    @Test
    void firesOnQ1WhichContainsTheEventAsAnItemToSettleBeforeIt() {
        RiskFlag f = run.one(need().launch(quarter(2027, 1)).build());
        assertEquals("medium", f.severity());
        assertEquals("S", f.section());
        assertTrue(f.message().contains("précisez s’il a lieu avant ou après le salon du 4 février 2027"), f.message());
    }

    @Test
    void asksTheDateOfAMapaInDecemberWhichMayStillBeUnderAnalysisOnTheEventDay() {
        // launched on 31 December, notified about 49 days later (18 February): still running on 4 February
        RiskFlag f = run.one(need().procedure("adapted").launch(TestNeeds.month(2026, 12)).build());
        assertEquals("S", f.section());
        assertEquals("medium", f.severity());
        assertTrue(f.message().contains("lancée le 31 décembre 2026, la consultation serait encore en cours le jour du salon du 4 février 2027"
                + " (notification estimée au 18 février 2027)"), f.message());
        assertFalse(run.fires(need().procedure("adapted").launch(TestNeeds.month(2026, 11)).build()),
                "launched by 30 November, notified by 18 January: over before the event");
        assertFalse(run.fires(need().procedure("adapted").launch(TestNeeds.month(2026, 12)).notification(TestNeeds.day(2027, 1, 29)).build()),
                "the notification given settles it");
    }

    @Test
    void firesOn2027OnlyAsAYearItem() {
        String m = run.message(need().procedure("adapted").launch(year(2027)).build());
        assertTrue(m.contains("lancement connu seulement à l’année (2027)"), m);
    }

    @Test
    void doesNotAskTheQuarterOfADispensedOrExcludedPurchase() {
        assertFalse(run.fires(need().procedure("exempt").launch(year(2027)).build()), "no consultation to time");
        assertFalse(run.fires(need().procedure("other").cpv("70121200").launch(year(2027)).build()), "land acquisition, L2512-5 1°");
        assertFalse(run.fires(need().procedure("adapted").cpv("79110000").title("Représentation en justice – contentieux")
                .launch(year(2027)).build()), "legal representation, L2512-5 10°");
    }

    @Test
    void firesOnARangeOf10000To500000() {
        String m = run.message(need().procedure("adapted").range(10_000L, 500_000L).build());
        assertTrue(m.contains("fourchette de montant trop large") && m.contains("encadre le seuil"), m);
        assertEquals("L", run.one(need().procedure("adapted").range(10_000L, 500_000L).build()).section());
    }

    /** Lawyer L, UMV-27-10 and MRG-27-18: the range names the threshold that decides for the need, not the dispense. */
    @Test
    void namesTheThresholdThatDecidesForTheNeed() {
        String mapa = run.message(need().procedure("adapted").range(0L, 250_000L).build());
        assertTrue(mapa.contains(RuleRun.fr("216 000 €")) && !mapa.contains(RuleRun.fr("60 000 €")), mapa);
        String none = run.message(need().procedure(null).range(50_000L, 400_000L).build());
        assertTrue(none.contains(RuleRun.fr("216 000 €")) && !none.contains(RuleRun.fr("60 000 €")), none);
    }

    @Test
    void doesNotFireOnUnder40000() {
        assertFalse(run.fires(need().procedure("adapted").range(0L, 40_000L).build()));
    }

    @Test
    void doesNotFireOnAWideRangeThatStraddlesNoThreshold() {
        assertFalse(run.fires(need().procedure("open").range(300_000L, 1_000_000L).build()));
    }

    @Test
    void oneBuyerLevelItemWhenNoneOfItsNeedsHasAContact() {
        Need a = need().id("a").buyer("c").contact(null).launch(quarter(2027, 3)).build();
        Need b = need().id("b").buyer("c").contact(null).launch(quarter(2027, 2)).build();
        Map<String, List<RiskFlag>> all = RuleRun.of(new Incomplete()).buyer("c", new BuyerFacts(false, false, true, false)).all(a, b);
        RiskFlag onB = all.get("b").get(0);
        RiskFlag onA = all.get("a").get(0);
        assertEquals("b", onB.anchor(), "the earliest launch anchors the item");
        assertEquals(onB.figures(), onA.figures());
        assertTrue(onB.message().startsWith("Aucun des 2 besoins de Acheteur c n’a de contact"), onB.message());
    }

    @Test
    void aBuyerWithoutFunctionalContactGetsOneLineForItsNeedsWithoutContact() {
        Need a = need().id("a").buyer("s").contact(null).launch(quarter(2027, 3)).build();
        Need b = need().id("b").buyer("s").contact(new Contact(null, "berges@syndicat.example")).launch(quarter(2027, 3)).build();
        RuleRun r = RuleRun.of(new Incomplete()).buyer("s", new BuyerFacts(false, false, true, false));
        Need c = need().id("c").buyer("s").contact(null).launch(quarter(2027, 3)).build();
        Map<String, List<RiskFlag>> all = r.all(a, b, c);
        assertEquals(1, all.getOrDefault("a", List.of()).size(), "one buyer-level item, not one per row: " + all);
        assertTrue(all.getOrDefault("b", List.of()).isEmpty(), all.toString());
        RiskFlag item = all.get("a").get(0);
        assertEquals(item.message(), all.get("c").get(0).message(), "the same item lists both needs");
        assertTrue(item.message().startsWith("2 des 3 besoins de"), item.message());
    }

    @Test
    void theBuyersFunctionalContactIsEnough() {
        assertFalse(RuleRun.of(new Incomplete()).buyer("b1", new BuyerFacts(true, false, true, false))
                .fires(need().contact(null).launch(quarter(2027, 3)).build()));
    }

    @Test
    void leavesAloneWhatIsUnderTheDispenseThresholdOrLaunchedAfterTheYear() {
        // issue 17 third review: a 28 000 € MAPA in Q1, a 25 000 € one known to the year, a 2028 launch
        assertFalse(run.fires(need().procedure("adapted").amount(28_000).launch(quarter(2027, 1)).build()));
        assertFalse(run.fires(need().procedure("adapted").amount(25_000).launch(year(2027)).build()));
        assertTrue(run.fires(need().procedure("adapted").amount(60_000).launch(quarter(2027, 1)).build()), "at the dispense threshold");
        assertFalse(run.fires(need().launch(year(2028)).build()));
        assertFalse(run.fires(need().works().cpv("45252127").range(1_000_000L, null).launch(TestNeeds.month(2028, 4)).build()));
    }
}

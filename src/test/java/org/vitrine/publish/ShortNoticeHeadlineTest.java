package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;

/** The staff report's headline on early launches proposes an action in proportion to their number (lawyer F, D11). */
class ShortNoticeHeadlineTest {

    private static List<String> refs(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(String.format("N-%02d", i));
        }
        return out;
    }

    @Test
    void aFewEarlyLaunchesAskTheirBuyersToMoveThemNotTheEvent() {
        String fr = RiskReport.summaryLine(refs(5), List.of(), 131, 8, 25, Messages.of("fr"));
        assertTrue(fr.startsWith("4 % des besoins sont lancés avant le salon ou moins de 8 semaines après (5 sur 131 : N-01, N-02, N-03, N-04, N-05)"), fr);
        assertTrue(fr.contains("demandez à l’acheteur de chacun de décaler son lancement"), fr);
        assertFalse(fr.contains("tenez le salon"), fr);
        String en = RiskReport.summaryLine(refs(5), List.of(), 131, 8, 25, Messages.of("en"));
        assertTrue(en.contains("(5 of 131: N-01, N-02, N-03, N-04, N-05): ask the buyer of each to launch later"), en);
    }

    @Test
    void theNeedsToldToLaunchEarlierAreNotAskedToDelay() {
        // lawyer G, defect 7: « décalez » for 20 needs, two of which (CH-27-01, CA-27-08) have a contract gap whose own
        // item says « avancez le lancement »; and « ci-dessous » pointed to items covering 6 of the 20
        String fr = RiskReport.summaryLine(List.of("CH-27-01", "CA-27-08", "CA-27-10"), List.of("CH-27-01", "CA-27-08"), 155, 8, 25,
                Messages.of("fr"));
        assertTrue(fr.contains("(3 sur 155 : CA-27-08, CA-27-10, CH-27-01)"), fr);
        assertTrue(fr.contains("Ne faites pas décaler CA-27-08, CH-27-01, dont les contrats en cours s’arrêtent avant"), fr);
        assertFalse(fr.contains("SHORT_NOTICE et LIVE_DURING_EVENT ci-dessous"), fr);
        String en = RiskReport.summaryLine(List.of("CH-27-01", "CA-27-10"), List.of("CH-27-01"), 155, 8, 25, Messages.of("en"));
        assertTrue(en.contains("Do not have CH-27-01 delayed: its current contract ends before"), en);
        // a long list is cut
        assertTrue(RiskReport.summaryLine(refs(40), List.of(), 155, 8, 25, Messages.of("fr")).contains("N-30, …)"));
    }

    @Test
    void aLargeShareSuggestsAnEarlierEvent() {
        String fr = RiskReport.summaryLine(refs(33), List.of(), 131, 8, 25, Messages.of("fr"));
        assertTrue(fr.contains("25 % des besoins") && fr.contains("tenir le salon en octobre–novembre de l’année précédente"), fr);
        assertFalse(fr.contains("demandez"), fr);
        // at the share itself
        assertTrue(RiskReport.summaryLine(refs(1), List.of(), 4, 8, 25, Messages.of("fr")).contains("tenir le salon"));
    }

    @Test
    void consultationsRunningOnTheEventDayAreNotAskedToMove() {
        // lawyer L, defect 2: the headline asked every early need, live ones included, to « décaler » its launch
        String fr = RiskReport.summaryLine(List.of("A-01", "L-01", "L-02"), List.of(), List.of("L-01", "L-02"), 131, 8, 25, Messages.of("fr"));
        assertTrue(fr.startsWith("2 % des besoins sont lancés avant le salon ou moins de 8 semaines après (3 sur 131 : A-01, L-01, L-02) :"
                + " demandez à l’acheteur de chacun des autres de décaler son lancement"), fr);
        assertTrue(fr.contains("Ne demandez pas de décaler L-01, L-02 : ces consultations sont déjà lancées ou en cours le jour du salon,"
                + " elles ne se décalent plus ; n’en parlez pas au stand"), fr);
        // all of them live: nothing to move
        String all = RiskReport.summaryLine(List.of("L-01"), List.of(), List.of("L-01"), 131, 8, 25, Messages.of("fr"));
        assertFalse(all.contains("demandez à l’acheteur"), all);
        assertTrue(all.contains("aucun ne peut plus être décalé") && all.contains("cette consultation est déjà lancée"), all);
        String en = RiskReport.summaryLine(List.of("A-01", "L-01"), List.of(), List.of("L-01"), 131, 8, 25, Messages.of("en"));
        assertTrue(en.contains("ask the buyer of each of the others to launch later") && en.contains("Do not ask for L-01 to be moved"), en);
    }

    @Test
    void aLiveOrLaunchedNeedIsOneThatCanNoLongerBeMoved() {
        java.time.LocalDate edition = java.time.LocalDate.of(2026, 11, 26);
        org.vitrine.model.Need later = org.vitrine.risk.rules.need.TestNeeds.need().launch(org.vitrine.risk.rules.need.TestNeeds.day(2027, 3, 1)).build();
        org.vitrine.model.Need launched = org.vitrine.risk.rules.need.TestNeeds.need().launch(org.vitrine.risk.rules.need.TestNeeds.month(2026, 10)).build();
        org.vitrine.model.Need.Builder b = org.vitrine.risk.rules.need.TestNeeds.need().launch(org.vitrine.risk.rules.need.TestNeeds.day(2027, 1, 11)).build().toBuilder();
        b.live = "offers";
        assertFalse(RiskReport.launchedByEvent(later, edition));
        assertTrue(RiskReport.launchedByEvent(launched, edition));
        assertTrue(RiskReport.launchedByEvent(b.build(), edition));
    }
}

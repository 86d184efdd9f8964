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
}

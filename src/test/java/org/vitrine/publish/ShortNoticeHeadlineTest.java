package org.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;

/** The staff report's headline on early launches proposes an action in proportion to their number (lawyer F, D11). */
class ShortNoticeHeadlineTest {

    @Test
    void aFewEarlyLaunchesAskTheirBuyersToMoveThemNotTheEvent() {
        String fr = RiskReport.summaryLine(5, 131, 8, 25, Messages.of("fr"));
        assertTrue(fr.startsWith("4 % des besoins sont lancés avant le salon ou moins de 8 semaines après (5 sur 131)"), fr);
        assertTrue(fr.contains("demandez à l’acheteur de chacun de décaler son lancement"), fr);
        assertFalse(fr.contains("tenez le salon"), fr);
        String en = RiskReport.summaryLine(5, 131, 8, 25, Messages.of("en"));
        assertTrue(en.contains("(5 of 131): ask the buyer of each to launch later"), en);
    }

    @Test
    void aLargeShareSuggestsAnEarlierEvent() {
        String fr = RiskReport.summaryLine(33, 131, 8, 25, Messages.of("fr"));
        assertTrue(fr.contains("25 % des besoins") && fr.contains("tenir le salon en octobre–novembre de l’année précédente"), fr);
        assertFalse(fr.contains("demandez"), fr);
        // at the share itself
        assertTrue(RiskReport.summaryLine(1, 4, 8, 25, Messages.of("fr")).contains("tenir le salon"));
    }
}

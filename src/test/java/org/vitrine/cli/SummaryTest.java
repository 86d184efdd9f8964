package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.vitrine.messages.Messages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary stays readable on a large forecast: at most 20 unknown buyers named, the count of the others. */
class SummaryTest {

    @Test
    void namesTwentyUnknownBuyersThenCountsTheRest() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            names.add(String.format("Acheteur %03d", i));
        }
        String fr = Summary.shortList(names, Messages.of("fr"));
        assertTrue(fr.startsWith("Acheteur 001, Acheteur 002"), fr);
        assertTrue(fr.contains("Acheteur 020… et 180 autres (liste complète : internal/run-report.json"), fr);
        assertTrue(!fr.contains("Acheteur 021"), fr);
        String en = Summary.shortList(names, Messages.of("en"));
        assertTrue(en.contains("… and 180 more"), en);
        assertEquals("A, B", Summary.shortList(List.of("A", "B"), Messages.of("fr")));
    }
}

package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Officer Z3 (issue 22, defect 1): « Réfection des trottoirs » had no suggestion, and whole divisions (48000000-8
 * Logiciels…, 71000000-8 Services d'architecture…) came before the specific codes whose labels say the same words.
 */
class CpvSuggesterSpecificFirstTest {

    private static List<String> codes(String title, String typed) {
        return CpvSuggester.load().suggest(title, typed).stream().map(CpvSuggester.Suggestion::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Réfection des trottoirs de la rue Victor Hugo", "Réfection de trottoir", "Travaux de réfection des trottoirs",
        "Création de trottoirs avenue de la Gare"})
    void aPavementIsAFootpathWork(String title) {
        List<String> got = codes(title, null);
        assertFalse(got.isEmpty(), title);
        assertTrue(got.get(0).equals("45233161-5") || got.get(0).equals("45233160-8"), title + " → " + got);
    }

    @Test
    void movingWalkwaysStayMovingWalkways() {
        assertEquals("42416500-0", codes("Fourniture de trottoirs roulants", null).get(0));
    }

    @Test
    void aDivisionIsNeverProposedWhenADeeperCodeSaysTheSameWords() {
        // 71240000-2 « Services d'architecture, d'ingénierie et de planification » says all the division says of the title
        List<String> moe = codes("Maîtrise d'œuvre architecture et ingénierie", null);
        assertTrue(!moe.isEmpty() && moe.stream().noneMatch(c -> c.equals("71000000-8")), moe.toString());
        // an unknown code under the software division: the software maintenance codes, not « Logiciels et systèmes d'information »
        List<String> soft = codes("Maintenance des logiciels", "48000001");
        assertTrue(!soft.isEmpty() && soft.stream().noneMatch(c -> c.equals("48000000-8")), soft.toString());
        List<String> archi = codes("Services d'architecture", "71000001");
        assertTrue(!archi.isEmpty() && archi.get(0).equals("71200000-0"), archi.toString());
    }

    @Test
    void theSpecificCodeComesFirstWhenItsLabelSaysTheSameWords() {
        // « Services d'architecture » (71200000-0) is what the title names; the division only adds what it does not say
        List<String> got = codes("Services d'architecture pour la construction de l'école", null);
        assertTrue(!got.isEmpty() && !got.get(0).endsWith("000000-8") && got.get(0).startsWith("712"), got.toString());
    }
}

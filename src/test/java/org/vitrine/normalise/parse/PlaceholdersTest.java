package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bracket of only dots, underscores or question marks is a template's filler: the raw text says it, as folding leaves
 * no punctuation for the filler words to match (review R9: FILLER's punctuation forms were dead and are gone).
 */
class PlaceholdersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[...]", "[…]", "[___]", "[?]", "[???]", "[ ... ]", "[]", "[ ]", "[.]", "[_]"})
    void punctuationOnlyIsAPlaceholder(String bracket) {
        assertEquals(List.of(bracket), Placeholders.found("Nettoyage des locaux " + bracket));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[@]", "[at]", "[phase 2]"})
    void otherBracketsAreTheBuyers(String bracket) {
        assertEquals(List.of(), Placeholders.found("Nettoyage des locaux " + bracket));
    }
}

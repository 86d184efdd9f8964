package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A remark that refuses publication holds the need back (Confidential); attacker Y's remarks were published. */
class ConfidentialRemarksTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "à garder en interne pour l'instant | true",
        "pas encore validé, ne pas sortir | true",
        "SENSIBLE | true",
        "ne pas publier svp | true",
        // remarks that say why or how, not a refusal
        "Site sensible, visite accompagnée | false",
        "Non confidentiel | false",
        "Reconduction possible | false"})
    void aRemarkRefusingPublicationHoldsTheNeed(String remark, boolean held) {
        assertEquals(held, Confidential.says(remark));
    }
}

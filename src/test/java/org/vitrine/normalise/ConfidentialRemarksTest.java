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
        // review R3: a phrase of the list after a negation is none, as the remark words were before the list
        "Ce marché n'est pas sous embargo | false",
        "Pas hors diffusion, publiable | false",
        "Rapport non communicable | true",
        // review revH R2: a stamp of the list in capitals after a negation is none either
        "Ce marché n’est pas CONFIDENTIEL | false",
        "Besoin non CONFIDENTIEL | false",
        "Pas RESTREINT, publiable | false",
        "Besoin CONFIDENTIEL | true",
        "Entretien – Restreint | true",
        "Sous embargo jusqu'au conseil | true",
        "Non, ne pas diffuser | true",
        "Non, ne pas mettre en ligne | true",
        // a remark is about its row: its refusal holds with an object after it (decided, review R3)
        "Ne pas diffuser les chiffres avant le conseil | true",
        "Reconduction possible | false"})
    void aRemarkRefusingPublicationHoldsTheNeed(String remark, boolean held) {
        assertEquals(held, Confidential.says(remark));
    }
}

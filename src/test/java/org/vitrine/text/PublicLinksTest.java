package org.vitrine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Links written in free text (a description, a title) are published as a link column's are (PublicLinks). */
class PublicLinksTest {

    /** Tenth attack (V): « https://jean.dupont:(coordonnée retirée)/c » was published, the login public. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Voir https://jean.dupont:Secr3t15@marches.example.fr/c|Voir https://marches.example.fr/c",
        "Voir https://user19:pass19@marches.example.fr/c?mail=mx52@y.fr.|Voir https://marches.example.fr/c.",
        "(https://marches.example.fr/c/mx45@y.fr), puis https://marches.example.fr/d?q=0612345648 ; fin"
                + "|(https://marches.example.fr/c), puis https://marches.example.fr/d ; fin",
        "Dossier sur https://marches.example.fr/c?ref=2027-0612. Merci|Dossier sur https://marches.example.fr/c?ref=2027-0612. Merci",
        "Aucun lien ici, 06 12|Aucun lien ici, 06 12",
    })
    void aLinkInTextIsPublishedWithoutPersonalData(String text, String published) {
        assertEquals(published, PublicLinks.inText(text));
    }
}

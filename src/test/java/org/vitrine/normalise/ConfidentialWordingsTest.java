package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The commented list of confidential wordings (reference/confidential-wordings.txt), issue 16 F1: the 20 wordings
 * attacker Y3 saw published, in a title and in a remark, are held back; the same words used as words of what is
 * bought stay public (decided as an officer would).
 */
class ConfidentialWordingsTest {

    /** Attacker Y3's published wordings, and a few of their kin. */
    @ParameterizedTest(name = "« {0} » holds the need back")
    @ValueSource(strings = {"En interne uniquement", "Uniquement en interne", "Usage restreint", "Restreint", "Strictement interne",
        "Hors diffusion", "Hors publication", "Non destiné à la publication", "Ne pas mettre sur le site", "Réservé à l'équipe",
        "Con fidentiel", "Pas pour publication", "Privé – ne pas afficher", "Accès restreint", "RESTREINT", "Hors dif fusion",
        "Non destinée à la diffusion", "Ne pas mettre sur internet", "Réservé aux agents", "Not for distribution"})
    void aStampHoldsTheNeedBackInTheTitleAndTheRemarks(String wording) {
        assertNotNull(ConfidentialStamp.in("Entretien espaces verts T05 — " + wording), "title, set off by a dash");
        assertNotNull(ConfidentialStamp.in("Travaux voirie Z03 [" + wording + "]"), "title, in brackets");
        assertNotNull(ConfidentialStamp.in(wording), "the whole cell");
        assertTrue(Confidential.says(wording), "a remark");
    }

    /**
     * A stamp of the list is set off as ConfidentialStamp's own words are (review R2): in capitals in a text that is not,
     * or followed by a code only. « Entretien CONFIDENTIEL des parcs » and « Confidentiel mkd01 » were held back,
     * « Entretien RESTREINT des parcs » and « Restreint mkd01 » published.
     */
    @ParameterizedTest(name = "« {0} » is stamped « {1} »")
    @CsvSource(delimiter = '|', value = {
        "Entretien RESTREINT des parcs | RESTREINT",
        "Entretien CONFIDENTIEL des parcs | CONFIDENTIEL",
        "Restreint mkd01 | Restreint",
        "Confidentiel mkd01 | Confidentiel",
        "Audit ACCÈS RESTREINT des serveurs | ACCÈS RESTREINT",
        "Entretien – Réservé à l'équipe projet | Réservé à l'équipe projet",
        "Entretien des parcs – Con fidentiel | Con fidentiel",
        "For internal use | For internal use",
        "Audit [usage restreint] | usage restreint"})
    void aStampOfTheListIsSetOffAsTheStampWordsAre(String text, String stamp) {
        assertEquals(stamp, ConfidentialStamp.in(text));
    }

    /** A stamp of the list joined to a word by a hyphen is part of that word, not set off: « semi-privé ». */
    @ParameterizedTest(name = "« {0} » is a public need")
    @ValueSource(strings = {"Gardiennage d'un espace semi-privé", "Entretien de jardins semi-privés", "Accès restreint au site, badge remis"})
    void aStampJoinedToAWordIsNoStamp(String text) {
        assertNull(ConfidentialStamp.in(text));
        assertFalse(Confidential.says(text));
    }

    /** A phrase about publication holds the need back wherever it stands in the text. */
    @ParameterizedTest(name = "« {0} » holds the need back")
    @ValueSource(strings = {"Nettoyage des locaux hors diffusion jusqu'au vote du budget", "Travaux non destinés à la publication avant le conseil",
        "Entretien, merci de ne pas mettre sur le site", "Audit hors publication"})
    void aPhraseHoldsTheNeedBackAnywhere(String text) {
        assertNotNull(ConfidentialStamp.in(text));
        assertTrue(Confidential.says(text));
    }

    /** The words of the stamps used as words: what is bought, who may answer, where the works are. */
    @ParameterizedTest(name = "« {0} » is a public need")
    @ValueSource(strings = {"Marché réservé aux ESAT et SIAE", "Nettoyage des locaux – marché réservé", "Travaux de voirie avec accès restreint au site",
        "Accès restreint au site : badge remis par le service technique", "Détergent à usage interne", "Fourniture de détergents à usage interne et externe",
        "Produit phytosanitaire à usage restreint", "Mise en place d'un réseau strictement interne", "Gardiennage d'un parking privé",
        "Entretien des espaces verts – secteur privé", "Vestiaires réservés à l'équipe de nettoyage", "Ne pas afficher les prix unitaires",
        "Prestations d'impression hors publication des résultats", "Zone à circulation restreinte – signalisation", "Compas de diffusion",
        "Diffusion restreinte aux abonnés du service", "Formation des agents en interne et en externe"})
    void theWordsAsWordsArePublic(String text) {
        assertNull(ConfidentialStamp.in(text));
    }

    /** The same in a remark, where « usage interne » or « diffusion restreinte » anywhere still counts (the remark is about the row). */
    @ParameterizedTest(name = "remark « {0} » leaves the need public")
    @ValueSource(strings = {"Marché réservé aux ESAT et SIAE", "Accès restreint au site : badge remis par le service technique",
        "Vestiaires réservés à l'équipe de nettoyage", "Zone à circulation restreinte", "Parking privé à l'arrière", "Ne pas afficher les prix unitaires"})
    void theWordsAsWordsInARemarkArePublic(String text) {
        assertFalse(Confidential.says(text));
    }
}

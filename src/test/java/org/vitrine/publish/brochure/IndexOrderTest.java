package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The index's order: a French index's word-by-word filing, with the accents and articles a French reader expects. */
class IndexOrderTest {

    private static List<String> sorted(Locale locale, String... titles) {
        List<String> list = new ArrayList<>(List.of(titles));
        Collections.reverse(list);
        list.sort(IndexOrder.of(locale));
        return list;
    }

    /**
     * The examples' page 60: « d’une crèche » before « d’un lycée » (spaces skipped); word by word, an elided word
     * with the word it is elided into (« d’un » reads « dun »: after « de » and « du »).
     */
    @Test
    void wordByWordTheElisionInItsWord() {
        assertEquals(List.of("Construction de la piscine", "Construction du centre d’exploitation routier",
                        "Construction d’un lycée neuf à Sainte-Aure", "Construction d’une crèche de 60 berceaux",
                        "Construction d’une unité de traitement des nitrates", "Constructions modulaires"),
                sorted(Locale.FRENCH, "Constructions modulaires", "Construction du centre d’exploitation routier",
                        "Construction d’une unité de traitement des nitrates", "Construction de la piscine",
                        "Construction d’une crèche de 60 berceaux", "Construction d’un lycée neuf à Sainte-Aure"));
    }

    /** The last designer's point 6: « d’opportunité » was filed before « de faisabilité », its « d » a word. */
    @Test
    void deBeforeAnElidedD() {
        assertEquals(List.of("Étude de faisabilité d’une voie verte", "Étude d'impact", "Étude d’opportunité sur l’hydrogène vert"),
                sorted(Locale.FRENCH, "Étude d’opportunité sur l’hydrogène vert", "Étude d'impact", "Étude de faisabilité d’une voie verte"));
    }

    /**
     * Designer X, p64 and p68: « d’autobus » files as « dautobus », before « de bus »; « d’activités » before « des
     * lycées ». Java's French collator put the curly apostrophe after every letter.
     */
    @Test
    void anElidedWordFilesWithoutItsApostrophe() {
        assertEquals(List.of("Acquisition d’autobus", "Acquisition de bus", "Acquisition de cars"),
                sorted(Locale.FRENCH, "Acquisition de cars", "Acquisition de bus", "Acquisition d’autobus"));
        assertEquals(List.of("Collecte des déchets d’activités de soins", "Collecte des déchets des lycées"),
                sorted(Locale.FRENCH, "Collecte des déchets des lycées", "Collecte des déchets d’activités de soins"));
    }

    @Test
    void accentedInitialsAmongTheirLetter() {
        assertEquals(List.of("Eau potable", "Échographes portables", "Élagage", "Étude de circulation", "Fauteuils de prélèvement", "Zinguerie"),
                sorted(Locale.FRENCH, "Zinguerie", "Fauteuils de prélèvement", "Étude de circulation", "Élagage", "Échographes portables", "Eau potable"));
    }

    /** An opening article is not filed on; the title prints as written. */
    @Test
    void anOpeningArticleIsSkipped() {
        assertEquals(List.of("Balayage des voiries", "L’éclairage public", "Les maintenances d’ascenseurs", "Nettoyage", "La réfection des toitures", "Un système d’archivage"),
                sorted(Locale.FRENCH, "Un système d’archivage", "La réfection des toitures", "Nettoyage", "Les maintenances d’ascenseurs", "L’éclairage public", "Balayage des voiries"));
        assertEquals(List.of("Cleaning", "The road works"), sorted(Locale.ENGLISH, "The road works", "Cleaning"));
    }

    /** Case does not file (secondary strength): « lavage » and « Lavage » tie, told apart by their characters. */
    @Test
    void caseOnlyTiesAreBrokenByTheCharacters() {
        assertEquals(List.of("Lavage des sols", "lavage des vitres"), sorted(Locale.FRENCH, "lavage des vitres", "Lavage des sols"));
        assertEquals(List.of("Lavage", "lavage"), sorted(Locale.FRENCH, "lavage", "Lavage"));
    }
}

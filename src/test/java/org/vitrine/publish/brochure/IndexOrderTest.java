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

    /** The examples' page 60: « d’une crèche », « d’une unité », « d’un lycée », « du centre » (spaces skipped). */
    @Test
    void wordByWordTheElisionASeparator() {
        assertEquals(List.of("Construction d’un lycée neuf à Sainte-Aure", "Construction d’une crèche de 60 berceaux",
                        "Construction d’une unité de traitement des nitrates", "Construction de la piscine",
                        "Construction du centre d’exploitation routier", "Constructions modulaires"),
                sorted(Locale.FRENCH, "Constructions modulaires", "Construction du centre d’exploitation routier",
                        "Construction d’une unité de traitement des nitrates", "Construction de la piscine",
                        "Construction d’une crèche de 60 berceaux", "Construction d’un lycée neuf à Sainte-Aure"));
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

    /** Words that collate equal (case) are told apart by the whole title, so the order is total and repeatable. */
    @Test
    void tiesAreBrokenByTheWholeTitle() {
        assertEquals(List.of("lavage", "Lavage"), sorted(Locale.FRENCH, "Lavage", "lavage"));
    }
}

package org.vitrine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareTitlesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vérifications périodiques réglementaires des bâtiments (électricité, gaz) — part de la Métropole|Vérifications périodiques réglementaires des bâtiments (électricité, gaz)",
            "Papier d'impression recyclé — groupement de commandes (part de l'Université)|Papier d'impression recyclé",
            "Papier d'impression recyclé — groupement de commandes (part du SDIS)|Papier d'impression recyclé",
            "Fourniture d'électricité — groupement de commandes énergie (part de la Métropole, coordonnateur)|Fourniture d'électricité — groupement de commandes énergie",
            "Formation aux outils bureautiques — part d’Aure-sur-Saône|Formation aux outils bureautiques",
            "Formation - part des communes|Formation",
            // not a share: kept as the buyer wrote it
            "Produits pharmaceutiques (spécialités hors groupement régional)|Produits pharmaceutiques (spécialités hors groupement régional)",
            "Pièces détachées (partie mécanique)|Pièces détachées (partie mécanique)",
            "Travaux — partie de la toiture|Travaux — partie de la toiture",
            "(part de la Ville)|(part de la Ville)"})
    void theShareWrittenAtTheEndIsRemovedAndNothingElse(String title, String expected) {
        assertEquals(expected, ShareTitles.withoutShare(title));
    }
}

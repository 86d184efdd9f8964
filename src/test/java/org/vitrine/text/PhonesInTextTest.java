package org.vitrine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attacker W's phone forms, as written: separators the library does not read, look-alike letters for digits, nine
 * digits with a label before or after, a unit after a +33 number. Each is read as the one number it is (its key) and
 * removed; the legitimate values of the same attack stay.
 */
class PhonesInTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Visite : 06*12*34*56*42. => 0612345642",
        "Visite : 06 \u00B7 12 \u00B7 34 \u00B7 56 \u00B7 43. => 0612345643",
        "Visite : 06|12|34|56|44. => 0612345644",
        "Visite : 06~12~34~56~59. => 0612345659",
        "Visite : 06_12_34_56_89 (soulignés). => 0612345689",
        "Visite : 06\u206312\u206334\u206356\u206354. => 0612345654",
        "Visite : 06\u206212\u206234\u206456\u206155. => 0612345655",
        "Nettoyage, portable 06*12*34*56*04 => 0612345604",
        "Entretien espaces verts – tél 06|12|34|56|12 => 0612345612",
        "Visite : O6.12.34.56.40. => 0612345640",
        "Visite : o6 12 34 56 70. => 0612345670",
        "Visite : \u039F6 12 34 56 69 (omicron). => 0612345669",
        "Visite : \u041E6 12 34 56 68 (cyrillique). => 0612345668",
        "Visite : 06 12 34 56 7O (lettre O). => 0612345670",
        "Visite : 06 l2 34 56 72 (lettre l). => 0612345672",
        "Maintenance des toitures (tél. O6 12 34 56 03) => 0612345603",
        "Port. 6.12.34.56.48 pour la visite. => 0612345648",
        "Visite : 6 12 34 56 76 (portable). => 0612345676",
        "Visite : +33 6 12 34 56 78 € . => 0612345678",
        "Portable : 06 12 34 56 61 EUR. => 0612345661"})
    void attackerWsPhonesAreReadAsTheirNumber(String text, String key) {
        List<PhonesInText.Found> found = PhonesInText.in(ContactsInText.folded(text));
        assertEquals(List.of(key), found.stream().map(PhonesInText.Found::key).toList());
        assertEquals(-1, ContactsInText.removed(text, Set.of()).indexOf(found.get(0).written()));
    }

    /** « Hôtel » ends in « tel », which is no phone's label there; look-alikes outside a number stay letters. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hôtel 6 12 34 56 79",
        "Réservation Hôtel 6 12 34 56 79 et Motel 6 12 34 56 80",
        "Il 12 34 56 78",
        "Lot l2 et lot O6, série 12 34 56",
        "Maintenance des ascenseurs – lot 06 12 (2027)",
        "Coût estimé 06 12 34 56 € sur la durée.",
        "Montant supérieur à +612 345 678 €",
        "Montant indicatif 612 345 € HT par an.",
        "Fourniture d’électricité, CPV 09310000-5.",
        "Titulaire actuel SIRET 217 100 123 00017, renouvellement.",
        "Horaires d’ouverture 06 h 12 – 18 h 34.",
        "Période d’exécution du 12/06/2027 au 06/12/2027.",
        "Référence 0612345678 du précédent marché.",
        "Référence client 06 12 34 56 78 90 12 (compteur).",
        "Marché public n°06-12-345 lancé en 2026.",
        "3 * 4 * 5 * 6 * 7 * 8 * 9 * 10 * 11 cases"})
    void theLegitimateValuesStay(String text) {
        assertEquals(List.of(), PhonesInText.in(ContactsInText.folded(text)));
        assertEquals(text, ContactsInText.removed(text, Set.of()));
    }
}

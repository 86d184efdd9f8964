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

    /** Attacker X: any other sign between the digit groups (backslash, hash, comma, plus, emoji, combining underline). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Visite : 06\\12\\34\\56\\78. => 0612345678",
        "Visite : 06#12#34#56#71. => 0612345671",
        "Visite : 06,12,34,56,72. => 0612345672",
        "Visite : 06+12+34+56+73. => 0612345673",
        "Visite : 06 12 \uD83D\uDE42 34 56 74. => 0612345674",
        "Visite : 06\uD83D\uDCDE12\uD83D\uDCDE34\uD83D\uDCDE56\uD83D\uDCDE75. => 0612345675",
        "Visite : 0\u03326\u03321\u03322\u03323\u03324\u03325\u03326\u03327\u03326\u0332 merci => 0612345676",
        "Visite : 06 ! 12 ! 34 ! 56 ! 77. => 0612345677"})
    void attackerXsSeparatorsAreReadAsSpaces(String text, String key) {
        List<PhonesInText.Found> found = PhonesInText.in(ContactsInText.folded(text));
        assertEquals(List.of(key), found.stream().map(PhonesInText.Found::key).toList());
        String removed = ContactsInText.removed(text, Set.of());
        assertEquals(-1, removed.indexOf(found.get(0).written()));
        assertEquals(-1, removed.indexOf('\u0332'), removed);
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
        "3 * 4 * 5 * 6 * 7 * 8 * 9 * 10 * 11 cases",
        "CPV 09310000-5,45000000-7,71000000-8 (électricité, travaux).",
        "CPV 09310000-5;45000000-7.",
        "Allotissement : lots 01, 02, 03, 04, 05 et 06.",
        "Lots 01; 02; 03; 04; 05; 06; 07.",
        "Montant 1 234 567,89 € HT, soit 1 481 481,47 € TTC.",
        "Budget 2 000 000 € + 500 000 € d’options.",
        "Accueil 08:30-12:00 et 14:00-18:00, les 06/12 et 07/12.",
        "SIRET 21710012300017 ; Code postal 75012 ; CP 13001.",
        "Du 01.02.2027 au 31.12.2028 (24 mois).",
        "Marché n° 2026#0612#3456 (référence interne).",
        "Quantités 12\\34\\56 unités."})
    void theLegitimateValuesStay(String text) {
        assertEquals(List.of(), PhonesInText.in(ContactsInText.folded(text)));
        assertEquals(text, ContactsInText.removed(text, Set.of()));
    }
    /**
     * The attacker's re-run, N01/N11: a number spelt out in words, whole or mixed with digits, read as the ten digits
     * it says (French numbering: 0 and nine digits) and removed; its key is those digits, so the functional number in
     * words stays.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Visite : zéro trois quatre-vingt-cinq douze trente-quatre cinquante-six. => 0385123456",
        "Visite : 03 quatre-vingt-cinq 12 34 56. => 0385123456",
        "Appeler le zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit => 0612345678",
        "Appeler le 06 douze 34 cinquante-six 78 => 0612345678",
        "Appeler le ZÉRO SIX DOUZE TRENTE-QUATRE CINQUANTE-SIX QUATRE-VINGT-DIX-SEPT => 0612345697",
        "Appeler le zero six vingt et un trente quatre soixante et onze quatre vingt dix neuf => 0621347199",
        "Appeler le zéro-six / douze / trente-quatre / cinquante-six / quatre-vingts => 0612345680",
        "Appeler le zéro six un deux trois quatre cinq six sept huit, merci => 0612345678",
        "Appeler le 0 6 douze 34 56 septante-huit => 0612345678"})
    void aNumberSpeltOutInWordsIsReadAsItsDigits(String text, String key) {
        List<PhonesInText.Found> found = PhonesInText.in(ContactsInText.folded(text));
        assertEquals(List.of(key), found.stream().map(PhonesInText.Found::key).toList());
        String removed = ContactsInText.removed(text, Set.of());
        assertEquals(-1, removed.indexOf(found.get(0).written()), removed);
        assertEquals(List.of(found.get(0).written()), ContactsInText.found(text, Set.of()));
        // the buyer's functional number, spelt out, stays
        assertEquals(text, ContactsInText.removed(text, Set.of(key)));
    }

    /**
     * Issue 16 (safetyH): the international form in words or mixed, « plus trente-trois … », « +33 trois 85 … »,
     * « 00 trente-trois … » (published: only the national form was read in words); the digit forms « 00 33 3 … »,
     * « (0)3 … », « +33 (0)3 … » held and still do. The key is the national number, so the functional one stays.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Tél : plus trente-trois trois quatre-vingt-cinq douze trente-quatre cinquante-six => 0385123456",
        "Tél : +33 trois 85 12 34 56 => 0385123456",
        "Tél : + trente-trois 3 85 12 34 56 => 0385123456",
        "Tél : plus 33 3 85 12 34 56, merci => 0385123456",
        "Tél : +33 3 quatre-vingt-cinq 12 34 56 => 0385123456",
        "Tél : 00 trente-trois trois quatre-vingt-cinq douze trente-quatre cinquante-six => 0385123456",
        "Tél : plus trente-trois (zéro) trois quatre-vingt-cinq douze trente-quatre cinquante-six => 0385123456",
        "Tél : +33 (0) trois 85 12 34 56 => 0385123456",
        "Tél : PLUS TRENTE-TROIS SIX DOUZE TRENTE-QUATRE CINQUANTE-SIX SOIXANTE-DIX-HUIT => 0612345678",
        "Tél : plus trente-deux deux 123 quarante-cinq soixante-sept => 3221234567",
        "Tél : 00 33 3 85 12 34 56 => 0385123456",
        "Tél : (0)3 85 12 34 56 => 0385123456",
        "Tél : +33 (0)3 85 12 34 56 => 0385123456"})
    void anInternationalNumberInWordsIsReadAsItsDigits(String text, String key) {
        aNumberSpeltOutInWordsIsReadAsItsDigits(text, key);
    }

    /**
     * Attacker Y3 (F4, issue 16): nine digits without the trunk 0 after « joindre … au », « joignable au », and a label
     * before nine digits in words (« Portable : six douze trente-quatre cinquante-six quarante-huit »).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Joindre Paul au 6 12 34 56 07 => 0612345607",
        "Le technicien est joignable au 612345641 => 0612345641",
        "Contacter le 6 12 34 56 08 le matin => 0612345608",
        "Portable : six douze trente-quatre cinquante-six quarante-huit => 0612345648",
        "Tél. six, douze, trente-quatre, cinquante-six, quarante-neuf => 0612345649"})
    void attackerY3sNumbersWithoutTheirTrunkZeroAreRead(String text, String key) {
        aNumberSpeltOutInWordsIsReadAsItsDigits(text, key);
    }

    /** Attacker Y3 (F4, P45, safetyJ): a number spelt out in English words, read as the French ones are. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Call zero six twelve thirty-four fifty-six forty-five => 0612345645",
        "Phone: zero three eighty-five twelve thirty-four fifty-six => 0385123456",
        "zero six seventeen eighteen nineteen ninety-nine => 0617181999",
        "Mobile: ZERO SIX TWELVE THIRTY FOUR FIFTY SIX SEVENTY EIGHT => 0612345678",
        "Mobile : six twelve thirty-four fifty-six forty-eight => 0612345648"})
    void safetyJsNumbersInEnglishWordsAreRead(String text, String key) {
        aNumberSpeltOutInWordsIsReadAsItsDigits(text, key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "One, two, three, four, five: five lots over ten years.",
        "Zero defects over twelve months, one site, two lots, three years.",
        "Zéro one deux lots"})
    void safetyJsEnglishNumbersInOrdinaryTextStay(String text) {
        numbersInWordsInOrdinaryTextStay(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Six douze trente-quatre cinquante-six quarante-huit : les lots de l'accord-cadre.",
        "Joindre au dossier 612 345 € de travaux",
        "Contacter le service pour les lots six, douze, trente-quatre et cinquante-six."})
    void attackerY3sLabelsWithoutANumberStay(String text) {
        numbersInWordsInOrdinaryTextStay(text);
    }

    /** Numbers in words with « plus » or « + » in ordinary text: no country code then a whole number. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Trente-trois lots en deux mille vingt-sept.",
        "Au plus trente-trois lots, trois sites, quatre-vingt-cinq agents.",
        "Plus trente-trois pour cent en deux mille vingt-sept, douze mois.",
        "Hausse de +33 % en deux mille vingt-sept, trois lots, douze mois.",
        "Plus de trente-trois trois-pièces, quatre-vingt-cinq studios, douze maisons, trente-quatre garages.",
        "Un plus un, deux plus deux, trois plus trois, quatre plus quatre."})
    void internationalLookingWordsInOrdinaryTextStay(String text) {
        numbersInWordsInOrdinaryTextStay(text);
    }

    /** Numbers in words in ordinary text: fewer than five groups, or not ten digits starting with 0. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Marché en deux lots pour trois ans, quatre-vingts postes.",
        "Renouvelable trois fois un an, soit quatre ans au plus.",
        "Un, deux, trois, quatre, cinq : cinq lots en tout.",
        "Lots un deux trois quatre cinq six sept huit neuf dix",
        "Vingt-deux écoles, trente-quatre classes, cinquante-six agents, soixante-dix-huit postes, quatre-vingt-dix bureaux.",
        "Zéro défaut : douze mois de garantie, trente-quatre sites, cinquante-six véhicules.",
        "Zéro papier en deux mille vingt-sept, cent postes.",
        "Deux cent trente-quatre mille cinq cents euros"})
    void numbersInWordsInOrdinaryTextStay(String text) {
        assertEquals(List.of(), PhonesInText.in(ContactsInText.folded(text)));
        assertEquals(text, ContactsInText.removed(text, Set.of()));
    }
}

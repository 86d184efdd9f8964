package org.vitrine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** E-mail addresses and phone numbers in free text, removed from the public copy; the buyer's functional contact stays. */
class ContactsInTextTest {

    static final Set<String> FUNCTIONAL = Set.of(ContactsInText.key("achats@ville.fr"), ContactsInText.key("03 00 00 06 06"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Contact : marie.dupont@ville.fr | Contact : (coordonnée retirée)",
        "Écrire à mailto:marie.dupont@ville.fr. Merci | Écrire à (coordonnée retirée). Merci",
        "Mme Dupont (marie.dupont@ville.fr) | Mme Dupont (coordonnée retirée)",
        "paul.roux (at) ville.fr | (coordonnée retirée)",
        "Mme Dupré : hélène.dupré@ville-saône.fr | Mme Dupré : (coordonnée retirée)",
        "tél. 06/12/34/56/78 | tél. (coordonnée retirée)",
        "marie.dupont\uFF20ville.fr | (coordonnée retirée)",
        "paul.roux[at]ville[dot]fr | (coordonnée retirée)",
        "Tél. 06 12 34 56 78 | Tél. (coordonnée retirée)",
        "appeler le 06.12.34.56.78 ou le +33 6 98 76 54 32 | appeler le (coordonnée retirée) ou le (coordonnée retirée)",
        "portable : 0611223344 | portable : (coordonnée retirée)",
        "+33 (0)1 23 45 67 89 | (coordonnée retirée)",
        "Service achats : achats@ville.fr, standard 03 00 00 06 06 | Service achats : achats@ville.fr, standard 03 00 00 06 06",
        "le standard +33 3 00 00 06 06 | le standard +33 3 00 00 06 06",
        "Montant 1 000 000 €, CPV 30213100-6, SIRET 26710045600016 | Montant 1 000 000 €, CPV 30213100-6, SIRET 26710045600016",
        "Référence 0612345678 | Référence 0612345678",
        "Lots 01 à 04, 2027-2030 | Lots 01 à 04, 2027-2030",
        "Date 01.02.2027 | Date 01.02.2027"})
    void aPersonsContactIsRemovedTheFunctionalOneStays(String text, String published) {
        assertEquals(published, ContactsInText.removed(text, FUNCTIONAL));
    }

    /** Review A1: an address underlined with U+0332 after each letter is an address (the fold drops the marks). */
    @org.junit.jupiter.api.Test
    void anUnderlinedAddressIsRemoved() {
        String text = "\u00C9crire \u00E0 m\u0332a\u0332r\u0332i\u0332e\u0332.\u0332d\u0332u\u0332p\u0332o\u0332n\u0332t\u0332@v\u0332i\u0332l\u0332l\u0332e\u0332.f\u0332r\u0332";
        assertEquals(List.of("marie.dupont@ville.fr"), ContactsInText.found(text, Set.of()));
        assertEquals("\u00C9crire \u00E0 (coordonn\u00E9e retir\u00E9e)", ContactsInText.removed(text, Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"+33 6 12 34 56 78 | 0612345678", "0033612345678 | 0612345678", "06.12.34.56.78 | 0612345678",
        "+33 (0)6 12 34 56 78 | 0612345678", "MAILTO:Marie@Ville.FR | marie@ville.fr"})
    void anAddressIsComparedByItsKey(String address, String key) {
        assertEquals(key, ContactsInText.key(address));
        assertEquals(List.of(), ContactsInText.found(address, Set.of(key)));
    }

    /** Disguised forms (seventh attack) read after one folding, both ways: amounts, dates and codes stay. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Contact : marie.dupont&commat;ville.fr | Contact : (coordonnée retirée)",
        "Contact : marie.dupont&#64;ville.fr | Contact : (coordonnée retirée)",
        "Contact : marie.dupont%40ville.fr | Contact : (coordonnée retirée)",
        "Contact : marie.dupont\uFF20ville\uFF0Efr | Contact : (coordonnée retirée)",
        "Contact : marie.dupont@ville\u2011saone.fr | Contact : (coordonnée retirée)",
        "Tél. \uFF10\uFF16 \uFF11\uFF12 \uFF13\uFF14 \uFF15\uFF16 \uFF17\uFF18 | Tél. (coordonnée retirée)",
        "Appeler le 0 6 1 2 3 4 5 6 7 8 | Appeler le (coordonnée retirée)",
        "Appeler le 06 12 <b>34</b> 56 78 | Appeler le (coordonnée retirée)",
        "Appeler le 06 1234 5678 | Appeler le (coordonnée retirée)",
        "Appeler le 06\u200B12\u200B34\u200B56\u200B78 | Appeler le (coordonnée retirée)",
        "Écrire à marie\u200D.dupont@ville\u2060.fr | Écrire à (coordonnée retirée)",
        "Bruxelles : +32 2 123 45 67 | Bruxelles : (coordonnée retirée)",
        "écrire à marie dot dupont at ville dot fr | écrire à (coordonnée retirée)",
        "écrire à mdupont@ville | écrire à (coordonnée retirée)",
        "Échéance 2027-06-12, montant 12 345 678 € | Échéance 2027-06-12, montant 12 345 678 €",
        "CPV 30213100-6 et 45000000-7, lot 0 1 | CPV 30213100-6 et 45000000-7, lot 0 1",
        "Hausse de +1 000 000 € | Hausse de +1 000 000 €",
        "Référence 2027/0612/3456 | Référence 2027/0612/3456",
        "Taux 100 % et marge 5 %40 | Taux 100 % et marge 5 %40",
        "Look at the results | Look at the results",
        "Service achats : achats\uFF20ville\uFF0Efr | Service achats : achats\uFF20ville\uFF0Efr"})
    void aDisguisedContactIsFoldedThenRemoved(String text, String published) {
        assertEquals(unescape(published), ContactsInText.removed(unescape(text), FUNCTIONAL));
        assertEquals(published.equals(text), ContactsInText.found(unescape(text), FUNCTIONAL).isEmpty());
    }

    /**
     * Eighth attack: the forms that were published, each removed, beside the legitimate values that look like them
     * (amounts, SIRET, CPV codes, dates, references), which stay as written.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Appeler le 0612 345 683 | Appeler le (coordonnée retirée)",
        "Appeler le (+33) 6 12 34 56 83 | Appeler le (coordonnée retirée)",
        "Appeler le +33 (0)6 12 34 56 83 | Appeler le (coordonnée retirée)",
        "Appeler le \u0660\u0666 \u0661\u0662 \u0663\u0664 \u0665\u0666 \u0668\u0660 | Appeler le (coordonnée retirée)",
        // digits beyond U+FFFF (Adlam) are read as digits too, a code point at a time
        "Appeler le \uD83A\uDD50\uD83A\uDD56\uD83A\uDD51\uD83A\uDD52\uD83A\uDD53\uD83A\uDD54\uD83A\uDD55\uD83A\uDD56\uD83A\uDD58\uD83A\uDD53 | Appeler le (coordonnée retirée)",
        "Appeler le \u06F0\u06F6\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F8\u06F0 | Appeler le (coordonnée retirée)",
        "Appeler le \uFF10\uFF16\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF18\uFF13 | Appeler le (coordonnée retirée)",
        "New York : +1 212 555 0100 | New York : (coordonnée retirée)",
        "New York : +1 (212) 555-0176 | New York : (coordonnée retirée)",
        "Appelez le 0612345601 | Appelez le (coordonnée retirée)",
        "Beaumont 0712345661 | Beaumont (coordonnée retirée)",
        "écrire à jdupont @ ville . fr | écrire à (coordonnée retirée)",
        "écrire à jdupont at ville dot fr | écrire à (coordonnée retirée)",
        "écrire à jdupont at ville.fr | écrire à (coordonnée retirée)",
        "écrire à jdupont(a)ville.fr | écrire à (coordonnée retirée)",
        "écrire à jdupont (a) ville.fr | écrire à (coordonnée retirée)",
        "écrire à jdupont chez ville.fr | écrire à (coordonnée retirée)",
        "écrire à jdupont%2540ville.fr | écrire à (coordonnée retirée)",
        "écrire à jdupont%40ville%2Efr | écrire à (coordonnée retirée)",
        // legitimate values, published as written
        "Référence 0612345678 | Référence 0612345678",
        "Réf. : 0712345678 | Réf. : 0712345678",
        "Marché n° 0612345678 | Marché n° 0612345678",
        "0612345664 | 0612345664",
        "Référence 2027-0612 | Référence 2027-0612",
        "Montant 612 345 € HT | Montant 612 345 € HT",
        "Montant 1 612 345 683 € | Montant 1 612 345 683 €",
        "SIRET 26710045600016, CPV 45000000-7 | SIRET 26710045600016, CPV 45000000-7",
        "Réunion le 01/02/2027 10:00 | Réunion le 01/02/2027 10:00",
        "Bureau (212) 555-0176 | Bureau (212) 555-0176",
        "Hausse de +1 000 000 € | Hausse de +1 000 000 €",
        "Travaux chez le titulaire, prise en charge chez Dupont | Travaux chez le titulaire, prise en charge chez Dupont",
        "Article 3 (a) du CCAP. Voir annexe | Article 3 (a) du CCAP. Voir annexe",
        "Look at the results dot com | Look at the results dot com",
        "Fin de la phase 1 . Début de la phase 2 | Fin de la phase 1 . Début de la phase 2"})
    void theEighthAttacksFormsAreRemovedTheLegitimateValuesStay(String text, String published) {
        assertEquals(unescape(published), ContactsInText.removed(unescape(text), FUNCTIONAL));
        assertEquals(published.equals(text), ContactsInText.found(unescape(text), FUNCTIONAL).isEmpty());
    }

    /**
     * Attacker V: ten digits 0X in any grouping (the hand-written pattern knew groupings), the trunk 0 in brackets or
     * after +33, nine digits after « Tél » (PhonesInText, libphonenumber); the legitimate values beside them stay.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Visite : 06 12 34 5673 | Visite : (coordonnée retirée)",
        "Appeler le 0612 34 5674 | Appeler le (coordonnée retirée)",
        "Appeler le 06 1234 56 75 | Appeler le (coordonnée retirée)",
        "Appeler le 061 234 5676 | Appeler le (coordonnée retirée)",
        "Appeler le 06 123 456 77 | Appeler le (coordonnée retirée)",
        "Appeler le 06 12 345 687 | Appeler le (coordonnée retirée)",
        "Appeler le 0 612 345 686 | Appeler le (coordonnée retirée)",
        "Appeler le 06 12 34 56 7 3 | Appeler le (coordonnée retirée)",
        "Appeler le (0)6 12 34 56 84 | Appeler le (coordonnée retirée)",
        "Appeler le +33.6.12.34.56.82 | Appeler le (coordonnée retirée)",
        "Appeler le +33 0 6 12 34 56 80 | Appeler le (coordonnée retirée)",
        "Tél : 6 12 34 56 79 | Tél : (coordonnée retirée)",
        "Lot 1 : Entretien, tél 06 12 34 5692 | Lot 1 : Entretien, tél (coordonnée retirée)",
        "Londres : +44 20 7946 0975 | Londres : (coordonnée retirée)",
        // a unit after the number does not make it an amount when it starts with its trunk 0 (attacker W)
        "Ascenseurs – portable 06 12 34 56 01 € | Ascenseurs – portable (coordonnée retirée) €",
        "Portable : 06 12 34 56 61 EUR | Portable : (coordonnée retirée) EUR",
        "Taux 06-12-34-56-73 % | Taux (coordonnée retirée) %",
        // legitimate values, published as written
        "Montant 612 345 € | Montant 612 345 €",
        "Montant 1 212 555 € | Montant 1 212 555 €",
        "SIRET 267 100 456 00016 | SIRET 267 100 456 00016",
        "SIREN 267 100 456 et CPV 30213100-6 | SIREN 267 100 456 et CPV 30213100-6",
        "Remise le 06/12/2027 à 10:00 | Remise le 06/12/2027 à 10:00",
        "Référence 2027-0612 | Référence 2027-0612",
        "marché n° 0612345690 | marché n° 0612345690",
        "Dossier 0612345691 | Dossier 0612345691",
        "Réf. 0612345678 | Réf. 0612345678",
        "Certifié ISO 9001:2015 | Certifié ISO 9001:2015",
        // CPV codes starting with 0, which the library reads as French 09 numbers (the examples' electricity and fuels)
        "CPV 09310000-5 | CPV 09310000-5",
        "09123000-7 | 09123000-7",
        "Codes 03221000-6 ; 09134200-9 et 09310000 | Codes 03221000-6 ; 09134200-9 et 09310000",
        "New York 1-212-555-0135 | New York 1-212-555-0135"})
    void attackerVsGroupingsAreRemovedTheLegitimateValuesStay(String text, String published) {
        assertEquals(published, ContactsInText.removed(text, FUNCTIONAL));
        assertEquals(published.equals(text), ContactsInText.found(text, FUNCTIONAL).isEmpty());
    }

    /** The buyer's functional number stays however it is grouped, the trunk 0 left out after « Tél » too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"standard 0300 00 0606", "Tél : 3 00 00 06 06", "standard +33 0 3 00 00 06 06"})
    void theFunctionalNumberStaysInAnyGrouping(String text) {
        assertEquals(text, ContactsInText.removed(text, FUNCTIONAL));
    }

    /**
     * Tenth attack (V): each disguise of the at sign and dot, folded to one canonical form before the one address
     * pattern, is removed; a web site after « chez » or « at » and the sentences around stay.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Écrire à mx32 [@] ville.fr | Écrire à (coordonnée retirée)",
        "Écrire à mx33 (@) ville.fr | Écrire à (coordonnée retirée)",
        "Écrire à mx52(@)ville.fr | Écrire à (coordonnée retirée)",
        "Écrire à mx36 [@] ville [.] fr | Écrire à (coordonnée retirée)",
        "Écrire à mx37 <at> ville.fr | Écrire à (coordonnée retirée)",
        "Écrire à mx38 -at- ville.fr | Écrire à (coordonnée retirée)",
        "Écrire à mx39 _at_ ville.fr | Écrire à (coordonnée retirée)",
        "Écrire à mx17 {at} ville.fr | Écrire à (coordonnée retirée)",
        "Écrire à mx43 at ville . fr | Écrire à (coordonnée retirée)",
        "Écrire à mx44 (a) ville dot fr | Écrire à (coordonnée retirée)",
        "Écrire à mx45 @ ville \u00B7 fr | Écrire à (coordonnée retirée)",
        "Écrire à mx49 @ ville (.) fr | Écrire à (coordonnée retirée)",
        "Écrire à m x 5 0 @ v i l l e . f r | Écrire à (coordonnée retirée)",
        "Écrire à mx53 chez ville[.]fr | Écrire à (coordonnée retirée)",
        "Écrire à mx54 @ ville [.] fr | Écrire à (coordonnée retirée)",
        "Écrire à mx55 at ville[.]fr | Écrire à (coordonnée retirée)",
        "Écrire à mx57 \u24D0 ville.fr | Écrire à (coordonnée retirée)",
        "Écrire à mx58 @@ ville.fr | Écrire à (coordonnée retirée)",
        "Écrire à mx60 chez ville .fr | Écrire à (coordonnée retirée)",
        "Écrire à mx12 chez ville . fr | Écrire à (coordonnée retirée)",
        "Lot 2 : écrire à mx80 [@] ville.fr | Lot 2 : écrire à (coordonnée retirée)",
        "écrire à jdupont chez ville.gouv.fr ou à marie.roux at ville.fr | écrire à (coordonnée retirée) ou à (coordonnée retirée)",
        // web sites and sentences, published as written
        "Site hébergé chez ovh.fr et chez Dupont SA | Site hébergé chez ovh.fr et chez Dupont SA",
        "Site hébergé chez ovh.com, voir ville-beaumont.fr | Site hébergé chez ovh.com, voir ville-beaumont.fr",
        "Meet us at the fair, look at ville-beaumont.fr | Meet us at the fair, look at ville-beaumont.fr",
        "Suivez @VilleBeaumont et la mairie | Suivez @VilleBeaumont et la mairie",
        "Article 3 (a) du CCAP. Voir ville.fr | Article 3 (a) du CCAP. Voir ville.fr",
        "Agent\u00B7e\u00B7s d'accueil, rendez-vous at salon | Agent\u00B7e\u00B7s d'accueil, rendez-vous at salon",
        "Données at-rest chiffrées, lot 0 1 | Données at-rest chiffrées, lot 0 1",
        "Service achats : achats [@] ville [.] fr | Service achats : achats [@] ville [.] fr"})
    void theTenthAttacksDisguisesAreFoldedOnceTheWebSitesStay(String text, String published) {
        assertEquals(unescape(published), ContactsInText.removed(unescape(text), FUNCTIONAL));
        assertEquals(published.equals(text), ContactsInText.found(unescape(text), FUNCTIONAL).isEmpty());
    }

    /**
     * Attacker W's e-mail disguises and profile link, as written (quotes and apostrophes included, hence no CSV), read
     * on the public copy, which is the cell cleaned of its markup (« mdurand03&lt;at&gt;… » lost its at sign there and was
     * published « mdurand03 ville-beaumont.fr »); the legitimate values of the same attack are published as written.
     */
    static Stream<Arguments> attackerW() {
        String gone = ContactsInText.REMOVED;
        return Stream.of(
            Arguments.of("Contact technique : mdurand03<at>ville-beaumont.fr", "Contact technique : " + gone),
            Arguments.of("Contact technique : mdurand40<at>ville-beaumont<dot>fr", "Contact technique : " + gone),
            Arguments.of("Contact technique : mdurand81 <@> ville-beaumont.fr", "Contact technique : " + gone),
            Arguments.of("Contact technique : mdurand88 &lt;at&gt; ville-beaumont.fr", "Contact technique : " + gone),
            Arguments.of("Contact technique : mdurand90&#60;at&#62;ville-beaumont.fr", "Contact technique : " + gone),
            Arguments.of("Contact technique : mdurand42 (chez) ville-beaumont.fr", "Contact technique : " + gone),
            Arguments.of("mdurand32 [chez] ville-beaumont [point] fr", gone),
            Arguments.of("Contact technique : mdurand66 -@- ville-beaumont.fr", "Contact technique : " + gone),
            Arguments.of("Contact technique : mdurand70 /at/ ville-beaumont.fr", "Contact technique : " + gone),
            Arguments.of("Contact technique : mdurand71 *at* ville-beaumont.fr", "Contact technique : " + gone),
            Arguments.of("Contact technique : mdurand72 'at' ville-beaumont.fr", "Contact technique : " + gone),
            Arguments.of("Contact technique : mdurand73 « at » ville-beaumont.fr", "Contact technique : " + gone),
            Arguments.of("Contact technique : mdurand84 -at- ville-beaumont -point- fr", "Contact technique : " + gone),
            Arguments.of("mdurand28 -at- ville-beaumont -dot- fr", gone),
            Arguments.of("Contact technique : \"m.durand44\"@ville-beaumont.fr", "Contact technique : " + gone),
            Arguments.of("Nettoyage – contact \"mdurand93\"@ville-beaumont.fr", "Nettoyage – contact " + gone),
            Arguments.of("Contact technique : mdurand45@[192.168.1.10]", "Contact technique : " + gone),
            Arguments.of("Contact technique : mdurand83 [at] ville-beaumont", "Contact technique : " + gone),
            Arguments.of("Contact technique : mdurand87 @ ville-beaumont", "Contact technique : " + gone),
            Arguments.of("Contact technique : \u24DC\u24D3\u24E4\u24E1\u24D0\u24DD\u24D374@ville-beaumont.fr", "Contact technique : " + gone),
            Arguments.of("Profil : linkedin.com/in/sophie-martin-80", "Profil : " + gone),
            Arguments.of("Voir https://fr.linkedin.com/in/jean-dupont. Merci", "Voir " + gone + ". Merci"),
            Arguments.of("Profil www.viadeo.com/p/002abc", "Profil " + gone),
            // legitimate: a buyer's page, a handle, law, a meeting, the attack's own legitimate values
            Arguments.of("Suivez linkedin.com/company/ville-beaumont et x.com/VilleBeaumont", null),
            Arguments.of("Article 3 (a) du CCAP. Voir ville.fr", null),
            Arguments.of("l'art.3 (a) relatif aux pénalités", null),
            Arguments.of("Réunion le 12 @ Mairie, 2 @ 3", null),
            Arguments.of("Site hébergé chez ovh.fr, sauvegarde incluse.", null),
            Arguments.of("Pour le plan d’accès, look at ville-beaumont.fr rubrique accès.", null),
            Arguments.of("Travaux de réfection du restaurant « chez Dupont » place du marché.", null),
            Arguments.of("Consultation préparée chez Dupont & Fils, notaires.", null),
            Arguments.of("Matériel at cost, look at the results.", null),
            Arguments.of("Vente-a-emporter.fr et pommes-a-cidre", null),
            Arguments.of("Le rapport « Diffusion interne et externe de l’information » sera mis à jour.", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attackerW")
    void attackerWsDisguisesAreRemovedFromThePublicCopy(String text, String published) {
        String expected = published == null ? CellText.withoutMarkup(text, CellText.IGNORED) : published;
        assertEquals(expected, ContactsInText.removed(CellText.withoutMarkup(text, CellText.IGNORED), FUNCTIONAL));
        assertEquals(published == null, ContactsInText.found(text, FUNCTIONAL).isEmpty());
    }

    /** Attacker X: e-mails disguised by « #at# », an escaped « \\@ », a quoted local part with a space; what stays. */
    static Stream<Arguments> attackerX() {
        String gone = ContactsInText.REMOVED;
        return Stream.of(
            Arguments.of("Écrire à jdupont#at#ville-beaumont.fr", "Écrire à " + gone),
            Arguments.of("Écrire à jdupont #at# ville-beaumont #dot# fr", "Écrire à " + gone),
            Arguments.of("Écrire à jdupont\\@ville-beaumont.fr", "Écrire à " + gone),
            Arguments.of("Écrire à jdupont\\@ville-beaumont\\.fr, merci", "Écrire à " + gone + ", merci"),
            Arguments.of("Écrire à \"jean dupont\"@ville-beaumont.fr", "Écrire à " + gone),
            Arguments.of("Écrire à “jean dupont”@ville-beaumont.fr", "Écrire à " + gone),
            // legitimate: a hashtag, a quotation, an escaped sign that is no address, the functional contact escaped
            Arguments.of("Suivez #ville #at #2027 sur le site", null),
            Arguments.of("Le slogan « Vivre ensemble » et \"le sport pour tous\" à @Ville", null),
            Arguments.of("Lot #1 et lot #2 : 10 \\@ 20 €", null),
            Arguments.of("Service achats : achats\\@ville.fr", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attackerX")
    void attackerXsDisguisesAreRemovedFromThePublicCopy(String text, String published) {
        assertEquals(published == null ? text : published, ContactsInText.removed(text, FUNCTIONAL));
        assertEquals(published == null, ContactsInText.found(text, FUNCTIONAL).isEmpty());
    }

    /** Attacker Y (issue 16, §6): contacts published as written; and attacker Y's legitimate values, kept. */
    static Stream<Arguments> attackerY() {
        String gone = ContactsInText.REMOVED;
        return Stream.of(
            Arguments.of("Profil : https://www.facebook.com/jean.trqfb01", "Profil : " + gone),
            Arguments.of("Profil : https://www.instagram.com/jean_trqig02", "Profil : " + gone),
            Arguments.of("Profil : https://github.com/jtrqgh03", "Profil : " + gone),
            Arguments.of("Profil : https://www.malt.fr/profile/jeantrqml04", "Profil : " + gone),
            Arguments.of("Prendre rendez-vous : https://calendly.com/jean-trqcal05", "Prendre rendez-vous : " + gone),
            Arguments.of("Profil : https://lnkd.in/trqln06", "Profil : " + gone),
            Arguments.of("LinkedIn : jean-trqli08", gone),
            Arguments.of("Profil : https://www.linkedin.com/mwlite/in/jean-trqli10", "Profil : " + gone),
            Arguments.of("Profil : linkedin.com/profile/view?id=trqli11", "Profil : " + gone),
            Arguments.of("Profil : https://www.doyoubuzz.com/jean-trqdb13.", "Profil : " + gone + "."),
            Arguments.of("WhatsApp : https://wa.me/33647839113", "WhatsApp : " + gone),
            Arguments.of("Joindre au 06ˑ47ˑ83ˑ91ˑ20", "Joindre au " + gone),
            Arguments.of("Écrire à jtrq02 arrobe ville-beaumont.fr", "Écrire à " + gone),
            Arguments.of("Écrire à jtrq11 at ville-beaumont dot bzh", "Écrire à " + gone),
            // legitimate (L21, L26, L28, L30 and the like): kept as written
            Arguments.of("Site de la ville : www.ville-beaumont.fr, hébergé chez ovh.fr.", null),
            Arguments.of("Rendez-vous à mairie.fr, puis à Beaumont.", null),
            Arguments.of("Téléphonie : 1 200 lignes, 3 000 postes, standard 24h/24.", null),
            Arguments.of("Pièces détachées réf. 06-47-83-A1 et 4711-0023.", null),
            Arguments.of("Dossier 0647839177 (archives), lot 06/12.", null),
            Arguments.of("Présentation sur linkedin.com/company/ville-beaumont", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attackerY")
    void attackerYsContactsAreRemovedFromThePublicCopy(String text, String published) {
        assertEquals(published == null ? text : published, ContactsInText.removed(text, FUNCTIONAL));
    }

    /**
     * Attacker's re-run, M13/M24: « à » written for the at sign between a local part that looks like an address's (a
     * dot, a digit, an underscore or « + » in it, no space) and a domain with its ending; the French « à » of every
     * sentence stays, and so does a web site (« www. », a local part that is itself a domain, a file name).
     */
    static Stream<Arguments> atWrittenAsA() {
        String gone = ContactsInText.REMOVED;
        return Stream.of(
            Arguments.of("Contact : jean.dupont à mairie-exemple.fr", "Contact : " + gone),
            Arguments.of("écrire à j.martin à domaine.fr", "écrire à " + gone),
            Arguments.of("Écrire à j.martin à domaine.fr ou à mdurand83 à ville-beaumont.fr.", "Écrire à " + gone + " ou à " + gone + "."),
            Arguments.of("Questions : jean_dupont À Mairie-Exemple.FR, merci", "Questions : " + gone + ", merci"),
            Arguments.of("Contact : m.durand à ville.gouv.fr (service achats)", "Contact : " + gone + " (service achats)"),
            Arguments.of("Contact : jean.dupont arobase mairie-exemple.fr", "Contact : " + gone),
            Arguments.of("Contact : jean.dupont (at) mairie-exemple.fr", "Contact : " + gone),
            // legitimate French, published as written
            Arguments.of("Livraison à Mâcon, accès à internet.", null),
            Arguments.of("Informations à l'adresse www.ville.fr, rubrique marchés.", null),
            Arguments.of("Rendez-vous à mairie.fr, puis à Beaumont.", null),
            Arguments.of("Le site ancien.ville-beaumont.fr à www.ville-beaumont.fr et ancien.fr à nouveau.fr", null),
            Arguments.of("Renommer rapport.v2 à annexe.pdf, articles L.2122-1 à L.2122-3, lots 1.2 à 1.5", null),
            Arguments.of("Accès à ville-beaumont.fr, inscription à marches.ville.fr", null),
            Arguments.of("Service achats : achats.ville à ville.fr", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("atWrittenAsA")
    void anAtSignWrittenAsAIsRemovedTheFrenchAStays(String text, String published) {
        java.util.Set<String> allowed = new java.util.HashSet<>(FUNCTIONAL);
        allowed.add(ContactsInText.key("achats.ville@ville.fr"));
        assertEquals(published == null ? text : published, ContactsInText.removed(text, allowed));
        assertEquals(published == null, ContactsInText.found(text, allowed).isEmpty());
    }

    /**
     * Issue 16 (safetyH): an address whose separators are words. « domaine » written for the at sign after a local
     * part that looks like an address's (« j.martin, domaine ville-exemple.fr »), « tiret » and « tiret bas » for the
     * hyphen and the underscore (« jean point dupont arobase mairie tiret exemple point fr » left « tiret exemple point
     * fr » published, the domain's first word only was taken). The French « domaine », « chez », « à » stay.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Contact : j.martin, domaine ville-exemple.fr | Contact : (coordonnée retirée)",
        "Contact : j.martin domaine ville-exemple.fr, merci | Contact : (coordonnée retirée), merci",
        "Écrire à m.durand83, domaine : ville-exemple.fr. | Écrire à (coordonnée retirée).",
        "Contact : jean.dupont chez mairie-exemple.fr | Contact : (coordonnée retirée)",
        "Contact : jean point dupont arobase mairie tiret exemple point fr | Contact : (coordonnée retirée)",
        "Contact : jdupont arobase mairie tiret exemple point fr, merci | Contact : (coordonnée retirée), merci",
        "Contact : jean tiret bas dupont arobase ville point fr | Contact : (coordonnée retirée)",
        "Livraison à Mâcon, le domaine skiable, chez le titulaire, voir www.ville-exemple.fr |",
        "Station de ski, domaine ville-exemple.fr, et le domaine public |",
        "Le site station.fr, domaine skiable.fr |",
        "Séparer par un tiret : lot 1 tiret 2, le point fr |",
        "Entretien du domaine chez le titulaire, à Mâcon |"})
    void anAddressWithWordsForItsSeparatorsIsRemoved(String text, String published) {
        assertEquals(published == null ? text : published, ContactsInText.removed(text, FUNCTIONAL));
        assertEquals(published == null, ContactsInText.found(text, FUNCTIONAL).isEmpty());
    }

    /**
     * Attacker Y3 (F2, issue 16): the at sign escaped as a program or a mail writes it (« \\u0040 », « \\x40 »,
     * quoted-printable « =40 »), and « / », « a », « á », « sur » written for it after a local part that looks like an
     * address's (two letters and a digit, a dot, « _ » or « + »). Legitimate slashes, « sur » and « a » stay.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Écrire à m.durand15\\u0040ville-beaumont.fr | Écrire à (coordonnée retirée)",
        "Écrire à m.durand16\\x40ville-beaumont.fr | Écrire à (coordonnée retirée)",
        "Écrire à m.durand17=40ville-beaumont.fr | Écrire à (coordonnée retirée)",
        "Écrire à m.durand18\\u0040ville-beaumont\\u002efr | Écrire à (coordonnée retirée)",
        "Mail : m.durand23 / ville-beaumont.fr | Mail : (coordonnée retirée)",
        "Écrire à mdurand65/ville-beaumont.fr | Écrire à (coordonnée retirée)",
        "Écrire à m.durand72 a ville-beaumont.fr | Écrire à (coordonnée retirée)",
        "Écrire à m.durand73 á ville-beaumont.fr | Écrire à (coordonnée retirée)",
        "Courriel : mdurand95 sur ville-beaumont.fr | Courriel : (coordonnée retirée)",
        "Lots 1.2 / 1.3, voir ville-beaumont.fr/marches et https://ville.fr/mdurand65/ville-beaumont.fr |",
        "Inscription sur marches.ville-beaumont.fr, publication du lot A1 sur marches.fr |",
        "Rapport.v2 / annexe.pdf, taux=40 %, x=40ans, il y a ville.fr |",
        "Consulter le dossier 2027/ville-beaumont.fr et v2 sur www.ville.fr |"})
    void attackerY3sEmailsAreRemoved(String text, String published) {
        assertEquals(published == null ? text : published, ContactsInText.removed(text, FUNCTIONAL));
        assertEquals(published == null, ContactsInText.found(text, FUNCTIONAL).isEmpty());
    }

    /**
     * A number in words after « + » and no digit, label nor « zéro » (« +trente-trois six douze … »): PhonesInWords reads
     * it from its « + », so the pre-filter that lets a text skip the scans holds « + » too (review R1: it was published).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Visite : +trente-trois six douze trente-quatre cinquante-six soixante-dix-huit | Visite : (coordonnée retirée)",
        "Visite : + trente-trois six douze trente-quatre cinquante-six soixante-dix-huit | Visite : (coordonnée retirée)",
        // review revH R3: « plus » glued to the number, as PhonesInWords reads it
        "Visite : plus-trente-trois six douze trente-quatre cinquante-six soixante-dix-huit | Visite : (coordonnée retirée)",
        "Travaux + entretien des parcs |"})
    void aNumberInWordsAfterAPlusSignIsRemoved(String text, String published) {
        assertEquals(published == null ? text : published, ContactsInText.removed(text, FUNCTIONAL));
        assertEquals(published == null, ContactsInText.found(text, FUNCTIONAL).isEmpty());
    }

    /**
     * A removal inside brackets leaves neither nested brackets nor one unclosed: « ((nom retiré), maire adjoint) » reads
     * « (nom retiré, maire adjoint) », and a phone in brackets loses its opening one with it no more (« (coordonnée
     * retirée)) » was published).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Visite (M. Durand, maire adjoint) | Visite (nom retiré, maire adjoint)",
        "Visite (maire adjoint : M. Durand) | Visite (maire adjoint : nom retiré)",
        "Visite avec M. Durand (06 12 34 56 78) | Visite avec (nom retiré) (coordonnée retirée)",
        "Contact (marie@ville.fr, 06 12 34 56 78) | Contact (coordonnée retirée, coordonnée retirée)",
        "Visite (M. Durand ; marie@ville.fr) le matin | Visite (nom retiré ; coordonnée retirée) le matin",
        "Visite (Mme Martin) | Visite (nom retiré)",
        "Maintenance (lot 2, tél. 06 12 34 56 78) | Maintenance (lot 2, tél. coordonnée retirée)",
        "Accès (mot de passe : Bz7xCv03qW, M. Durand) | Accès (mot de passe : (secret retiré), nom retiré)"})
    void aRemovalInBracketsLeavesTidyPunctuation(String text, String published) {
        assertEquals(published, PersonNames.removed(ContactsInText.removed(PublicLinks.inText(text), FUNCTIONAL)));
        // a text cleaned twice (a previous edition's title) stays as cleaned once
        assertEquals(published, PersonNames.removed(ContactsInText.removed(PublicLinks.inText(published), FUNCTIONAL)));
    }

    private static String unescape(String s) {
        return java.util.regex.Pattern.compile("\\\\u([0-9A-F]{4})").matcher(s)
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }
}

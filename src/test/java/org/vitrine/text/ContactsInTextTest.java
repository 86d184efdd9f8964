package org.vitrine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"+33 6 12 34 56 78 | 0612345678", "0033612345678 | 0612345678", "06.12.34.56.78 | 0612345678",
        "+33 (0)6 12 34 56 78 | 0612345678", "MAILTO:Marie@Ville.FR | marie@ville.fr"})
    void anAddressIsComparedByItsKey(String address, String key) {
        assertEquals(key, ContactsInText.key(address));
        assertEquals(List.of(), ContactsInText.found(address, Set.of(key)));
    }
}

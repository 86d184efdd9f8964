package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.Contact;

/**
 * Issue 16 (outside attacker B, failure 1a–c): the row's own Contact names the person; that name in its reference without
 * a civility makes no id, as « Dossier Mme Vuillemot » makes none (NeedIdsPublishedReferenceTest).
 */
class NeedIdsContactNameTest {

    private static final String CPV = "90910000-9";
    private static final Contact GASPARD = new Contact("Gaspard Vuillemot", "gaspard.vuillemot@chu-beaumont.fr");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "VUILLEMOT-27-01|chu-27-01",
        "Réf. Vuillemot Gaspard|chu-ref",
        "gaspard.vuillemot|",
        "GASPARD_VUILLEMOT 2027|chu-2027",
        "Dossier Vuillémot|chu-dossier",
        "VB-27-01|chu-vb-27-01",
        "Vuillemotte 3|chu-vuillemotte-3",
    })
    void theContactsNameMakesNoId(String reference, String expected) {
        assertEquals(expected == null ? NeedIds.idFor("chu", null, "Nettoyage des locaux", CPV) : expected,
                NeedIds.idFor("chu", reference, "Nettoyage des locaux", CPV, NeedIds.contactNames(GASPARD)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a service's mailbox or name is no person
        "|voirie@example-beaumont.fr|VOIRIE-27-01|chu-voirie-27-01",
        "Service voirie|voirie@example-beaumont.fr|VOIRIE-27-01|chu-voirie-27-01",
        "Cellule achats|achats@chu.fr|ACHATS-27|chu-achats-27",
        // an address alone with a given name and a surname, an accent folded
        "|zoe.lefevre@chu.fr|LEFÈVRE-27|chu-27",
        "Marie des Bois|m.desbois@chu.fr|DES-27 Bois|chu-des-27",
    })
    void aServiceIsNoName(String name, String email, String reference, String expected) {
        assertEquals(expected, NeedIds.idFor("chu", reference, "x", CPV, NeedIds.contactNames(new Contact(name, email))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"VUILLEMOT-27-01|(nom retiré)-27-01", "Réf. Vuillemot Gaspard|Réf. (nom retiré)",
        "gaspard.vuillemot|(nom retiré)"})
    void theReferenceAsPublished(String reference, String published) {
        assertEquals(published, org.vitrine.text.ContactNames.removed(reference, NeedIds.contactNames(GASPARD)));
        assertEquals(Set.of("gaspard", "vuillemot"), NeedIds.contactNames(GASPARD));
    }
}

package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16 (outside attacker A, failure 1): a need's id is made from its reference as published, never from what the
 * public files remove from it (a person's name, an e-mail, a phone, a secret): « Dossier Mme Vuillemot » is shown
 * « Dossier (nom retiré) » and was named chu-beaumont-dossier-mme-vuillemot in 18 public files and the ICS UID.
 */
class NeedIdsPublishedReferenceTest {

    private static final String CPV = "90910000-9";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dossier Mme Vuillemot|chu-dossier",
        "M. Vuillemot|",
        "Contact Gaspard Vuillemot|chu-contact",
        "MAPA-2027-04 gaspard.vuillemot@example.fr|chu-mapa-2027-04",
        "gaspard.vuillemot@example.fr|",
        "INF-27 tél. 06 31 41 59 26|chu-inf-27-tel",
        "MAPA-9 password=QZX-s3cr3t-Tok3n|chu-mapa-9-password",
    })
    void theIdIsMadeOfWhatThePublishedReferenceKeeps(String reference, String expected) {
        String id = NeedIds.idFor("chu", reference, "Nettoyage des locaux", CPV);
        assertFalse(id.contains("vuillemot") || id.contains("gaspard") || id.contains("example") || id.contains("31-41") || id.contains("s3cr3t"), id);
        // nothing readable left: the id of a need without a reference
        assertEquals(expected == null ? NeedIds.idFor("chu", null, "Nettoyage des locaux", CPV) : expected, id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2027/INF/04|ville-2027-inf-04", "VB-27-01|ville-vb-27-01", "Lot Marie-Curie 2|ville-lot-marie-curie-2"})
    void aReferenceNothingIsRemovedFromKeepsItsId(String reference, String expected) {
        assertEquals(expected, NeedIds.idFor("ville", reference, "x", CPV));
    }
}

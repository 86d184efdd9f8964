package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16: a buyer's name is on every public file and page address; what a person wrote beside it goes, the name stays. */
class BuyerNamePersonalDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mairie – contact : j.martin@ville.fr | Mairie",
        "Mairie de Beaumont (j.martin@ville.fr) | Mairie de Beaumont",
        "CCAS de Trifouilly (M. Durand, 06 12 34 56 78) | CCAS de Trifouilly",
        "Syndicat des eaux, tél. 06 12 34 56 78 | Syndicat des eaux",
        "Mairie de Beaumont - contact : Jean Dupont | Mairie de Beaumont",
        "Mairie de Beaumont / marches@ville-beaumont.fr / service achats | Mairie de Beaumont / service achats",
        // attacker Y (B04): the password reached the buyer's page address and need ids
        "Syndicat Trq (mot de passe : Bz7xCv03qW) | Syndicat Trq",
        // the punctuation the person's part leaves is tidied (no « (, », no « ( ) », no double space)
        "CCAS (M. Durand, maire adjoint) | CCAS (maire adjoint)",
        "Mairie (maire adjoint : M. Durand) | Mairie (maire adjoint)",
        "Mairie (M. Durand,maire adjoint ; tél. 06 12 34 56 78) | Mairie (maire adjoint)",
        "Mairie  (M. Durand  ,  maire adjoint) | Mairie (maire adjoint)",
        "Mairie [M. Durand / DGS] | Mairie [DGS]",
        "Mairie (DGS – M. Durand – 06 12 34 56 78) | Mairie (DGS)",
        "Syndicat des eaux (contact : Jean Dupont, responsable ; j.dupont@ville.fr) | Syndicat des eaux (responsable)",
        "CCAS ( M. Durand ) de Beaumont | CCAS de Beaumont",
        // as written: nothing personal in them
        "Collège Jean Moulin | Collège Jean Moulin",
        "EHPAD Madame de Sévigné | EHPAD Madame de Sévigné",
        "Communauté de communes (Val-de-Saône) | Communauté de communes (Val-de-Saône)",
        "SDIS 71 | SDIS 71"})
    void theNameStaysWithoutThePerson(String written, String published) {
        assertEquals(published, BuyerNames.withoutPersonalData(written));
    }
}

package org.vitrine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16: a person named in public free text (« M. Durand ») is personal data; a service, a school or a street named
 * after someone is not. Both directions: what is removed, and what stays as written.
 */
class PersonNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Questions à M. Durand | Questions à (nom retiré)",
        "Mme Sophie Martin suit le dossier | (nom retiré) suit le dossier",
        "contact : Jean Dupont | contact : (nom retiré)",
        "Contact: J. Dupont, service achats | Contact: (nom retiré), service achats",
        "contact DUPONT Jean | contact (nom retiré)",
        "Renseignements auprès de Madame DUPONT-MARTIN | Renseignements auprès de (nom retiré)",
        "Le bureau de M. de Villepin | Le bureau de (nom retiré)",
        "Interlocutrice : Marie-Claire N'Diaye | Interlocutrice : (nom retiré)",
        "Visite avec Mme Dupont (bâtiment B) | Visite avec (nom retiré) (bâtiment B)",
        "Référente : Hélène Dupré | Référente : (nom retiré)",
        "Interlocuteur M. Roux | Interlocuteur (nom retiré)",
        "Contactez Dr Morel | Contactez (nom retiré)",
        // attacker Y (Q06, Q07)
        "Chef de projet : Paul Trqmardin | Chef de projet : (nom retiré)",
        "Responsable du marché : Marc Trqdonnet | Responsable du marché : (nom retiré)",
        "Responsable : Service Achats | Responsable : Service Achats"})
    void aPersonsNameIsRemoved(String text, String published) {
        assertEquals(published, PersonNames.removed(text));
    }

    /**
     * Attacker Y3 (F3, issue 16): the label set off by « = », a dash or a bracket, labels of a role with their colon
     * (« Pilote : », « Chargée d'affaires : », « Rédacteur : », « Acheteuse : », « Gestionnaire : »), and the civilities
     * « Pr », « Professeur », « Maître », « Ms », « Mrs ».
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "contact = Sophie Martin | contact = (nom retiré)",
        "contact – Sophie Martin | contact – (nom retiré)",
        "Contact (technique) : Sophie Martin | Contact (technique) : (nom retiré)",
        "Pilote : Paul Durand | Pilote : (nom retiré)",
        "Chargée d'affaires : Claire Petit | Chargée d'affaires : (nom retiré)",
        "Rédacteur : Paul Durand | Rédacteur : (nom retiré)",
        "Acheteuse : Claire Petit | Acheteuse : (nom retiré)",
        "Gestionnaire : Claire Petit | Gestionnaire : (nom retiré)",
        "Avis du Pr Lefèvre | Avis du (nom retiré)",
        "Avis du Professeur Lefèvre | Avis du (nom retiré)",
        "Conseil de Maître Durand | Conseil de (nom retiré)",
        "Contact Ms Smith | Contact (nom retiré)",
        // stay
        "Pilote : Service Achats | Pilote : Service Achats",
        "Gestionnaire : Direction des finances | Gestionnaire : Direction des finances",
        "Lycée Professeur Nicolas | Lycée Professeur Nicolas",
        "Maître d'œuvre : Cabinet Durand | Maître d'œuvre : Cabinet Durand"})
    void attackerY3sLabelsAndCivilitiesAreRead(String text, String published) {
        assertEquals(published, PersonNames.removed(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Rénovation du collège Jean Moulin |",
        "Collège Jean Moulin – gymnase |",
        "contact : Collège Jean Moulin |",
        "contact : Service Achats |",
        "contact : Direction des achats |",
        "Contact : Pôle Marchés Publics |",
        "Lycée Madame de Staël : toiture |",
        "Travaux rue du Docteur Roux |",
        "Centre hospitalier Docteur Schweitzer |",
        "Courrier à M. le Maire |",
        "Madame la Directrice générale des services |",
        "Salle Jean Jaurès, contact : standard |",
        "Avenue Jean Jaurès |",
        "contact : DSI |",
        "Contact : Mairie |",
        "Accord-cadre suivi par Paris Habitat |",
        "Commande auprès de Bourgogne Énergies |",
        "M. Durand-Lefebvre ne figure que dans les fichiers internes | (nom retiré) ne figure que dans les fichiers internes"})
    void aPlaceAServiceOrAFunctionStays(String text, String published) {
        assertEquals(published == null ? text : published, PersonNames.removed(text));
        if (published == null) {
            assertEquals(List.of(), PersonNames.found(text));
        }
    }

    @org.junit.jupiter.api.Test
    void foundNamesTheNamesAsWritten() {
        assertEquals(List.of("M. Durand", "Jean Dupont"), PersonNames.found("M. Durand ou, contact : Jean Dupont"));
    }
}

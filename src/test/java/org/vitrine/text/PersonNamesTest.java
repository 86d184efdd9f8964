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

    /**
     * Attacker Y3 (F3, issue 16, safetyJ): a name in small letters or mixed case after a contact label (read by a list of
     * given names, so « contact : service des achats » stays), the second name of a list, « suivi par », « auprès de »,
     * « demandez » before a given name, « M Durand » without its dot after a contact context.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "contact : sophie martin | contact : (nom retiré)",
        "Contact: jean DUPONT | Contact: (nom retiré)",
        "CONTACT : Jean-Pierre lefèvre, service achats | CONTACT : (nom retiré), service achats",
        "Contacts : A. Martin et B. Durand | Contacts : (nom retiré) et (nom retiré)",
        "Contacts : Sophie Martin et Paul Durand | Contacts : (nom retiré) et (nom retiré)",
        "Interlocuteurs : Sophie Martin, Paul Durand | Interlocuteurs : (nom retiré), (nom retiré)",
        "contacts : sophie martin, paul durand et claire petit | contacts : (nom retiré), (nom retiré) et (nom retiré)",
        "Suivi par Sophie Martin | Suivi par (nom retiré)",
        "Dossier suivi par claire petit (DST) | Dossier suivi par (nom retiré) (DST)",
        "Renseignements auprès de Jean-Pierre Lefèvre | Renseignements auprès de (nom retiré)",
        "Renseignements auprès de M. Lefèvre | Renseignements auprès de (nom retiré)",
        "Demandez Claire Petit | Demandez (nom retiré)",
        "Demandez Mme Petit | Demandez (nom retiré)",
        "Demander M Durand | Demander (nom retiré)",
        "Contact M Durand | Contact (nom retiré)",
        "Suivi par M Durand et Mme Petit | Suivi par (nom retiré) et (nom retiré)",
        "Lancement en mars selon Claire Petit | Lancement en mars selon (nom retiré)",
        "Estimation d’après Claire Petit | Estimation d’après (nom retiré)",
        // stay
        "contact : service des achats | contact : service des achats",
        "Contact : la direction des bâtiments | Contact : la direction des bâtiments",
        "Chantier suivi par la direction des bâtiments | Chantier suivi par la direction des bâtiments",
        "Dépôt auprès de la mairie | Dépôt auprès de la mairie",
        "Demandez le programme | Demandez le programme",
        "Salle M2, contact : accueil | Salle M2, contact : accueil",
        "Demander M 12 exemplaires | Demander M 12 exemplaires",
        "Achat chez M Bricolage | Achat chez M Bricolage",
        "Contact : Jean Dupont, Service Achats | Contact : (nom retiré), Service Achats",
        "Contact : Jean Dupont et Paris Habitat | Contact : (nom retiré) et Paris Habitat",
        "Commande suivie par Martin Bâtiment | Commande suivie par Martin Bâtiment",
        "Lancement selon le calendrier du CCAP | Lancement selon le calendrier du CCAP",
        "Montant d’après le marché précédent | Montant d’après le marché précédent"})
    void safetyJsNamesInSmallLettersListsAndLabelsAreRead(String text, String published) {
        assertEquals(published, PersonNames.removed(text));
        assertEquals(published.equals(text), PersonNames.found(text).isEmpty(), "found agrees with removed");
    }

    @org.junit.jupiter.api.Test
    void foundNamesTheNamesAsWritten() {
        assertEquals(List.of("M. Durand", "Jean Dupont"), PersonNames.found("M. Durand ou, contact : Jean Dupont"));
    }
}

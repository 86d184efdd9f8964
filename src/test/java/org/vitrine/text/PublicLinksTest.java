package org.vitrine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Links written in free text (a description, a title) are published as a link column's are (PublicLinks). */
class PublicLinksTest {

    /** Tenth attack (V): « https://jean.dupont:(coordonnée retirée)/c » was published, the login public. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Voir https://jean.dupont:Secr3t15@marches.example.fr/c|Voir https://marches.example.fr/c",
        "Voir https://user19:pass19@marches.example.fr/c?mail=mx52@y.fr.|Voir https://marches.example.fr/c.",
        "(https://marches.example.fr/c/mx45@y.fr), puis https://marches.example.fr/d?q=0612345648 ; fin"
                + "|(https://marches.example.fr/c), puis https://marches.example.fr/d ; fin",
        "Dossier sur https://marches.example.fr/c?ref=2027-0612. Merci|Dossier sur https://marches.example.fr/c?ref=2027-0612. Merci",
        "Aucun lien ici, 06 12|Aucun lien ici, 06 12",
    })
    void aLinkInTextIsPublishedWithoutPersonalData(String text, String published) {
        assertEquals(published, PublicLinks.inText(text));
    }

    /** Attacker W's links (batch 2 and 3), published with their secret in the need page, needs.json, needs.csv, the brochure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "https://marches.example-beaumont.fr/c/123;jsessionid=SESS15SECRETXYZ|https://marches.example-beaumont.fr/c/123",
        "https://marches.example-beaumont.fr/c/123;sid=SECRET30|https://marches.example-beaumont.fr/c/123",
        "https://marches.example-beaumont.fr/c/123?jeton=SECRET35|https://marches.example-beaumont.fr/c/123",
        "https://marches.example-beaumont.fr/c/123?jeton=SECRETX07|https://marches.example-beaumont.fr/c/123",
        "https://marches.example-beaumont.fr/c/123?sig=SECRET37&exp=1|https://marches.example-beaumont.fr/c/123?exp=1",
        "https://marches.example-beaumont.fr/c/123?X-Amz-Signature=SECRET38|https://marches.example-beaumont.fr/c/123",
        "https://marches.example-beaumont.fr/c/123?code=SECRET39|https://marches.example-beaumont.fr/c/123",
        "https://marches.example-beaumont.fr/c/123?code_acces=SECRETX08|https://marches.example-beaumont.fr/c/123",
        "https://marches.example-beaumont.fr/c/123?a=1&amp;password=SECRET43|https://marches.example-beaumont.fr/c/123?a=1",
        "https://marches.example-beaumont.fr/c/123#access_token=SECRET52|https://marches.example-beaumont.fr/c/123",
        "https://marches.example-beaumont.fr/c/123?q=x;password=SECRET53|https://marches.example-beaumont.fr/c/123?q=x",
        "https://marches.example-beaumont.fr/c/123?sessionid=SECRET63|https://marches.example-beaumont.fr/c/123",
        "https://marches.example-beaumont.fr/c/123?PHPSESSID=SECRET64|https://marches.example-beaumont.fr/c/123",
        "https://marches.example-beaumont.fr/c/123?sid=SECRET65|https://marches.example-beaumont.fr/c/123",
        "https://marches.example-beaumont.fr/c/123?csrf_token=S1&id=2027-0612|https://marches.example-beaumont.fr/c/123?id=2027-0612",
        // attacker X: protocol-relative, « & » without « ? », hmac, clé, a JWT in a parameter of any name
        "//marches.example-beaumont.fr/c?token=SECRETX21|//marches.example-beaumont.fr/c",
        "//jdupont:SECRETX22@marches.example-beaumont.fr/c|//marches.example-beaumont.fr/c",
        "https://marches.example-beaumont.fr/c/123&token=SECRETX23&lot=2|https://marches.example-beaumont.fr/c/123&lot=2",
        "https://marches.example-beaumont.fr/c/123?hmac=SECRETX24&lot=2|https://marches.example-beaumont.fr/c/123?lot=2",
        "https://marches.example-beaumont.fr/c/123?cle=SECRETX25|https://marches.example-beaumont.fr/c/123",
        "https://marches.example-beaumont.fr/c/123?cl%C3%A9=SECRETX26|https://marches.example-beaumont.fr/c/123",
        "https://marches.example-beaumont.fr/c/123?t=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJTRUNSRVRYMjcifQ.c2lnbmF0dXJl&lot=2"
                + "|https://marches.example-beaumont.fr/c/123?lot=2",
        // attacker Y (issue 16, §4)
        "https://marches.example-beaumont.fr/c/123?ref=U05&access_key=Pw70abcd|https://marches.example-beaumont.fr/c/123?ref=U05",
        "https://marches.example-beaumont.fr/c/123?ref=U07&jwt=Pw72abcd|https://marches.example-beaumont.fr/c/123?ref=U07",
        "https://marches.example-beaumont.fr/c/123?ref=U09&pin=Pw74abcd|https://marches.example-beaumont.fr/c/123?ref=U09",
        "https://marches.example-beaumont.fr/c/123?ref=U19&SAMLResponse=Pw84abcd|https://marches.example-beaumont.fr/c/123?ref=U19",
        "https://marches.example-beaumont.fr/c/123?ref=U22&hash=Pw87abcd|https://marches.example-beaumont.fr/c/123?ref=U22",
        "https://marches.example-beaumont.fr/c/9?token%00=Pw98abcd|https://marches.example-beaumont.fr/c/9",
        "https://marches.example-beaumont.fr/c/9?user[password]=Px03abcd|https://marches.example-beaumont.fr/c/9",
        "https://marches.example-beaumont.fr/dce/token/Px04abcd|https://marches.example-beaumont.fr/dce",
        "https://marches.example-beaumont.fr/c/123?ref=2027-04&lang=fr&page=2|https://marches.example-beaumont.fr/c/123?ref=2027-04&lang=fr&page=2",
        "https://marches.example-beaumont.fr/api/token|https://marches.example-beaumont.fr/api/token",
        // legitimate links stay as written
        "https://marches.example-beaumont.fr/consultation?id=2027-0612&lot=2|https://marches.example-beaumont.fr/consultation?id=2027-0612&lot=2",
        "https://marches.example-beaumont.fr/c/123;v=2?a=1;b=2#lots|https://marches.example-beaumont.fr/c/123;v=2?a=1;b=2#lots",
        "https://marches.example-beaumont.fr/c?keyword=voirie&codeCPV=45233141|https://marches.example-beaumont.fr/c?keyword=voirie&codeCPV=45233141",
        "https://marches.example-beaumont.fr/c/123&lot=2|https://marches.example-beaumont.fr/c/123&lot=2",
        "//marches.example-beaumont.fr/consultation?id=2027-0612|//marches.example-beaumont.fr/consultation?id=2027-0612",
    })
    void aSecretInALinkIsNotPublished(String url, String published) {
        assertEquals(published, PublicLinks.withoutPersonalData(url));
    }

    /**
     * Attacker Y3 (F5, issue 16): a link inside a parameter, percent-encoded, holding a password (published whole in
     * tenderUrl), and an address in base64 in a parameter. The nested link is cleaned as a link; a parameter whose
     * value changes by it, or whose base64 reads as an address, is dropped. Ordinary nested links and ids stay.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://marches.example.fr/c/1?redirect=https%3A%2F%2Fx.fr%2F%3Fpassword%3DSECRETL03Zz9|https://marches.example.fr/c/1",
        "https://marches.example.fr/c/1?lot=2&next=https%253A%252F%252Fx.fr%252F%253Ftoken%253DSECRETL04Zz9|https://marches.example.fr/c/1?lot=2",
        "https://marches.example.fr/c/1?q=bWR1cmFuZDA2QHZpbGxlLWJlYXVtb250LmZy|https://marches.example.fr/c/1",
        "https://marches.example.fr/c/1?q=bWR1cmFuZDA2QHZpbGxlLWJlYXVtb250LmZy&lot=3|https://marches.example.fr/c/1?lot=3",
        "https://marches.example.fr/c/1?redirect=https%3A%2F%2Fx.fr%2Fc%2F2%3Flot%3D1|https://marches.example.fr/c/1?redirect=https%3A%2F%2Fx.fr%2Fc%2F2%3Flot%3D1",
        "https://marches.example.fr/c/1?id=MjAyNy0wNjEy&ref=AAAAAAAAAAAAAAAA|https://marches.example.fr/c/1?id=MjAyNy0wNjEy&ref=AAAAAAAAAAAAAAAA"})
    void attackerY3sEncodedParametersAreCleaned(String url, String published) {
        assertEquals(published, PublicLinks.withoutPersonalData(url));
    }

    /**
     * A nested link with a stray « % » (« …%26taux%3D5% », review R12) is read all the same, as a browser does: the
     * strict decoder refused the whole value, and the password inside was published.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://marches.example.fr/c/1?redirect=https%3A%2F%2Fx.fr%2F%3Fpassword%3DSECRETL05Zz9%26taux%3D5%|https://marches.example.fr/c/1",
        "https://marches.example.fr/c/1?lot=2&next=https%3A%2F%2Fx.fr%2F%3Ftoken%3DSECRETL06Zz9%26p%3D%zz|https://marches.example.fr/c/1?lot=2",
        "https://marches.example.fr/c/1?redirect=https%3A%2F%2Fx.fr%2Fc%2F2%3Flot%3D1%26taux%3D5%|https://marches.example.fr/c/1?redirect=https%3A%2F%2Fx.fr%2Fc%2F2%3Flot%3D1%26taux%3D5%"})
    void aNestedLinkWithAStrayPercentIsCleaned(String url, String published) {
        assertEquals(published, PublicLinks.withoutPersonalData(url));
    }

    /** Attacker W's free texts: links without a scheme, credentials in the sentence; and the legitimate texts around them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "DCE : marches.example-beaumont.fr/c/123?auth=admin:motdepasse19|DCE : marches.example-beaumont.fr/c/123",
        "Voir www.marches.example-beaumont.fr/c?password=SECRET31|Voir www.marches.example-beaumont.fr/c",
        "Profil : profil.ville.fr/c/9?token=SECRET9.|Profil : profil.ville.fr/c/9.",
        "Maintenance, DCE https://marches.example-beaumont.fr/c/1#access_token=SECRETX14|Maintenance, DCE https://marches.example-beaumont.fr/c/1",
        "Lien https://marches.example-beaumont.fr/c/123?code_acces=SECRETX08|Lien https://marches.example-beaumont.fr/c/123",
        "Identifiants DCE : admin / SECRET66 (mot de passe)|Identifiants DCE : (secret retiré) (mot de passe)",
        "DCE : https://marches.example-beaumont.fr/c (login admin, mot de passe : SECRET67)"
                + "|DCE : https://marches.example-beaumont.fr/c (login admin, mot de passe : (secret retiré))",
        // attacker X: credentials in the sentence without a colon, an access code, links protocol-relative or with « & » only
        "Accès DCE : identifiant admin / mot de passe Xyz123SECRET|Accès DCE : identifiant admin / mot de passe (secret retiré)",
        "Plateforme : login jdupont, mdp Secret42X|Plateforme : login jdupont, mdp (secret retiré)",
        "Code d'accès au DCE : K7Q2-99SECRET.|Code d'accès au DCE : (secret retiré).",
        "Code d’accès au bâtiment : 4412B, mot de passe du DCE : SECRETX31|Code d’accès au bâtiment : (secret retiré), mot de passe du DCE : (secret retiré)",
        "Le mot de passe est Soleil2027X.|Le mot de passe est (secret retiré).",
        "Jeton d'accès : 9f8e7d6cSECRETX32|Jeton d'accès : (secret retiré)",
        "Voir //marches.example-beaumont.fr/c?token=SECRETX33 pour le DCE|Voir //marches.example-beaumont.fr/c pour le DCE",
        "DCE profil.ville.fr/c/9&token=SECRETX34&lot=1|DCE profil.ville.fr/c/9&lot=1",
        "Lien signé eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJTRUNSRVRYMzUifQ.c2ln fourni|Lien signé (secret retiré) fourni",
        // legitimate: words after a label, a postal code, a date, amounts
        "Mot de passe oublié ? Réinitialisation des mots de passe transmis aux agents.|Mot de passe oublié ? Réinitialisation des mots de passe transmis aux agents.",
        "Livraison : code postal 63000, le 15/03/2027, 1 250 000 € HT, CPV 30213100-6|Livraison : code postal 63000, le 15/03/2027, 1 250 000 € HT, CPV 30213100-6",
        "Le mot de passe est transmis par courrier.|Le mot de passe est transmis par courrier.",
        "Site hébergé chez ovh.fr, look at ville-beaumont.fr.|Site hébergé chez ovh.fr, look at ville-beaumont.fr.",
        "Gestion des mots de passe des agents ; identifiants fournis au titulaire.|Gestion des mots de passe des agents ; identifiants fournis au titulaire.",
        "ISO 9001:2015, NF EN 12 345, lignes 06/12, 0,612 345 €, M. Durand/Dupont|ISO 9001:2015, NF EN 12 345, lignes 06/12, 0,612 345 €, M. Durand/Dupont",
    })
    void aSecretInFreeTextIsNotPublished(String text, String published) {
        assertEquals(published, PublicLinks.inText(text));
    }

    /** Attacker Y (issue 16, §3): credentials in sentences published as written; and attacker Y's legitimate texts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Compte : achats71 — mot de passe (provisoire) : Vb8nMq58zA|Compte : achats71 — mot de passe (provisoire) : (secret retiré)",
        "Mot-de-passe provisoire : Lk9jHg46fD|Mot-de-passe provisoire : (secret retiré)",
        "M.D.P. : Po0iUy47tR|M.D.P. : (secret retiré)",
        "login achats71 / pass Wq2eRt49yU|login achats71 / pass (secret retiré)",
        "Identifiants: achats71:Hj6kLz50xC|Identifiants: (secret retiré)",
        "Wi-Fi invité du site : clé WPA : Gt5rFe51dS|Wi-Fi invité du site : clé WPA : (secret retiré)",
        "Visite : digicode du portail 4521B52, badge à l'accueil.|Visite : digicode du portail (secret retiré), badge à l'accueil.",
        "Authorization: Basic YWNoYXRzNzE6U2VjcjN0NTM=|Authorization: Basic (secret retiré)",
        "Accès API : Bearer Vt7Qk2Mx9RpL4wZc8NbE3hYs6JdF1gAu|Accès API : Bearer (secret retiré)",
        "Code PIN de la carte achat : 4857|Code PIN de la carte achat : (secret retiré)",
        "Le mdp du portail, c'est Yx4cVb59nM !|Le mdp du portail, c'est (secret retiré) !",
        "Passwort: Qa1zWs61xE|Passwort: (secret retiré)",
        "API key : AKIAIOSFODNN7EXAMPLE62|API key : (secret retiré)",
        "Clé : sk_live_51Hx64ZZzzYYyyXXxx|Clé : (secret retiré)",
        "Billettique (clé d'API Vt7Qk2Mx9RpL4wZc8NbE3hYs6JdF1gAu)|Billettique (clé d'API (secret retiré))",
        "Dépôt ghp_R4nd0mT0k3n63abcdefghij et xoxb-123456789012-abcdefghij|Dépôt (secret retiré) et (secret retiré)",
        // attacker Y's legitimate values (L10, L11, L27 and the texts with digits), published as written
        "Logiciel de gestion des mots de passe|Logiciel de gestion des mots de passe",
        "Réinitialisation de mot de passe en libre-service pour les agents.|Réinitialisation de mot de passe en libre-service pour les agents.",
        "Le mot de passe n'est pas requis pour consulter le DCE.|Le mot de passe n'est pas requis pour consulter le DCE.",
        "Fourniture de pin maritime : 200 m3 ; Basic Fit 2027|Fourniture de pin maritime : 200 m3 ; Basic Fit 2027",
        "FINESS 710780954, UAI 0710012A, code NAF 8411Z.|FINESS 710780954, UAI 0710012A, code NAF 8411Z.",
        "Pièces détachées réf. 06-47-83-A1 et 4711-0023.|Pièces détachées réf. 06-47-83-A1 et 4711-0023.",
        "Ouverture des plis le 06/12/2027 à 09:30, salle 12.|Ouverture des plis le 06/12/2027 à 09:30, salle 12.",
        "Norme NF EN 1176-1:2008 et ISO 27001:2022 exigées.|Norme NF EN 1176-1:2008 et ISO 27001:2022 exigées.",
    })
    void aCredentialInASentenceIsNotPublished(String text, String published) {
        assertEquals(published, PublicLinks.inText(text));
    }
}

package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "https://www.marches-publics.gouv.fr/?page=Entreprise.EntrepriseAdvancedSearch&id=123|https://www.marches-publics.gouv.fr/?page=Entreprise.EntrepriseAdvancedSearch&id=123",
        "http://achats.ville.fr/consultation/42|http://achats.ville.fr/consultation/42",
        "HTTPS://Achats.Ville.fr/a#lot-2|HTTPS://Achats.Ville.fr/a#lot-2",
        "' https://x.fr/a '|https://x.fr/a",
        "https://www.linkedin.com/company/ville-beaumont|https://www.linkedin.com/company/ville-beaumont",
        "https://achats.ville.fr/in/lot-2|https://achats.ville.fr/in/lot-2",
    })
    void readsHttpAndHttpsLinks(String in, String expected) throws ParseError {
        assertEquals(expected, UrlParser.parse(cell(in.replace("'", ""))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "javascript:alert(1)|parse.url.scheme",
        "JavaScript :alert(document.cookie)|parse.url.scheme",
        "data:text/html,<script>alert(1)</script>|parse.url.scheme",
        "file:///etc/passwd|parse.url.scheme",
        "ftp://x.fr/a|parse.url.scheme",
        "www.marches-publics.gouv.fr|parse.url.relative",
        "/consultation/42|parse.url.relative",
        "https://x.fr/a b|parse.url.invalid",
        "https://|parse.url.invalid",
        "https:///chemin|parse.url.invalid",
        "http://[::1|parse.url.invalid",
        "e:#REF!|parse.cell.error",
        "https://www.linkedin.com/in/sophie-martin-80|parse.url.profile",
        "https://m.linkedin.com/in/sophie-martin-80/|parse.url.profile",
        "https://fr.linkedin.com/pub/jean-dupont/12/345/678|parse.url.profile",
        "http://www.viadeo.com/p/0021abcdef|parse.url.profile",
        "https://fr.viadeo.com/fr/profile/jean.dupont|parse.url.profile",
    })
    void refusesOtherSchemesRelativeLinksAndSpaces(String in, String key) {
        refused(key, () -> UrlParser.parse(cell(in)));
    }

    /** Eighth attack: a password before the host and a person's address in the query were published with the link. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "https://jdupont:motdepasse@marches.example.fr/x|https://marches.example.fr/x",
        "https://jdupont@marches.example.fr/x?id=42|https://marches.example.fr/x?id=42",
        "https://marches.example.fr/x?mail=jdupont@ville.fr|https://marches.example.fr/x",
        "https://marches.example.fr/x?id=42&email=jdupont%40ville.fr#lot-2|https://marches.example.fr/x?id=42#lot-2",
        "https://marches.example.fr/x?id=42&qui=jdupont%2540ville.fr&lot=2|https://marches.example.fr/x?id=42&lot=2",
        "https://marches.example.fr/x?id=42&tel=0612345678|https://marches.example.fr/x?id=42",
    })
    void aLinkIsKeptWithoutCredentialsOrAddresses(String in, String published) throws ParseError {
        java.util.List<Repair> repairs = new java.util.ArrayList<>();
        assertEquals(published, UrlParser.parse(cell(in), repairs));
        assertEquals(java.util.List.of(new Repair("parse.url.personal_data", published)), repairs);
    }

    /**
     * Tenth attack (V): an address in the path (the link is cut before that segment: the platform's page above it) or
     * the fragment (dropped), a credential parameter, an encoded « = », a phone in a parameter of any name.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "https://marches.example.fr/c/mx45@y.fr|https://marches.example.fr/c",
        "https://marches.example.fr/c/mx72%40y.fr/dossier?id=4|https://marches.example.fr/c",
        "https://marches.example.fr/mx72%40y.fr|https://marches.example.fr/",
        "https://marches.example.fr/c#mail=mx44@y.fr|https://marches.example.fr/c",
        "https://marches.example.fr/c?id=4#contact-mx73@y.fr|https://marches.example.fr/c?id=4",
        "https://marches.example.fr/c?auth=user12:pass12&id=4|https://marches.example.fr/c?id=4",
        "https://marches.example.fr/c?mail%3Dmx76%40y.fr&id=4|https://marches.example.fr/c?id=4",
        "https://marches.example.fr/c?q=0612345648|https://marches.example.fr/c",
        "https://marches.example.fr/c?q=%2B33%206%2012%2034%2056%2048&lot=2|https://marches.example.fr/c?lot=2",
    })
    void aLinkDropsThePartThatHoldsAnAddressOrACredential(String in, String published) throws ParseError {
        java.util.List<Repair> repairs = new java.util.ArrayList<>();
        assertEquals(published, UrlParser.parse(cell(in), repairs));
        assertEquals(java.util.List.of(new Repair("parse.url.personal_data", published)), repairs);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "https://marches.example.fr/c/2027-0612/lot-2?ref=2027-0612&montant=612345#lot-2",
        "https://marches.example.fr/c?id=0612345&date=2027-06-12",
        "https://marches.example.fr/c#page-2",
    })
    void aLinkWithReferencesIsKeptWhole(String url) throws ParseError {
        java.util.List<Repair> repairs = new java.util.ArrayList<>();
        assertEquals(url, UrlParser.parse(cell(url), repairs));
        assertEquals(java.util.List.of(), repairs);
    }

    @Test
    void aLinkWithAnAtSignInItsPathOrAReferenceIsKeptWhole() throws ParseError {
        java.util.List<Repair> repairs = new java.util.ArrayList<>();
        String url = "https://marches.example.fr/@ville/x?ref=2027-0612&montant=612345";
        assertEquals(url, UrlParser.parse(cell(url), repairs));
        assertEquals(java.util.List.of(), repairs);
    }

    @Test
    void refusesLinksOverTwoThousandCharacters() throws ParseError {
        String base = "https://x.fr/";
        assertEquals(2000, UrlParser.parse(cell(base + "a".repeat(2000 - base.length()))).length());
        refused("parse.text.too_long", () -> UrlParser.parse(cell(base + "a".repeat(2001 - base.length()))));
    }
}

package org.vitrine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Outside attacker B, failure 1e: a link's parameter giving the row's contact's name is dropped, as a phone's. */
class ContactNamesLinkTest {

    private static final Set<String> GASPARD = ContactNames.words("Gaspard Vuillemot", "gaspard.vuillemot@chu-beaumont.fr");

    @Test
    void theParameterGivingTheNameIsDropped() {
        assertEquals("https://marches.example.fr/c?id=3", ContactNames.withoutInQuery("https://marches.example.fr/c?nom=Vuillemot&id=3", GASPARD));
        assertEquals("https://marches.example.fr/c", ContactNames.withoutInQuery("https://marches.example.fr/c?nom=VUILLEMOT", GASPARD));
        assertEquals("https://m.example.fr/c?id=3#top", ContactNames.withoutInQuery("https://m.example.fr/c?id=3&qui=Gaspard%20Vuillemot#top", GASPARD));
    }

    @Test
    void otherLinksAndServiceMailboxesKeepTheirs() {
        String url = "https://marches.example.fr/c?nom=Vuillemot&id=3";
        assertEquals(url, ContactNames.withoutInQuery(url, ContactNames.words(null, "achats@example.fr")));
        assertEquals("https://m.example.fr/c?id=3", ContactNames.withoutInQuery("https://m.example.fr/c?id=3", GASPARD));
        assertEquals("https://m.example.fr/c?lieu=Beaumont", ContactNames.withoutInQuery("https://m.example.fr/c?lieu=Beaumont", GASPARD));
    }
}

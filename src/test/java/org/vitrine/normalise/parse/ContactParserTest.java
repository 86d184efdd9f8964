package org.vitrine.normalise.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitrine.normalise.parse.Cells.cell;
import static org.vitrine.normalise.parse.Cells.refused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitrine.model.Contact;

class ContactParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
        "Marie Dupont <marie.dupont@ville.fr>|Marie Dupont|marie.dupont@ville.fr",
        "marie.dupont@ville.fr|-|marie.dupont@ville.fr",
        "Marie Dupont - marie.dupont@ville.fr|Marie Dupont|marie.dupont@ville.fr",
        "Marie Dupont, marie.dupont@ville.fr.|Marie Dupont|marie.dupont@ville.fr",
        "Service achats (achats@chu.fr)|Service achats|achats@chu.fr",
        "Service achats|Service achats|-",
        "mailto:achats@chu.fr|-|achats@chu.fr",
        "MAILTO:achats@chu.fr|-|achats@chu.fr",
        "Direction de la commande publique <mailto:dcp@metropole.fr>|Direction de la commande publique|dcp@metropole.fr",
        "achats@chu.fr; marie.dupont@chu.fr|-|achats@chu.fr",
        "Service achats achats@chu.fr / M. Durand p.durand@chu.fr|Service achats / M. Durand|achats@chu.fr",
        "j.o'neil+achats@sub.domaine-public.gouv.fr|-|j.o'neil+achats@sub.domaine-public.gouv.fr",
        // the buyer's bracketed text is kept whole (docs/INPUT.md; attacker Z: « [Nomenclature] » became « Nomenclature »)
        "[Nomenclature]|[Nomenclature]|-",
        "[Nomenclature] achats@ville.fr|[Nomenclature]|achats@ville.fr",
        "Service achats [bâtiment B]|Service achats [bâtiment B]|-",
        "(Service achats)|(Service achats)|-",
        "Service achats [achats@chu.fr]|Service achats|achats@chu.fr",
        "Service achats (achats@chu.fr) -|Service achats|achats@chu.fr",
        "Service achats (|Service achats|-",
        "] Service achats|Service achats|-",
        // review revH R4: the name in brackets after its address (« (Marie Dupont) » was kept with its brackets)
        "achats@chu.fr (Marie Dupont)|Marie Dupont|achats@chu.fr",
        "Marie Dupont (achats@chu.fr)|Marie Dupont|achats@chu.fr",
        "achats@chu.fr (Service achats) (bâtiment B)|(Service achats) (bâtiment B)|achats@chu.fr",
    })
    void readsNamesAndEmails(String in, String name, String email) throws ParseError {
        assertEquals(new Contact(name, email), ContactParser.parse(cell(in)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "javascript:alert(1)|parse.contact.scheme",
        "JavaScript :alert(1)|parse.contact.scheme",
        "data:text/html;base64,PHNjcmlwdD4=|parse.contact.scheme",
        "Marie <script>alert(1)</script>|parse.contact.html",
        "<b>Marie</b> marie@ville.fr|parse.contact.html",
        "<img src=x onerror=alert(1)>|parse.contact.html",
        "Marie > Paul|parse.contact.html",
        "marie@ville|parse.contact.email",
        "marie@@ville.fr|parse.contact.email",
        "marie.dupont@ville..fr|parse.contact.email",
        "@ville.fr|parse.contact.email",
        "achats@chu.fr; marie@ville|parse.contact.email",
        "marie@ville.f|parse.contact.email",
        "- ; -|parse.contact.unreadable",
        "e:#REF!|parse.cell.error",
    })
    void refusesScriptsHtmlAndBadEmails(String in, String key) {
        refused(key, () -> ContactParser.parse(cell(in)));
    }
}

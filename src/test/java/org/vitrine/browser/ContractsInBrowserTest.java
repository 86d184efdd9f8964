package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.normalise.parse.Places;
import org.vitrine.publish.Site;
import org.vitrine.publish.catalogue.JointGroupTest;

/**
 * What supplier W read on a phone (390 px), issue 18: a groupement's row leads with the one contract's total, its
 * share second; the status line, the header and every filter count count contracts, a groupement once, as the list
 * shows them; a place reads the same in the list and on the page (« Saône-et-Loire (71) »); « cvc » finds the words
 * it stands for; « nievre » finds what the place filter Nièvre (58) lists, region-wide needs included.
 */
class ContractsInBrowserTest {

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue();
    static Site built;

    @BeforeAll
    static void start() throws Exception {
        List<Need> needs = new ArrayList<>(JointGroupTest.needs()); // six needs of their own, a group of three shares
        Need base = needs.get(0);
        needs.add(at(base, "P-CVC", "Maintenance des installations de chauffage, ventilation et climatisation", "71 – Saône-et-Loire",
                new Cpv("50720000-8", Map.of("fr", "Services de réparation et d'entretien du chauffage central", "en", "Central heating"))));
        needs.add(at(base, "R-1", "Formation des agents d’accueil", "Bourgogne-Franche-Comté",
                new Cpv("80500000-9", Map.of("fr", "Services de formation", "en", "Training services"))));
        needs.add(at(base, "N-1", "Entretien des routes départementales", "58",
                new Cpv("45233141-9", Map.of("fr", "Travaux d'entretien routier", "en", "Road-maintenance works"))));
        built = page.write(needs);
    }

    private static Need at(Need base, String ref, String title, String location, Cpv cpv) {
        Need.Builder b = base.toBuilder();
        b.id = "chu-beaumont-" + ref.toLowerCase();
        b.reference = ref;
        b.title = title;
        b.description = null;
        b.location = location;
        b.place = Places.load().resolve(location);
        b.cpv = cpv;
        b.questions = List.of();
        return b.build();
    }

    private static String text(String script) {
        return ((String) page.driver.executeScript(script)).replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    @SuppressWarnings("unchecked")
    private static List<String> rows() {
        return ((List<String>) page.driver.executeScript("return Array.from(document.querySelectorAll('#results li.need')).map(li => li.textContent);"))
                .stream().map(s -> s.replace('\u202F', ' ').replace('\u00A0', ' ')).toList();
    }

    private static void choose(String facet, String value, String query) {
        page.driver.executeScript("document.getElementById('q').value = arguments[2]; document.getElementById('f-' + arguments[0]).value = arguments[1];"
                + " window.VitrineCatalogue.apply();", facet, value, query);
    }

    @Test
    void aGroupsRowAndPageLeadWithTheContractsTotal() {
        page.open("index.html");
        String row = rows().stream().filter(r -> r.contains("part G-M")).findFirst().orElseThrow();
        assertTrue(row.contains("485 000 € — groupement de 3 acheteurs · part de la Métropole du Val-de-Saône : 210 000 €"), row);
        assertFalse(row.contains("(part)"), row);
        // the page's amount: the contract, then the share
        Need share = built.needs().stream().filter(n -> "G-V".equals(n.reference())).findFirst().orElseThrow();
        page.driver.get(Browser.url(page.site) + "needs/" + share.id() + ".html");
        String amount = text("return Array.from(document.querySelectorAll('dt')).find(d => d.textContent.startsWith('Montant')).nextElementSibling.textContent;");
        assertTrue(amount.startsWith("485 000 € — groupement de 3 acheteurs"), amount);
        assertTrue(amount.indexOf("95 000 €") > amount.indexOf("485 000 €"), "the share second: " + amount);
    }

    @Test
    void theStatusTheHeaderAndEveryFilterCountContracts() {
        page.open("index.html");
        int contracts = rows().size();
        assertEquals(10, contracts, "nine needs of their own and one row for the group's three shares");
        assertEquals("10 besoins sur 10", text("return document.getElementById('status').textContent;"));
        assertTrue(text("return document.querySelector('p.lead').textContent;").startsWith("10 besoins publiés par 3 acheteurs, dont 1 groupement"
                + " de commandes (3 parts d’acheteurs"), text("return document.querySelector('p.lead').textContent;"));
        // every value's count is the number of rows the list holds once it is chosen (supplier W: 90/35/14 vs 84/32/11)
        for (String facet : List.of("buyer", "band", "quarter", "location", "category", "procedure", "division")) {
            @SuppressWarnings("unchecked")
            List<List<String>> options = (List<List<String>>) page.driver.executeScript("return Array.from(document.getElementById('f-' + arguments[0]).options)"
                    + ".slice(1).map(o => [o.value, o.textContent]);", facet);
            for (List<String> o : options) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+)(?:, [^)]*)?\\)$").matcher(o.get(1));
                assertTrue(m.find(), o.toString());
                int counted = Integer.parseInt(m.group(1));
                choose(facet, o.get(0), "");
                assertEquals(counted, rows().size(), facet + " " + o + ": " + rows());
                choose(facet, "", "");
            }
        }
    }

    @Test
    void aPlaceReadsTheSameInTheListAndOnThePage() {
        page.open("index.html");
        String row = rows().stream().filter(r -> r.contains("chauffage, ventilation")).findFirst().orElseThrow();
        assertTrue(row.contains("Saône-et-Loire (71)"), row);
        page.driver.get(Browser.url(page.site) + "needs/chu-beaumont-p-cvc.html");
        String place = text("return Array.from(document.querySelectorAll('dt')).find(d => d.textContent === 'Lieu d’exécution').nextElementSibling.textContent;");
        assertEquals("Saône-et-Loire (71)", place, "not « 71 – Saône-et-Loire »");
    }

    @Test
    void anAbbreviationFindsTheWordsItStandsFor() {
        List<String> found = page.search("cvc");
        assertEquals(List.of("Maintenance des installations de chauffage, ventilation et climatisation"), found);
        assertTrue(page.search("CVC maintenance").contains("Maintenance des installations de chauffage, ventilation et climatisation"));
    }

    @Test
    void aDepartementsNameFindsWhatItsPlaceFilterLists() {
        List<String> byText = page.search("nievre");
        assertTrue(byText.contains("Formation des agents d’accueil"), "the region-wide need: " + byText);
        assertTrue(byText.contains("Entretien des routes départementales"), byText.toString());
        page.open("index.html");
        choose("location", "departement:58", "");
        assertEquals(rows().size(), byText.size(), "text and filter agree: " + rows() + " / " + byText);
    }
}

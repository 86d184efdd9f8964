package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vitrine.publish.catalogue.CatalogueFixture;
import org.vitrine.publish.catalogue.JointGroupTest;

/**
 * A groupement de commandes as a supplier on a phone meets it in the list (outside supplier V): one row for the
 * group, the coordinator's, naming its members; found by the word « groupement »; filtered by the whole contract's
 * amount, not a member's share. And the exhibitors' table on event.html keeps each value's label at 390 px.
 */
class GroupsInBrowserTest {

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue();
    /** The same needs, the group named without the word « groupement » (supplier W: « vérifications », « formation »). */
    static Path plainNamed;

    @BeforeAll
    static void start() throws Exception {
        // the fixture's six needs and one group: Métropole 210 000 € (coordinator), Ville 95 000 €, CHU 180 000 €
        CatalogueFixture.write(page.site, JointGroupTest.needs());
        plainNamed = page.tmp.resolve("plain");
        CatalogueFixture.write(plainNamed, JointGroupTest.needs().stream().map(n -> {
            if (n.jointGroup() == null) {
                return n;
            }
            org.vitrine.model.Need.Builder b = n.toBuilder();
            b.jointGroup = new org.vitrine.model.JointGroup("Vérifications périodiques 2027", n.jointGroup().coordinator());
            return b.build();
        }).toList());
        page.start();
    }

    List<String> rows(String query, String band) {
        return rows(page.site, query, band);
    }

    List<String> rows(Path site, String query, String band) {
        Browser.openReady(page.driver, site, "index.html");
        page.driver.executeScript("document.getElementById('q').value = arguments[0]; document.getElementById('f-band').value = arguments[1];"
                + " window.VitrineCatalogue.apply();", query, band);
        return page.rowTexts();
    }

    @Test
    void aGroupIsOneRowTheCoordinatorsNamingItsMembers() {
        List<String> all = rows("", "");
        assertEquals(7, all.size(), "six needs of their own and one row for the three shares");
        List<String> group = all.stream().filter(r -> r.contains("Vérifications périodiques")).toList();
        assertEquals(1, group.size(), group.toString());
        assertTrue(group.get(0).contains("part G-M"), "the coordinator's share stands for the group");
        assertTrue(group.get(0).replace('\u00A0', ' ').contains(
                "Groupement de commandes « Groupement vérifications 2027 », un seul marché : Métropole du Val-de-Saône (coordonnateur),"
                        + " avec CHU de Beaumont, Ville de Beaumont-sur-Saône"), group.get(0));
        // the page's own first rows (before the script) say the same
        String html = (String) page.driver.executeScript("return document.documentElement.outerHTML;");
        assertTrue(html.contains("meta group"));
    }

    @Test
    void theWordGroupementFindsTheGroupByItsName() {
        List<String> found = rows("groupement", "");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("part G-M"));
        // a member's share is found by its coordinator's name too
        assertTrue(rows("metropole verifications", "").get(0).contains("part G-M"));
    }

    @Test
    void theWordsGroupementDeCommandesFindEveryGroupWhateverItsName() {
        List<String> found = rows(plainNamed, "groupement de commandes", "");
        assertEquals(1, found.size(), "the group's row, and none of the six needs of their own: " + found);
        assertTrue(found.get(0).contains("part G-M"), found.toString());
        assertEquals(1, rows(plainNamed, "groupement", "").size(), "« groupement » too, though the name does not say it");
        assertEquals(1, rows(page.site, "groupement de commandes", "").size(), "a group whose name has only « groupement »");
        // a member's share, filtered by its buyer, is found by the words too
        Browser.openReady(page.driver, plainNamed, "index.html");
        page.driver.executeScript("document.getElementById('q').value = 'groupement de commandes';"
                + " document.getElementById('f-buyer').value = 'ville-beaumont-sur-saone'; window.VitrineCatalogue.apply();");
        List<String> mine = page.rowTexts();
        assertTrue(mine.size() == 1 && mine.get(0).contains("part G-V"), mine.toString());
    }

    @Test
    void theWordGroupementFindsTheGroupementsOnceEachTitledWithoutTheShare() throws Exception {
        // outside supplier X: « groupement » found 18 rows for 4 groupements, 13 of them needs of the buyer « Groupement de
        // soutien de la base de défense », and titles ended with « — part de la Métropole »
        java.util.List<org.vitrine.model.Need> needs = new java.util.ArrayList<>();
        for (org.vitrine.model.Need n : JointGroupTest.needs()) {
            org.vitrine.model.Need.Builder b = n.toBuilder();
            if (n.jointGroup() != null) {
                b.title = "Vérifications périodiques — part de la " + n.buyer().name();
            }
            needs.add(b.build());
        }
        org.vitrine.model.Need.Builder base = org.vitrine.normalise.Needs.need("gsbdd-beaumont", "D-1", "Nettoyage des locaux", 60_000,
                "public", "d.xlsx", 2).toBuilder();
        base.buyer = new org.vitrine.model.BuyerRef("gsbdd-beaumont", "Groupement de soutien de la base de défense de Beaumont", "defence");
        base.visibility = null;
        base.source = null;
        base.launch = CatalogueFixture.month(2027, 9);
        needs.add(base.build());
        org.vitrine.model.Need.Builder pharma = base.build().toBuilder();
        pharma.reference = "D-2";
        pharma.title = "Produits pharmaceutiques (hors groupement régional)";
        needs.add(pharma.build());
        var config = org.vitrine.config.ConfigLoader.load(Path.of("config"));
        Path dir = page.tmp.resolve("titles");
        // through the public view, as every public file (the fixture's needs are already public ones)
        needs.replaceAll(n -> {
            org.vitrine.model.Need.Builder b = n.toBuilder();
            b.visibility = "public";
            return b.build();
        });
        CatalogueFixture.write(dir, org.vitrine.publish.PublicView.of(needs, config, org.vitrine.publish.PublicView.Use.PAGES,
                org.vitrine.messages.Messages.of("fr")));
        List<String> found = rows(dir, "groupement", "");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Vérifications périodiques") && !found.get(0).contains("— part de"), found.get(0));
        assertEquals(1, rows(dir, "groupements de commande", "").size());
        // the buyer is still found by its name with another word, and the pharmacy by its own words
        assertTrue(rows(dir, "groupement soutien nettoyage", "").stream().anyMatch(r -> r.startsWith("Nettoyage des locaux")));
        assertEquals(1, rows(dir, "hors groupement", "").size());
    }

    @Test
    void theAmountFilterUsesTheWholeContract() {
        // 485 000 € in all: « De 100 000 à 500 000 € » (b2) has the group; « De 40 000 à 100 000 € » (b1) not the 95 000 € share
        assertTrue(rows("", "b2").stream().anyMatch(r -> r.contains("Vérifications périodiques")), "the group by its total");
        assertFalse(rows("", "b1").stream().anyMatch(r -> r.contains("Vérifications périodiques")), "not by a member's share");
        // a member's buyer filter still finds its share, with the group said
        page.open("index.html");
        page.driver.executeScript("document.getElementById('f-buyer').value = 'ville-beaumont-sur-saone'; window.VitrineCatalogue.apply();");
        List<String> mine = page.rowTexts();
        assertTrue(mine.stream().anyMatch(r -> r.contains("part G-V") && r.contains("un seul marché")), mine.toString());
    }

    @Test
    void theExhibitorsTableKeepsItsLabelsOnAPhone() {
        page.driver.get(Browser.url(page.site) + "event.html");
        String before = (String) page.driver.executeScript("var td = document.querySelector('table.sources tbody td');"
                + " return getComputedStyle(td, '::before').content + '|' + getComputedStyle(document.querySelector('table.sources thead')).position;");
        assertTrue(before.startsWith("\"Stand"), before);
        assertTrue(before.endsWith("|absolute"), "the stacked layout, its headers hidden: " + before);
    }
}

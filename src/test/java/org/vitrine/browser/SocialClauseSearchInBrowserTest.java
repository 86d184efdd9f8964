package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.vitrine.model.Need;
import org.vitrine.publish.Catalogue;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;
import org.vitrine.publish.catalogue.CatalogueFixture;

/**
 * Issue 18 (what suppliers read), typing in the search box on a 390 px phone: « clause sociale », « clause
 * d'insertion » and « insertion » found only the SIAE-reserved needs, none of the needs with a social clause (47 on the
 * examples, none reserved), though their pages say « Clause sociale : oui ». They are found now by the badge's words and
 * by reference/reserved-words.txt's « social_clause » line (the index's SOCIAL flag and one « socialWords » string), in
 * French and in English (« social clause »); a need without the clause is not, even with « social » in its title.
 */
class SocialClauseSearchInBrowserTest {

    static final String WASTE = "Collecte des déchets ménagers";
    static final String ROADS = "Travaux de voirie du centre-ville";
    static final String SIAE = "Entretien des espaces verts des lycées";
    static final String ESS = "Accompagnement vers l'emploi des bénéficiaires du RSA";
    static final String SOCIAL_TITLE = "Accompagnement social lié au logement";
    static final String CLEANING = "Nettoyage des locaux";

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue();

    @BeforeAll
    static void start() throws Exception {
        List<Need> needs = new ArrayList<>();
        needs.add(SearchInBrowserTest.need("S-1", WASTE, "90511000", 900_000, SearchInBrowserTest.month(2), b -> b.socialClause = true));
        needs.add(SearchInBrowserTest.need("S-2", ROADS, "45233140", 1_500_000, SearchInBrowserTest.month(3), b -> b.socialClause = true));
        needs.add(SearchInBrowserTest.need("R-1", SIAE, "77310000", 90_000, SearchInBrowserTest.month(4), b -> b.reserved = "siae"));
        needs.add(SearchInBrowserTest.need("R-2", ESS, "79611000", 200_000, SearchInBrowserTest.month(5), b -> b.reserved = "ess"));
        needs.add(SearchInBrowserTest.need("A-1", SOCIAL_TITLE, "85312000", 150_000, SearchInBrowserTest.month(6), b -> b.socialClause = false));
        needs.add(SearchInBrowserTest.need("N-1", CLEANING, "90910000", 60_000, SearchInBrowserTest.month(7), b -> { }));
        Site fr = CatalogueFixture.site(needs, "fr");
        new Catalogue(new Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates")).write(page.site, fr);
        Site en = CatalogueFixture.site(needs, "en");
        new Catalogue(new Templates(Path.of("templates"), Locale.ENGLISH), Path.of("templates")).write(page.site.resolve("en"), en);
        page.start();
    }

    static List<String> typed(String edition, String words) {
        Browser.openReady(page.driver, page.site, edition + "index.html");
        page.driver.findElement(By.id("q")).sendKeys(words, Keys.ENTER);
        return page.titles().stream().sorted().toList();
    }

    static List<String> sorted(String... titles) {
        return java.util.Arrays.stream(titles).sorted().toList();
    }

    @Test
    void theWordsOfASocialClauseFindTheNeedsThatHaveOne() throws Exception {
        assertEquals(sorted(WASTE, ROADS), typed("", "clause sociale"));
        assertEquals("Trouvé par : la clause sociale prévue", page.driver.findElement(By.cssSelector("#results li.need .why")).getText());
        Browser.shot(page.driver, "supplierK-clause-sociale-390");
        assertEquals(sorted(WASTE, ROADS), typed("", "clauses sociales"));
        assertEquals(sorted(WASTE, ROADS), typed("", "Clause Sociale"));
        // the insertion words: the needs with a social clause and, as before, the SIAE-reserved one
        assertEquals(sorted(WASTE, ROADS, SIAE), typed("", "clause d'insertion"));
        assertEquals(sorted(WASTE, ROADS, SIAE), typed("", "insertion"));
        Browser.shot(page.driver, "supplierK-insertion-390");
        // the ESS's words are still the ESS-reserved need's alone
        assertEquals(sorted(ESS), typed("", "économie sociale"));
    }

    @Test
    void theEnglishEditionFindsThemByTheEnglishWords() {
        assertEquals(sorted(WASTE, ROADS), typed("en/", "social clause"));
        assertEquals("Found by: the planned social clause", page.driver.findElement(By.cssSelector("#results li.need .why")).getText());
        assertEquals(sorted(WASTE, ROADS), typed("en/", "social clauses"));
        assertEquals(sorted(WASTE, ROADS, SIAE), typed("en/", "insertion"));
    }
}

package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vitrine.model.Need;

/**
 * Issue 18, as the cleaning supplier searched: a trade word ("nettoyage") adds the trade's codes to the literal
 * search of titles, texts and CPV labels, never replaces it. The needs are those of the 2026-11-26 edition:
 * cleaning products (39830000 « Produits de nettoyage ») and laundry (98310000 « … nettoyage à sec ») are no
 * cleaning service (909), and their titles say neither.
 */
class CpvLabelSearchInBrowserTest {

    static final String PRODUCTS = "Produits d'entretien et d'hygiène pour les collèges";
    static final String LAUNDRY = "Blanchisserie : location et entretien des vêtements professionnels";
    static final String WINDOWS = "Nettoyage des vitres des bâtiments administratifs";
    static final String PREMISES = "Nettoyage des locaux du siège";

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue(1280, 1000);

    @BeforeAll
    static void start() throws Exception {
        List<Need> needs = List.of(
                SearchInBrowserTest.need("C-1", PRODUCTS, "39830000", 90_000, SearchInBrowserTest.month(5), b -> { }),
                SearchInBrowserTest.need("C-2", LAUNDRY, "98310000", 400_000, SearchInBrowserTest.month(2), b -> { }),
                // "sec" starts a word of its description: found by « nettoyage à sec » before the laundry's label
                SearchInBrowserTest.need("C-3", WINDOWS, "90911300", 70_000, SearchInBrowserTest.month(6),
                        b -> b.description = "Pour le Secrétariat général commun"),
                SearchInBrowserTest.need("C-4", PREMISES, "90911200", 300_000, SearchInBrowserTest.month(3), b -> { }),
                // no cleaning in its title, text or labels: found by none of the queries
                SearchInBrowserTest.need("C-5", "Sécurité incendie des bâtiments", "50413200", 40_000, SearchInBrowserTest.month(1), b -> { }));
        page.write(needs);
    }

    @Test
    void aCpvLabelsOwnWordsFindItsNeedThoughOneIsATradeWord() {
        // « nettoyage » is a trade word (909); 39830000's label is exactly « Produits de nettoyage »
        assertEquals(List.of(PRODUCTS), page.search("produits de nettoyage"));
    }

    @Test
    void aTradeWordAlsoFindsTheNeedsWhoseCpvLabelSaysIt() {
        // the titles first (launch order), then those found by their CPV label only (launch order)
        assertEquals(List.of(PREMISES, WINDOWS, LAUNDRY, PRODUCTS), page.search("nettoyage"));
        List<String> why = page.reasons();
        assertTrue(why.get(2).contains("98310000") && why.get(2).contains("nettoyage à sec"), why.toString());
    }

    @Test
    void aPhraseOfACpvLabelFindsItsNeedAfterThoseThatSayItInTheirOwnText() {
        // « à » is dropped (a lone letter); « sec » starts « Secrétariat » in the windows' description (own text,
        // before a CPV label) and ends the laundry's label
        assertEquals(List.of(WINDOWS, LAUNDRY), page.search("nettoyage à sec"));
    }
}

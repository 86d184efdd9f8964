package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vitrine.model.Period;

/**
 * Supplier W (D2): the quarter filter took one quarter; « open in the first half » took two searches and no link
 * could say it. The filter also offers each half-year (T1 + T2), and any set of quarters a link gives
 * (quarter=2027-Q2+2027-Q3), kept in the URL; a need counts once, « à préciser » when its window goes beyond.
 */
class QuartersInBrowserTest {

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue();

    @BeforeAll
    static void start() throws Exception {
        page.write(List.of(
                SearchInBrowserTest.need("Q-1", "Nettoyage T1", "90911200", 50_000, SearchInBrowserTest.month(2), b -> { }),
                SearchInBrowserTest.need("Q-2", "Nettoyage T2", "90911200", 50_000, SearchInBrowserTest.month(5), b -> { }),
                SearchInBrowserTest.need("Q-3", "Nettoyage T3", "90911200", 50_000, SearchInBrowserTest.month(8), b -> { }),
                SearchInBrowserTest.need("Q-4", "Nettoyage S1", "90911200", 50_000,
                        new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), Period.Precision.half), b -> { }),
                SearchInBrowserTest.need("Q-5", "Nettoyage 2027", "90911200", 50_000,
                        new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Period.Precision.year), b -> { })));
    }

    @Test
    void aHalfYearIsOneChoiceCountedOnceAndKeptInTheLink() {
        page.open("index.html");
        List<String> options = page.options("f-quarter");
        assertTrue(options.contains("1er semestre 2027 (T1 + T2) (4, dont 1 à préciser)"), options.toString());
        assertTrue(options.contains("2e semestre 2027 (T3 + T4) (2, dont 1 à préciser)"), options.toString());
        page.choose("f-quarter", "1er semestre");
        assertEquals(List.of("Nettoyage 2027", "Nettoyage S1", "Nettoyage T1", "Nettoyage T2"), page.shown());
        String url = page.driver.getCurrentUrl();
        assertTrue(url.contains("quarter=2027-Q1%2B2027-Q2"), url);
        // the link restores it
        page.driver.get("about:blank");
        page.driver.get(url);
        page.waitReady();
        assertEquals(List.of("Nettoyage 2027", "Nettoyage S1", "Nettoyage T1", "Nettoyage T2"), page.shown());
    }

    @Test
    void aLinkMayGiveAnySetOfQuarters() {
        page.open("index.html#quarter=2027-Q2%2B2027-Q3");
        assertEquals(List.of("Nettoyage 2027", "Nettoyage S1", "Nettoyage T2", "Nettoyage T3"), page.shown());
        String chosen = (String) page.driver.executeScript("var s = document.getElementById('f-quarter'); return s.options[s.selectedIndex].textContent;");
        assertEquals("T2 2027 + T3 2027 (4, dont 2 à préciser)", chosen);
    }
}

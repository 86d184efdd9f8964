package org.vitrine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.vitrine.model.Need;

/**
 * The place filter for a regional buyer (supplier Y, defect 4), from its file to Chromium: a need for the whole region
 * is listed under the region and under every département of it, Côte-d'Or included though no need names it; a need
 * whose own place no list reads (« Sainte-Aure ») is filed under that place, within the region, never « toute la
 * région » nor under the region's every département; a need performed in named départements stays under those.
 */
class RegionPlacesInBrowserTest {

    @RegisterExtension
    static final BrowserCatalogue page = new BrowserCatalogue(1280, 1000);

    @BeforeAll
    static void start() throws Exception {
        // region-bourgogne-vallees.csv: the file names the buyer, whose buyers.yaml place is Bourgogne-Franche-Comté
        List<Need> needs = page.needsOf("region-bourgogne-vallees.csv",
                "R-1;Formation des agents des lycées;80533100-0;70 000;T3 2027;\n"
                + "R-2;Construction d'un lycée neuf à Sainte-Aure;45214220-8;9 000 000;T2 2027;Sainte-Aure\n"
                + "R-3;Transport scolaire;60130000-8;400 000;T2 2027;71, 58\n");
        assertEquals(3, needs.size());
        page.write(needs);
    }

    List<String> shownAfterChoosing(String value) {
        return page.shownAfterSelecting(value);
    }

    @Test
    void aNeedForTheWholeRegionIsUnderTheRegionAndEachOfItsDepartements() {
        List<String> options = page.locationOptions();
        // the eight départements of Bourgogne-Franche-Comté, those no need names with the need for the whole region
        // and says so (supplier Z, issue 18: not as if performed in each département only)
        for (String d : List.of("Côte-d'Or (21) (1, toute la région)", "Doubs (25) (1, toute la région)", "Jura (39) (1, toute la région)",
                "Haute-Saône (70) (1, toute la région)", "Yonne (89) (1, toute la région)", "Territoire de Belfort (90) (1, toute la région)",
                "Nièvre (58) (2, dont 1 pour toute la région)", "Saône-et-Loire (71) (2, dont 1 pour toute la région)")) {
            assertTrue(options.contains(d), d + " in " + options);
        }
        assertTrue(options.contains("Bourgogne-Franche-Comté (3)"), options.toString());
        assertEquals(List.of("Formation des agents des lycées"), shownAfterChoosing("departement:21"));
        assertEquals(List.of("Formation des agents des lycées", "Transport scolaire"), shownAfterChoosing("departement:71"));
    }

    @Test
    void aPlaceOfItsOwnThatNoListReadsIsShownAndFiledAsWrittenWithinTheRegion() throws Exception {
        // outside supplier Y: rbv-2027-23 listed « Bourgogne-Franche-Comté (toute la région) », its page « Sainte-Aure »
        assertEquals(List.of("Construction d'un lycée neuf à Sainte-Aure"), shownAfterChoosing("~sainte aure"));
        String where = page.driver.findElement(By.cssSelector("#results li.need .where")).getText();
        assertTrue(where.endsWith("Sainte-Aure"), where);
        assertFalse(where.contains("toute la région"), where);
        assertTrue(shownAfterChoosing("region:27").contains("Construction d'un lycée neuf à Sainte-Aure"), "the region holds it");
        for (String d : List.of("departement:21", "departement:58", "departement:71")) {
            assertFalse(shownAfterChoosing(d).contains("Construction d'un lycée neuf à Sainte-Aure"), d);
        }
        assertFalse(Files.readString(page.site.resolve("buyers/region-bourgogne-vallees.html")).contains("Sainte-Aure (toute la région)"));
        assertTrue(Files.readString(page.site.resolve("buyers/region-bourgogne-vallees.html")).contains("Formation des agents des lycées"));
    }
}

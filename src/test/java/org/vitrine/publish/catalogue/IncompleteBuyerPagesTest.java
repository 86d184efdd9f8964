package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.publish.Catalogue;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/**
 * A buyer whose own file was refused in the run (supplier W: the SDIS showed « 3 besoins », only its shares of
 * groupements): its page and the exhibitors' table say its list may be incomplete, and not why (the staff's).
 */
class IncompleteBuyerPagesTest {

    @TempDir
    Path dir;

    @Test
    void theBuyersPageAndTheExhibitorsTableSaySo() throws Exception {
        Site site = CatalogueFixture.site(JointGroupTest.needs(), "fr");
        site.model().put("incompleteBuyers", List.of("chu-beaumont"));
        new Catalogue(new Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates")).write(dir, site);
        String chu = Files.readString(dir.resolve("buyers/chu-beaumont.html")).replace('\u00A0', ' ');
        assertTrue(chu.contains("La liste des besoins du Centre hospitalier universitaire de Beaumont-sur-Saône est peut-être incomplète"), chu);
        assertFalse(chu.toLowerCase(Locale.ROOT).contains("refusé") || chu.contains(".xlsx"), "no internal detail");
        String other = Files.readString(dir.resolve("buyers/ville-beaumont-sur-saone.html"));
        assertFalse(other.contains("peut-être incomplète"), "only the buyer whose file was refused");
        String event = Files.readString(dir.resolve("event.html"));
        assertTrue(event.contains("(liste peut-être incomplète)"), "the exhibitors' table");
        // the CHU's row, and its stand on the plan when the plan places it (supplier Z, issue 18)
        int onPlan = event.contains("class=\"stand\" id=") && event.matches("(?s).*class=\"stand\"[^>]*href=\"buyers/chu-beaumont.html\".*") ? 1 : 0;
        assertEquals(1 + onPlan, event.split("\\(liste peut-être incomplète\\)", -1).length - 1, "the CHU's row and stand only");
        // supplier Z, issue 18: also on the home page's list of buyers, the CHU's entry only
        String home = Files.readString(dir.resolve("index.html"));
        int note = home.indexOf("(liste peut-être incomplète)");
        assertTrue(note > home.indexOf("<a href=\"buyers/chu-beaumont.html\">"), "the home page's buyer list");
        assertTrue(note == home.lastIndexOf("(liste peut-être incomplète)"), "once, the CHU's entry");
        assertTrue(home.substring(home.indexOf("<a href=\"buyers/chu-beaumont.html\">"), note).indexOf("</li>") < 0, "in the CHU's entry");
    }
}

package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.publish.Site;

/**
 * Supplier X, D9: a CPV division's feed was titled « Division CPV 38 — 38 — … » (the code twice), and the about page
 * said the awards « servent de preuve interne »: suppliers read plain words.
 */
class PlainWordsAboutFeedsTest {

    @TempDir
    Path dir;

    @Test
    void aDivisionsFeedNamesItsCodeOnceAndTheAboutPageSaysNoInternalWords() throws Exception {
        Site site = CatalogueFixture.site(CatalogueFixture.needs(), "fr");
        CatalogueFixture.write(dir, site);
        Need first = CatalogueFixture.needs().get(0);
        String division = Facets.division(first);
        String feed = Files.readString(dir.resolve("feeds/cpv-" + division + ".xml"));
        assertTrue(feed.contains("<title>Division CPV " + division + " — "), feed);
        assertFalse(feed.contains(division + " — " + division + " — "), feed);
        for (String lang : new String[] {"fr", "en"}) {
            String awards = Messages.of(lang).get("cat.about.records.awards", 7);
            assertFalse(awards.contains("interne") || awards.contains("internal"), awards);
            assertTrue(awards.contains("7"), awards);
        }
    }
}

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
    }

    /** Supplier X, D9: the about page's source table named « si-transports », the configuration's id of a buyer's system. */
    @Test
    void aBuyersSystemIsNamedByItsBuyerNotByItsConfigurationId() throws Exception {
        org.vitrine.config.Config config = org.vitrine.config.ConfigLoader.load(Path.of("config"));
        java.time.LocalDate date = java.time.LocalDate.of(2026, 11, 26);
        Messages msg = Messages.of("fr");
        org.vitrine.model.EditionInfo edition = new org.vitrine.model.EditionInfo("2026-11-26-1", 2027, date, "fr",
                java.util.List.of(new org.vitrine.model.EditionInfo.SourceInfo("tableurs", "spreadsheets", 3, date, false),
                        new org.vitrine.model.EditionInfo.SourceInfo("si-transports", "rest", 4, date, false)), java.util.List.of(),
                "Licence Ouverte / Etalab 2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/", msg.get("publish.disclaimer"));
        CatalogueFixture.write(dir, new Site(CatalogueFixture.needs(), config, edition, msg));
        String about = Files.readString(dir.resolve("about.html"));
        String owner = config.buyers().byId("transports-val-de-saone").name();
        assertFalse(about.contains("si-transports"), about);
        assertTrue(about.contains("<th scope=\"row\">" + owner.replace("'", "&#39;") + "</th>")
                || about.contains("<th scope=\"row\">" + owner + "</th>"), about);
        assertTrue(about.contains("<th scope=\"row\">tableurs</th>"), "a source of no buyer keeps its name");
    }
}

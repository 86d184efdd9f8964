package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.messages.Messages;
import org.vitrine.model.EditionInfo;
import org.vitrine.model.Need;
import org.vitrine.publish.Site;

/**
 * Supplier Y, D9: the launches known only to a period are one event each on its first day (40 on 1 January 2027), and
 * each DESCRIPTION repeated the whole disclaimer but gave neither the reference nor where to watch. It now says the
 * buyer, the window, the reference and the buyer profile (ical4j reads it back), with one short « not binding »
 * sentence; the whole disclaimer stays on the catalogue's pages. French and English.
 */
class IcsDescriptionTest {

    @TempDir
    Path dir;

    static String description(Site site, String lang, String ref, Path dir) throws Exception {
        IcsExport ics = new IcsExport(site, Messages.of(lang));
        ics.writeAll(dir.resolve(lang + ".ics"));
        Calendar cal = IcsRevisionsTest.parse(dir.resolve(lang + ".ics"));
        Need n = site.needs().stream().filter(x -> ref.equals(x.reference())).findFirst().orElseThrow();
        assertTrue(ics.offers(n), ref);
        VEvent e = IcsRevisionsTest.event(cal, n);
        return e.getProperty("DESCRIPTION").orElseThrow().getValue();
    }

    @Test
    void aLaunchKnownToItsQuarterGivesItsReferenceAndTheBuyerProfileNotTheDisclaimer() throws Exception {
        List<Need> needs = CatalogueFixture.needs();
        Site fr = CatalogueFixture.site(needs, "fr");
        EditionInfo edition = (EditionInfo) fr.model().get("edition");
        // CHU-2: the CHU's, known to the 2nd quarter
        String d = description(fr, "fr", "CHU-2", dir);
        assertEquals("CHU de Beaumont — lancement prévu : 2e trimestre 2027, sans date précise pour l’instant, réf. CHU-2 : surveillez le "
                + "profil d’acheteur dès le premier jour de la période. Prévision indicative, qui n’engage pas l’acheteur. "
                + "Profil d’acheteur : https://marches.example-chu-beaumont.fr", d);
        assertFalse(d.contains(edition.disclaimer()), d);
        // a launch known to the month says the same
        String month = description(fr, "fr", "CHU-1", dir);
        assertTrue(month.contains("réf. CHU-1") && month.endsWith("Profil d’acheteur : https://marches.example-chu-beaumont.fr"), month);

        Site en = CatalogueFixture.site(needs, "en");
        String e = description(en, "en", "CHU-2", dir);
        assertTrue(e.contains(", ref. CHU-2: watch the buyer profile") && e.endsWith("Buyer profile: https://marches.example-chu-beaumont.fr"), e);
        assertFalse(e.contains(((EditionInfo) en.model().get("edition")).disclaimer()), e);
    }
}

package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.Contact;
import org.vitrine.model.Need;

/**
 * A consultation running on the event day (supplier Y, defect 6: gsbdd-27-02 and nine others) publishes its launch
 * as needs/&lt;id&gt;.ics and its page links it, so that a supplier follows the deadline; it still offers no meeting
 * and no contact, only the buyer profile.
 */
class LiveNeedCalendarLinkTest {

    @TempDir
    Path dir;

    @Test
    void aLiveNeedsPageLinksItsLaunchForAnAgendaButOffersNoMeetingNorContact() throws Exception {
        Need.Builder b = CatalogueFixture.needs().stream().filter(n -> n.reference().equals("V-1")).findFirst().orElseThrow().toBuilder();
        b.reference = "LIVE-1";
        b.id = "ville-beaumont-sur-saone-live-1";
        b.title = "Maintenance des ascenseurs";
        b.launch = CatalogueFixture.month(2027, 1);
        b.live = "offers";
        b.contact = new Contact("Mme Martin", "ascenseurs@beaumont.example");
        Need live = b.build();
        CatalogueFixture.write(dir, List.of(live));
        String html = Files.readString(dir.resolve("needs/" + live.id() + ".html"));
        assertTrue(html.contains("class=\"live\""), "the fixture's need is not live on the event day");
        assertTrue(Files.exists(dir.resolve("needs/" + live.id() + ".ics")));
        assertTrue(html.contains("<a href=\"" + live.id() + ".ics\" type=\"text/calendar\">"), "the .ics published is not linked");
        assertFalse(html.contains("mailto:"), "a meeting or a contact by e-mail");
        assertFalse(html.contains("ascenseurs@beaumont.example"));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("rendez-vous.example-region.fr"), "a booking link");
    }
}

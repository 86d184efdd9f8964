package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.Need;
import org.vitrine.text.TelLinks;

/**
 * Issue 18, supplier Z on a phone: the buyers' phone numbers (buyers.yaml, « 03 00 00 05 05 ») could not be tapped. The
 * buyer's page and its needs' pages show the number as written, as a tel: link to its global number (E.164); a need whose
 * consultation runs on the event day shows no contact (equal treatment), so no phone either.
 */
class PhoneLinksPagesTest {

    @TempDir
    static Path dir;

    static Need with(String ref, java.util.function.Consumer<Need.Builder> change) {
        Need.Builder b = CatalogueFixture.needs().stream().filter(n -> n.reference().equals("V-1")).findFirst().orElseThrow().toBuilder();
        b.reference = ref;
        b.id = "ville-beaumont-sur-saone-" + ref.toLowerCase(Locale.ROOT);
        b.title = "Besoin " + ref;
        b.procedure = "open";
        change.accept(b);
        return b.build();
    }

    @BeforeAll
    static void write() throws Exception {
        List<Need> needs = new ArrayList<>();
        needs.add(with("T-1", b -> { }));
        needs.add(with("T-2", b -> b.live = "offers"));
        CatalogueFixture.write(dir, needs);
    }

    static final String LINK = "<a class=\"tel\" href=\"tel:+33300000505\">03 00 00 05 05</a>";

    @Test
    void theBuyersPageLinksItsPhone() throws Exception {
        String html = Files.readString(dir.resolve("buyers/ville-beaumont-sur-saone.html"));
        assertTrue(html.contains(LINK), html);
    }

    @Test
    void aNeedsPageLinksItsBuyersPhone() throws Exception {
        String html = Files.readString(dir.resolve("needs/ville-beaumont-sur-saone-t-1.html"));
        assertTrue(html.contains("<dt>Téléphone</dt><dd>" + LINK), html);
    }

    @Test
    void aConsultationRunningOnTheEventDayShowsNoPhone() throws Exception {
        String html = Files.readString(dir.resolve("needs/ville-beaumont-sur-saone-t-2.html"));
        assertFalse(html.contains("tel:"), html);
    }

    @Test
    void onlyANumberThatDialsAsWrittenIsALink() {
        assertEquals("tel:+33300000505", TelLinks.tel("03 00 00 05 05"));
        assertEquals("tel:+33612345678", TelLinks.tel("+33 6 12 34 56 78"));
        assertNull(TelLinks.tel("03 00 00 05 05 poste 12"));
        assertNull(TelLinks.tel("3005"));
    }
}

package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.model.Lot;
import org.vitrine.model.Need;
import org.vitrine.publish.Catalogue;
import org.vitrine.publish.Templates;

/**
 * Issue 18, supplier Z: 109 of the 111 multi-lot needs of the examples said only « 9 lots », and a plumber could not
 * tell whether one of them was his. A need whose lots the buyer titled shows them (the lots table); one the buyer
 * gave only the number of says so: « 9 lots (intitulés à préciser par l'acheteur) », on its page, and the about page
 * says what the needs.csv columns hold then.
 */
class LotsPagesTest {

    @TempDir
    static Path tmp;
    static Path dir;
    static Path en;

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
        needs.add(with("L-9", b -> b.lots = 9));
        needs.add(with("L-1", b -> b.lots = 1));
        needs.add(with("L-T", b -> {
            b.lots = 2;
            b.lotList = List.of(new Lot(1, "Gros œuvre", null, null, null), new Lot(2, "Plomberie, sanitaires", null, null, null));
        }));
        // lots the buyer numbered and coded, not titled
        needs.add(with("L-N", b -> {
            b.lots = 2;
            b.lotList = List.of(new Lot(1, null, null, null, "Dijon"), new Lot(2, null, null, null, "Beaune"));
        }));
        dir = tmp.resolve("fr");
        en = tmp.resolve("en");
        CatalogueFixture.write(dir, needs);
        new Catalogue(new Templates(Path.of("templates"), Locale.ENGLISH), Path.of("templates")).write(en, CatalogueFixture.site(needs, "en"));
    }

    static String page(Path root, String ref) throws Exception {
        return Files.readString(root.resolve("needs/ville-beaumont-sur-saone-" + ref.toLowerCase(Locale.ROOT) + ".html"));
    }

    @Test
    void aCountWithoutTitlesSaysTheBuyerIsToGiveThem() throws Exception {
        String html = page(dir, "L-9");
        assertTrue(html.contains("9 lots (intitulés à préciser par l’acheteur)"), html);
        assertTrue(page(en, "L-9").contains("9 lots (titles to be given by the buyer)"));
    }

    @Test
    void aSingleLotIsNoLotToDescribe() throws Exception {
        String html = page(dir, "L-1");
        assertTrue(html.contains("un seul lot (marché non alloti)"), html);
        assertFalse(html.contains("à préciser par l’acheteur"), html);
    }

    @Test
    void titledLotsAreListed() throws Exception {
        String html = page(dir, "L-T");
        assertTrue(html.contains("Plomberie, sanitaires") && html.contains("2 lots (détail ci-dessous)"), html);
        assertFalse(html.contains("à préciser par l’acheteur"), html);
    }

    @Test
    void numberedLotsWithoutTitlesSayTheTitlesAreToCome() throws Exception {
        String html = page(dir, "L-N");
        assertTrue(html.contains("2 lots (intitulés à préciser par l’acheteur ; détail ci-dessous)"), html);
        assertTrue(html.contains("Beaune"), html);
    }

    @Test
    void theAboutPageSaysWhatTheCsvLotColumnsHold() throws Exception {
        String about = Files.readString(dir.resolve("about.html"));
        assertTrue(about.contains("lot_list") && about.contains("intitulés à préciser par l’acheteur"), about);
        assertTrue(Files.readString(en.resolve("about.html")).contains("lot_list"));
    }
}

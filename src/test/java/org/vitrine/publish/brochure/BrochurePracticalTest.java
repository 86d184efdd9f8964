package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.config.VitrineConfig;
import org.vitrine.messages.Fmt;
import org.vitrine.messages.Messages;

/**
 * The practical page tells a visitor what designer X (D5) missed: the weekday of the date, the organiser's
 * contact, when booking closes, whether entry is free, and on which page the plan is (the page computed).
 * Each line comes from the config and is left out when the config does not say.
 */
class BrochurePracticalTest {

    @Test
    void dateHasItsWeekday() {
        assertEquals("jeudi 4 février 2027", new Fmt(Messages.of("fr")).dateWithWeekday(java.time.LocalDate.of(2027, 2, 4)));
        assertEquals("lundi 1er mars 2027", new Fmt(Messages.of("fr")).dateWithWeekday(java.time.LocalDate.of(2027, 3, 1)));
        assertEquals("Thursday 4 February 2027", new Fmt(Messages.of("en")).dateWithWeekday(java.time.LocalDate.of(2027, 2, 4)));
    }

    @Test
    void practicalPageGivesContactEntryBookingEndAndPlanPage() throws Exception {
        BrochureFixture.Result r = BrochureFixture.shared();
        try (PDDocument doc = Loader.loadPDF(r.pdf().toFile())) {
            String practical = null;
            int planPage = -1;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                String t = s.getText(doc).replace('\u00A0', ' ').replace('\u202F', ' ');
                if (practical == null && t.contains("Informations pratiques") && t.contains("Horaires")) {
                    practical = t;
                }
                if (planPage < 0 && t.contains("Les exposants et le plan du salon") && !t.contains("Sommaire")) {
                    planPage = p;
                }
            }
            assertTrue(practical != null && planPage > 0, "practical page and plan page found");
            String one = practical.replaceAll("\\s+", " ");
            assertTrue(one.contains("jeudi 4 février 2027"), one);
            assertTrue(one.contains("salon@example-region.fr"), "organiser's e-mail: " + one);
            assertTrue(one.contains("03 00 00 00 27"), "organiser's phone: " + one);
            assertTrue(one.contains("Réservation du 5 janvier 2027 au 3 février 2027."), "booking end: " + one);
            assertTrue(one.contains("Entrée libre et gratuite"), "entry: " + one);
            Matcher m = Pattern.compile("Plan des stands p\\. (\\d+)").matcher(one);
            assertTrue(m.find(), "pointer to the plan: " + one);
            assertEquals(planPage, Integer.parseInt(m.group(1)), "the plan's page, computed");
        }
    }

    @Test
    void linesTheConfigDoesNotGiveAreLeftOut() throws Exception {
        Config config = ConfigLoader.load(Path.of("config"));
        VitrineConfig.Event e = config.vitrine().event();
        VitrineConfig.Event bare = new VitrineConfig.Event(e.name(), e.date(), e.venue(), e.hours(), e.access(), e.floorPlan(),
                e.booking(), e.bookingOpens(), e.floorPlanStands(), e.opens(), e.closes(), e.address());
        config = RecordCopy.with(config, "vitrine", RecordCopy.with(config.vitrine(), "event", bare));
        String html = html(config).replace('\u00A0', ' ');
        assertFalse(html.contains("Contact organisateur"), "no contact row");
        assertFalse(html.contains(">Entrée<"), "no entry row");
        assertTrue(html.contains("Réservation à partir du 5 janvier 2027."), "opening date alone");
        assertFalse(html.contains("Réservation du "), "no booking end");
        String shipped = html(ConfigLoader.load(Path.of("config")));
        assertTrue(shipped.contains("href=\"mailto:salon@example-region.fr\""), "the e-mail is a link");
        assertTrue(shipped.contains("href=\"tel:+33300000027\""), "the phone is a link");
    }

    private static String html(Config config) throws Exception {
        return BrochureFixture.html(config);
    }
}

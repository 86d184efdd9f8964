package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.config.VitrineConfig;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.publish.Catalogue;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/**
 * A salon held on the edition day (26 November 2026) before the forecast year 2027 (lawyer V, issues 17/18): a launch
 * after the salon but still in 2026 was said « Lancement avant le salon … peut-être déjà publiée … lancée avant le
 * salon et n'y sera pas discutée ». Each launch window is judged against the event day: wholly after it, a future
 * launch with the normal meeting offer; wholly before it, « avant le salon »; containing it, « peut-être » wording.
 */
class LaunchAfterEventPagesTest {

    @TempDir
    static Path dir;

    static Period day(int y, int m, int d) {
        return new Period(LocalDate.of(y, m, d), LocalDate.of(y, m, d), Period.Precision.day);
    }

    static Need beforeYear(String ref, Period launch) {
        return LaunchTimingPagesTest.copy(ref, b -> {
            b.beforeYear = true; // as the normaliser marks a launch before the forecast year
            b.launch = launch;
        });
    }

    @BeforeAll
    static void write() throws IOException {
        List<Need> needs = new ArrayList<>(CatalogueFixture.needs());
        needs.add(beforeYear("NEXT-DAY", day(2026, 11, 27)));
        needs.add(beforeYear("DECEMBER", CatalogueFixture.month(2026, 12)));
        needs.add(beforeYear("EARLIER", day(2026, 11, 20)));
        needs.add(beforeYear("NOVEMBER", CatalogueFixture.month(2026, 11)));
        Site site = CatalogueFixture.site(needs, "fr");
        VitrineConfig.Event e = (VitrineConfig.Event) site.model().get("event");
        site.model().put("event", new VitrineConfig.Event(e.name(), "2026-11-26", e.venue(), e.hours(), e.access(), e.floorPlan(),
                e.booking(), e.bookingOpens(), e.floorPlanStands(), e.opens(), e.closes(), e.address(), e.contact(),
                e.bookingCloses(), e.entry()));
        new Catalogue(new Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates")).write(dir, site);
    }

    static String page(String ref) throws IOException {
        return Files.readString(dir.resolve("needs/chu-beaumont-" + ref.toLowerCase(Locale.ROOT) + ".html"));
    }

    static void futureLaunch(String ref) throws IOException {
        String html = page(ref);
        assertFalse(html.contains("avant le salon"), html);
        assertFalse(html.contains("déjà publiée"), html);
        assertFalse(html.contains("id=\"before-h\""), html);
        assertTrue(html.contains("Réserver un rendez-vous au stand"), "the salon is where to discuss it: " + html);
        assertTrue(html.contains("au salon ou par écrit"), "questions at the salon: " + html);
        // still marked as launching before the forecast year, in words that are true
        assertTrue(html.contains("<li class=\"trait trait-before\">Lancement prévu avant 2027</li>"), html);
    }

    @Test
    void aLaunchTheDayAfterTheSalonIsAFutureLaunch() throws IOException {
        futureLaunch("NEXT-DAY");
    }

    @Test
    void aLaunchAMonthAfterTheSalonButBeforeTheYearIsAFutureLaunch() throws IOException {
        futureLaunch("DECEMBER");
        String list = Files.readString(dir.resolve("buyers/chu-beaumont.html"));
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?s)Besoin DECEMBER</a>(.*?)</li>").matcher(list);
        assertTrue(row.find(), list);
        assertTrue(row.group(1).contains("<span class=\"badge badge-before\">Lancement prévu avant 2027</span>"), row.group(1));
        assertFalse(row.group(1).contains("salon"), "the list's label says the year, not the salon: " + row.group(1));
    }

    @Test
    void aLaunchBeforeTheSalonIsSaidBeforeTheSalon() throws IOException {
        String html = page("EARLIER");
        assertTrue(html.contains("<h2 id=\"before-h\">Lancement avant le salon</h2>"), html);
        assertTrue(html.contains("La consultation est peut-être déjà publiée sur le profil d’acheteur"), html);
        assertTrue(html.contains("Cette consultation est lancée avant le salon et n’y sera pas discutée"), html);
        assertFalse(html.contains("Réserver un rendez-vous au stand"), "no meeting");
    }

    @Test
    void aWindowContainingTheSalonKeepsTheCautiousWordingWithoutSayingBeforeTheSalon() throws IOException {
        String html = page("NOVEMBER");
        assertTrue(html.contains("<h2 id=\"before-h\">Lancement prévu avant 2027</h2>"), html);
        assertTrue(html.contains("Lancement prévu : novembre 2026, avant 2027. La consultation est peut-être déjà publiée"), html);
        assertTrue(html.contains("Cette consultation est peut-être lancée avant le salon et n’y sera alors pas discutée"), html);
        assertFalse(html.contains("Lancement avant le salon"), html);
        assertFalse(html.contains("est lancée avant le salon"), html);
        assertFalse(html.contains("Réserver un rendez-vous au stand"), "no meeting");
    }
}

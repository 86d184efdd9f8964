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
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.publish.Catalogue;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/**
 * What a need's pages promise against the edition date (26 November 2026) and the event day (4 February 2027,
 * config/vitrine.yaml): a consultation running on the event day is announced for its launch while it is still to
 * come, and said to be running only once launched; a need launching before the forecast year or the event offers
 * no meeting there, and no launch reminder in the past.
 */
class LaunchTimingPagesTest {

    @TempDir
    static Path dir;

    static Need copy(String ref, java.util.function.Consumer<Need.Builder> change) {
        Need.Builder b = CatalogueFixture.needs().stream().filter(n -> "CHU-2".equals(n.reference())).findFirst().orElseThrow().toBuilder();
        b.id = "chu-beaumont-" + ref.toLowerCase(Locale.ROOT);
        b.reference = ref;
        b.title = "Besoin " + ref;
        change.accept(b);
        return b.build();
    }

    static Period day(int y, int m, int d) {
        return new Period(LocalDate.of(y, m, d), LocalDate.of(y, m, d), Period.Precision.day);
    }

    @BeforeAll
    static void write() throws IOException {
        List<Need> needs = new ArrayList<>(CatalogueFixture.needs());
        // launched in November 2026 (before the edition date), bids open on the event day
        needs.add(copy("NOW-1", b -> {
            b.live = "offers";
            b.procedure = "open"; // a formalised procedure: running for certain (a MAPA in a month's window only may be)
            b.launch = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), Period.Precision.month);
        }));
        // launching on 1 February 2027, after the edition date: bids open on the event day
        needs.add(copy("LATER-1", b -> {
            b.live = "offers";
            b.launch = day(2027, 2, 1);
        }));
        // launching in the last quarter of 2026, before the forecast year: the window began before the edition date
        needs.add(copy("BEFORE-1", b -> {
            b.beforeYear = true;
            b.launch = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), Period.Precision.quarter);
        }));
        // launching on 20 January 2027, before the event, and not running on its day (say, notified before)
        needs.add(copy("BEFORE-2", b -> b.launch = day(2027, 1, 20)));
        // launching in the first quarter of 2027, a window that contains the event day (4 February): it may run then
        needs.add(copy("MAYBE-1", b -> b.launch = new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), Period.Precision.quarter)));
        // launching in the second quarter: after the event whatever the day
        needs.add(copy("AFTER-1", b -> b.launch = new Period(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30), Period.Precision.quarter)));
        Site site = CatalogueFixture.site(needs, "fr");
        new Catalogue(new Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates")).write(dir, site);
    }

    static String page(String ref) throws IOException {
        return Files.readString(dir.resolve("needs/chu-beaumont-" + ref.toLowerCase(Locale.ROOT) + ".html"));
    }

    /** The need's row in a list has this live badge right after its title. */
    static boolean badged(String html, String ref, String badge) {
        return java.util.regex.Pattern.compile("Besoin " + ref + "</a>\\s*<span class=\"badge badge-live\">" + badge + "</span>").matcher(html).find();
    }

    @Test
    void aConsultationLaunchingAfterTheEditionIsAnnouncedForItsLaunchNotAsRunning() throws IOException {
        String html = page("LATER-1");
        assertTrue(html.contains("Lancement prévu le 1er février 2027 : la consultation sera en cours le jour du salon et ne pourra pas y être discutée"), html);
        assertTrue(html.contains("<h2 id=\"live-h\">En cours le jour du salon</h2>"), html);
        assertFalse(html.contains("Cette consultation est en cours"), html);
        assertFalse(html.contains("Consultation en cours"), html);
        assertFalse(html.contains("Réserver un rendez-vous au stand"), "no meeting");
        // the home page's list and the buyer's page say the same
        String home = Files.readString(dir.resolve("index.html"));
        assertTrue(badged(home, "LATER-1", "En cours le jour du salon"), home);
        assertTrue(badged(Files.readString(dir.resolve("buyers/chu-beaumont.html")), "LATER-1", "En cours le jour du salon"));
        // the search script's row carries it too (flag LIVE | LIVE_LATER)
        assertTrue(Files.readString(dir.resolve("assets/catalogue.js")).contains("text.liveLater"));
        assertTrue(home.contains("data-live-later=\"En cours le jour du salon\""));
    }

    @Test
    void aConsultationAlreadyLaunchedOnTheEditionDateStaysRunning() throws IOException {
        String html = page("NOW-1");
        assertTrue(html.contains("<h2 id=\"live-h\">Consultation en cours</h2>"), html);
        assertTrue(html.contains("Cette consultation est en cours : elle ne peut pas être discutée au salon."), html);
        assertFalse(html.contains("En cours le jour du salon"), html);
        assertTrue(badged(Files.readString(dir.resolve("index.html")), "NOW-1", "Consultation en cours"));
    }

    @Test
    void aNeedLaunchingBeforeTheYearOffersNoMeetingNorAPastReminderAndSaysItMayBePublished() throws IOException {
        String html = page("BEFORE-1");
        assertTrue(html.contains("<li class=\"trait trait-before\">Lancement prévu avant 2027</li>"), html);
        assertTrue(html.contains("<h2 id=\"before-h\">Lancement avant le salon</h2>"), html);
        assertTrue(html.contains("La consultation est peut-être déjà publiée sur le profil d’acheteur"), html);
        assertFalse(html.contains("Réserver un rendez-vous au stand"), "no meeting");
        assertFalse(html.contains("Demander un rendez-vous"), "no meeting");
        assertFalse(html.contains("chu-beaumont-before-1.ics"), "no reminder of a launch window begun before the edition");
        assertFalse(html.contains("L’avis paraîtra sur le profil acheteur"), html);
        assertFalse(Files.exists(dir.resolve("needs/chu-beaumont-before-1.ics")));
        assertFalse(Files.readString(dir.resolve("calendar.ics")).contains("Besoin BEFORE-1"));
        // its questions go to the buyer profile, none at the event (supplier W: the Préfecture's CVC page still said « au salon »)
        assertTrue(html.contains("Cette consultation est lancée avant le salon et n’y sera pas discutée : posez vos questions sur le profil d’acheteur"), html);
        assertFalse(html.contains("au salon ou par écrit"), html);
    }

    @Test
    void aNeedLaunchingBeforeTheEventOffersNoMeetingButKeepsItsFutureReminder() throws IOException {
        String html = page("BEFORE-2");
        assertTrue(html.contains("Lancement prévu : 20 janvier 2027, avant le salon. La consultation est peut-être déjà publiée sur le profil d’acheteur"), html);
        assertFalse(html.contains("trait-before"), "launched in 2027: no « lancé avant 2027 »");
        assertFalse(html.contains("Réserver un rendez-vous au stand"), "no meeting");
        assertTrue(html.contains("chu-beaumont-before-2.ics"), "a reminder still ahead");
        assertTrue(Files.exists(dir.resolve("needs/chu-beaumont-before-2.ics")));
        // its questions go to the buyer profile, none at the event (supplier W: the Préfecture's CVC page still said « au salon »)
        assertTrue(html.contains("Cette consultation est lancée avant le salon et n’y sera pas discutée : posez vos questions sur le profil d’acheteur"), html);
        assertFalse(html.contains("au salon ou par écrit"), html);
        // an ordinary need of the year still offers its meeting
        assertTrue(Files.readString(dir.resolve("needs/" + CatalogueFixture.needs().stream()
                .filter(n -> "CHU-2".equals(n.reference())).findFirst().orElseThrow().id() + ".html")).contains("Réserver un rendez-vous au stand"));
        assertTrue(Files.readString(dir.resolve("needs/" + CatalogueFixture.needs().stream()
                .filter(n -> "CHU-2".equals(n.reference())).findFirst().orElseThrow().id() + ".html")).contains("au salon ou par écrit"));
    }

    @Test
    void aNeedWhoseLaunchWindowContainsTheEventDayKeepsItsMeetingWithANeutralNotice() throws IOException {
        String html = page("MAYBE-1");
        assertTrue(html.contains("Réserver un rendez-vous au stand"), "not known to be live: the meeting stays offered");
        assertTrue(html.contains("<li class=\"maybe-live warn\" id=\"maybe-live\"><strong>Date de lancement à confirmer</strong> Le lancement peut tomber pendant le salon"
                + " (4 février 2027)\u00A0: si la consultation est lancée, l’échange ne pourra pas porter sur elle"), html);
        // the page's title carries the list's mark too, leading to the notice (on a phone 1.5 screens down: outside supplier)
        assertTrue(java.util.regex.Pattern.compile("<h1>Besoin MAYBE-1\\s*<a class=\"badge badge-maybe\" href=\"#maybe-live\">Lancement possible pendant le salon</a></h1>")
                .matcher(html).find(), html);
        assertFalse(page("AFTER-1").contains("badge-maybe"), "no mark for a window after the event day");
        assertFalse(page("LATER-1").contains("badge-maybe"), "nor for a live consultation");
        // its list rows carry the compact mark (the search script's rows: flag MAYBE_LIVE, SupplierReviewBrowserTest)
        assertTrue(java.util.regex.Pattern.compile("Besoin MAYBE-1</a>\\s*<span class=\"badge badge-maybe\">Lancement possible pendant le salon</span>")
                .matcher(Files.readString(dir.resolve("buyers/chu-beaumont.html"))).find());
        assertFalse(java.util.regex.Pattern.compile("Besoin AFTER-1</a>\\s*<span class=\"badge badge-maybe\">")
                .matcher(Files.readString(dir.resolve("buyers/chu-beaumont.html"))).find());
        assertFalse(page("AFTER-1").contains("maybe-live"), "a window after the event day needs no notice");
        assertFalse(page("LATER-1").contains("maybe-live"), "a live consultation offers no meeting at all");
        assertFalse(page("BEFORE-2").contains("maybe-live"), "a launch before the event offers no meeting at all");
    }
}

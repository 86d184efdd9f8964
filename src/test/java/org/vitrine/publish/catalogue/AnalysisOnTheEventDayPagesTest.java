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
import org.vitrine.publish.Templates;

/**
 * Lawyer U, P1 (LFA-27-01, docs/RISKS.md version 2.26): a MAPA to be launched on 7 December 2026 (after the edition
 * of 26 November) whose bids are due on 11 January 2027, before the event of 4 February, is in analysis on the event
 * day: its page says so (« en cours d'analyse », no question invited), where it said « En cours le jour du salon …
 * Posez vos questions » beside its own questions block saying the consultation would be closed. The same launch with
 * bids due after the event stays announced as running on the event day. French and English.
 */
class AnalysisOnTheEventDayPagesTest {

    @TempDir
    static Path fr;
    @TempDir
    static Path en;

    static Period day(int y, int m, int d) {
        return new Period(LocalDate.of(y, m, d), LocalDate.of(y, m, d), Period.Precision.day);
    }

    static Need need(String ref, String live, Period deadline) {
        return LaunchTimingPagesTest.copy(ref, b -> {
            b.live = live; // as the risk stage sets it (LiveDuringEvent.live)
            b.procedure = "adapted";
            b.launch = day(2026, 12, 7);
            b.deadline = deadline;
        });
    }

    @BeforeAll
    static void write() throws IOException {
        List<Need> needs = new ArrayList<>(CatalogueFixture.needs());
        needs.add(need("SHUT-1", "analysis", day(2027, 1, 11)));
        needs.add(need("OPEN-1", "offers", day(2027, 2, 15)));
        new Catalogue(new Templates(Path.of("templates"), Locale.FRENCH), Path.of("templates")).write(fr, CatalogueFixture.site(needs, "fr"));
        new Catalogue(new Templates(Path.of("templates"), Locale.ENGLISH), Path.of("templates")).write(en, CatalogueFixture.site(needs, "en"));
    }

    static String page(Path dir, String ref) throws IOException {
        return Files.readString(dir.resolve("needs/chu-beaumont-" + ref.toLowerCase(Locale.ROOT) + ".html"));
    }

    @Test
    void bidsDueBeforeTheEventAreInAnalysisThenAndNoQuestionIsInvited() throws IOException {
        String html = page(fr, "SHUT-1");
        assertTrue(html.contains("<h2 id=\"live-h\">En analyse le jour du salon</h2>"), html);
        assertTrue(html.contains("Lancement prévu le 7 décembre 2026, remise des offres jusqu’au 11 janvier 2027 : le jour du salon,"
                + " les offres seront en cours d’analyse ; aucun échange ne sera possible."), html);
        assertFalse(html.contains("En cours le jour du salon"), html);
        assertFalse(html.contains("sera en cours le jour du salon"), html);
        assertFalse(html.contains("Posez vos questions") || html.contains("posez vos questions"), html);
        assertFalse(html.contains("Réserver un rendez-vous au stand"), "no meeting");
        // the questions block says the same
        assertTrue(html.contains("le jour du salon, la consultation sera close et aucune question ne pourra plus être posée"), html);
        // lists and the calendar say it too
        String home = Files.readString(fr.resolve("index.html"));
        assertTrue(LaunchTimingPagesTest.badged(home, "SHUT-1", "En analyse le jour du salon"), home);
        assertTrue(LaunchTimingPagesTest.badged(Files.readString(fr.resolve("calendar/2026-12.html")), "SHUT-1", "En analyse le jour du salon"));
        assertTrue(home.contains("data-live-later-analysis=\"En analyse le jour du salon\""), home);
        assertTrue(Files.readString(fr.resolve("assets/catalogue.js")).contains("text.liveLaterAnalysis"));
    }

    @Test
    void bidsDueAfterTheEventAreRunningThen() throws IOException {
        String html = page(fr, "OPEN-1");
        assertTrue(html.contains("<h2 id=\"live-h\">En cours le jour du salon</h2>"), html);
        assertTrue(html.contains("Lancement prévu le 7 décembre 2026 : la consultation sera en cours le jour du salon et ne pourra pas"
                + " y être discutée. Posez vos questions sur le profil d’acheteur une fois l’avis publié"), html);
        assertFalse(html.contains("en cours d’analyse"), html);
        assertFalse(html.contains("Réserver un rendez-vous au stand"), "no meeting");
        assertTrue(LaunchTimingPagesTest.badged(Files.readString(fr.resolve("index.html")), "OPEN-1", "En cours le jour du salon"));
    }

    @Test
    void inEnglish() throws IOException {
        String shut = page(en, "SHUT-1");
        assertTrue(shut.contains("<h2 id=\"live-h\">Bids under evaluation on the event day</h2>"), shut);
        assertTrue(shut.contains("Launch planned on 7 December 2026, bids due by 11 January 2027: on the event day the bids will be"
                + " under evaluation; no exchange will be possible."), shut);
        assertFalse(shut.contains("Under way on the event day") || shut.contains("Ask your questions"), shut);
        String open = page(en, "OPEN-1");
        assertTrue(open.contains("<h2 id=\"live-h\">Under way on the event day</h2>"), open);
        assertTrue(open.contains("the procedure will be under way on the event day and cannot be discussed there. Ask your questions"), open);
        assertFalse(open.contains("under evaluation"), open);
    }
}

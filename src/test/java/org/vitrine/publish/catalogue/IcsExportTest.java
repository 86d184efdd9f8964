package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.config.VitrineConfig;
import org.vitrine.messages.Messages;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.Needs;
import org.vitrine.publish.Site;

/**
 * The agenda files as a supplier imports them: the texts back as written once ical4j has read them, lines of at most
 * 75 octets never cutting a character, honest spans (a day, else the whole window, its date said to be set), one event per contract for a groupement whatever file is imported, and the salon at its hours in Paris
 * time with ical4j's zone. Debian's python3-icalendar reads the same files in {@link IcsValidatorTest}.
 */
class IcsExportTest {

    @TempDir
    Path dir;

    @Test
    void awkwardTextsReadBackAsWrittenAndLinesFoldAt75Octets() throws Exception {
        for (String base : List.of("", "https://achats.example.fr/vitrine/", "https://bad url/")) {
            Site site = CatalogueFixture.site(awkward(), "fr");
            site.model().put("baseUrl", base);
            Messages msg = Messages.of("fr");
            IcsExport ics = new IcsExport(site, msg);
            ics.writeAll(dir.resolve("all.ics"));
            Calendar cal = parse(dir.resolve("all.ics"));
            for (Need n : site.needs().stream().filter(n -> n.reference().startsWith("A-")).filter(ics::offers).toList()) {
                VEvent e = event(cal, n.id() + "@vitrine");
                assertEquals(msg.get("cat.ics.summary", n.title()), e.getProperty("SUMMARY").orElseThrow().getValue(), base);
                assertTrue(e.getProperty("DESCRIPTION").orElseThrow().getValue().startsWith("CHU de Beaumont; Nord, \\ Sud — "), base);
                assertEquals(base.startsWith("https://achats") ? base + "needs/" + n.id() + ".html" : null,
                        e.getProperty("URL").map(p -> p.getValue()).orElse(null), "a malformed base URL only loses the link: " + base);
                ics.writeLaunch(dir.resolve("one.ics"), n);
                assertEquals(e.toString(), event(parse(dir.resolve("one.ics")), n.id() + "@vitrine").toString(), "the same event in its own file");
            }
            int folded = 0;
            for (String line : Files.readString(dir.resolve("all.ics"), StandardCharsets.UTF_8).split("\r\n")) {
                // octets, not characters: "é" is two, an emoji four; a character is never cut (the line decodes back)
                byte[] octets = line.getBytes(StandardCharsets.UTF_8);
                assertTrue(octets.length <= 75, octets.length + " octets: " + line);
                assertEquals(line, new String(octets, StandardCharsets.UTF_8));
                folded += line.startsWith(" ") ? 1 : 0;
            }
            assertTrue(folded > 10, "long lines are folded");
        }
    }

    @Test
    void foldingCutsBetweenCharactersAtSeventyFiveOctets() {
        String line = "SUMMARY:" + "x".repeat(66) + "😀" + "é".repeat(40);
        String folded = IcsExport.fold(line + "\r\n");
        String[] lines = folded.split("\r\n");
        // 8 + 66 = 74 octets, the emoji's 4 would make 78: it starts the next line, whole
        assertEquals("SUMMARY:" + "x".repeat(66), lines[0]);
        assertTrue(lines[1].startsWith(" 😀é"), lines[1]);
        for (String l : lines) {
            assertTrue(l.getBytes(StandardCharsets.UTF_8).length <= 75, l);
        }
        assertEquals(line + "\r\n", folded.replace("\r\n ", ""));
        assertEquals("A:b\r\nC:d\r\n", IcsExport.fold("A:b\r\nC:d\r\n"), "short lines stay");
    }

    /** Punctuation iCalendar escapes, line breaks, a long accented title, an emoji across a fold. */
    private static List<Need> awkward() {
        List<Need> needs = new ArrayList<>(CatalogueFixture.needs());
        needs.add(need("A-1", "Titre, virgule; point-virgule \\ barre\r\nligne \"guillemets\" : deux-points", day(2027, 12, 31)));
        needs.add(need("A-2", "Éléments très longs ".repeat(12) + "😀 fin", day(2027, 12, 31)));
        needs.add(need("A-3", "x".repeat(50) + "😀😀😀" + "é".repeat(80), day(2027, 12, 31)));
        needs.add(need("A-4", "Sans date", null));
        return needs;
    }

    private static Need need(String ref, String title, Period launch) {
        Need.Builder b = Needs.need("chu-beaumont", ref, title, 1000, "public", "f.xlsx", 2).toBuilder();
        b.buyer = new BuyerRef("chu-beaumont", "CHU de Beaumont; Nord, \\ Sud", "local");
        b.cpv = new Cpv("90910000-9", Map.of("fr", "Nettoyage", "en", "Cleaning"));
        b.amount = new Amount(BigDecimal.ONE, BigDecimal.ONE, "EUR", "total");
        b.launch = launch;
        b.visibility = null;
        b.source = null;
        return b.build();
    }

    private static Period day(int y, int m, int d) {
        LocalDate day = LocalDate.of(y, m, d);
        return new Period(day, day, Period.Precision.day);
    }

    @Test
    void aDayIsThatDayAndAWiderWindowSpansItWholeWithItsDateToBeSet() throws Exception {
        List<Need> needs = new ArrayList<>(CatalogueFixture.needs());
        needs.add(need("D-1", "Vitrerie", day(2027, 6, 14)));
        needs.add(need("Y-1", "Nettoyage des vitres", new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Period.Precision.year)));
        Site site = CatalogueFixture.site(needs, "fr");
        IcsExport ics = new IcsExport(site, Messages.of("fr"));
        ics.writeAll(dir.resolve("all.ics"));
        Calendar cal = parse(dir.resolve("all.ics"));

        VEvent day = event(cal, byRef(site, "D-1").id() + "@vitrine");
        assertEquals("20270614", day.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals("20270615", day.getProperty("DTEND").orElseThrow().getValue());
        assertEquals("Lancement prévu : Vitrerie", day.getProperty("SUMMARY").orElseThrow().getValue());

        // a month (CHU-1, March), a quarter (CHU-2), a half-year (M-2), a year (Y-1): one all-day event on the window's
        // first day (supplier Z, issue 18: a quarter was a 91-day event across the agenda), transparent, the summary
        // saying the window and that the date is to come
        Map<String, String[]> spans = Map.of(
                "CHU-1", new String[] {"20270301", "20270302", "mars 2027"},
                "CHU-2", new String[] {"20270401", "20270402", "2e trimestre 2027"},
                "M-2", new String[] {"20270101", "20270102", "1er semestre 2027"},
                "Y-1", new String[] {"20270101", "20270102", "2027"});
        for (var span : spans.entrySet()) {
            Need n = byRef(site, span.getKey());
            assertTrue(ics.offers(n), span.getKey());
            VEvent e = event(cal, n.id() + "@vitrine");
            assertEquals(span.getValue()[0], e.getProperty("DTSTART").orElseThrow().getValue(), span.getKey());
            assertEquals(span.getValue()[1], e.getProperty("DTEND").orElseThrow().getValue(), span.getKey());
            assertTrue(e.getProperty("DTSTART").orElseThrow().toString().contains("VALUE=DATE"), "all-day: " + span.getKey());
            assertEquals("TRANSPARENT", e.getProperty("TRANSP").orElseThrow().getValue());
            String summary = e.getProperty("SUMMARY").orElseThrow().getValue();
            assertTrue(summary.endsWith("(" + span.getValue()[2] + ", date à préciser)"), summary);
            assertTrue(e.getProperty("DESCRIPTION").orElseThrow().getValue().contains("lancement prévu : " + span.getValue()[2] + ", sans date précise"));
        }
        assertFalse(day.getProperty("SUMMARY").orElseThrow().getValue().contains("préciser"), "a known day is not to be set");
        // every contract open to offers, once: the salon and the fixture's launches but V-2, bought through a central purchasing body
        long launches = site.needs().stream().filter(ics::offers).count();
        assertEquals(launches + 1, cal.getComponents("VEVENT").size());
        assertEquals(7, launches, "every window, not only days and months");
        String about = cal.getProperty("X-WR-CALDESC").orElseThrow().getValue();
        assertTrue(about.startsWith(launches + " lancements prévus, chacun au premier jour de sa période"), about);
        assertTrue(about.endsWith(site.model().get("baseUrl") + "calendar.html"), about);
        assertEquals(about, cal.getProperty("DESCRIPTION").orElseThrow().getValue());
        assertTrue(cal.getProperty("X-WR-CALNAME").orElseThrow().getValue().startsWith("Lancements prévus 2027 — "));
        assertEquals(cal.getProperty("X-WR-CALNAME").orElseThrow().getValue(), cal.getProperty("NAME").orElseThrow().getValue());
    }

    @Test
    void aWindowBegunByTheEditionDateHasNoEvent() throws Exception {
        List<Need> needs = new ArrayList<>(CatalogueFixture.needs());
        // the fixture's edition is of 26 November 2026: the fourth quarter of 2026 had begun
        needs.add(need("B-1", "Déjà ouvert", new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), Period.Precision.quarter)));
        Site site = CatalogueFixture.site(needs, "fr");
        IcsExport ics = new IcsExport(site, Messages.of("fr"));
        ics.writeAll(dir.resolve("all.ics"));
        Need begun = byRef(site, "B-1");
        assertFalse(ics.offers(begun));
        assertTrue(parse(dir.resolve("all.ics")).getComponents("VEVENT").stream().noneMatch(e -> uid((VEvent) e).equals(begun.id() + "@vitrine")));
    }

    @Test
    void theCalendarAndAboutPagesSayWhichContractsHaveNoEventAndWhy() throws Exception {
        // supplier Z, issue 18: calendar.ics had 195 events for the catalogue's 214 contracts, unexplained
        List<Need> needs = new ArrayList<>(CatalogueFixture.needs());
        needs.add(need("B-1", "Déjà ouvert", new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), Period.Precision.quarter)));
        needs.add(need("B-2", "Déjà ouvert aussi", new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), Period.Precision.month)));
        Path out = dir.resolve("site-absent");
        Site site = CatalogueFixture.write(out, needs);
        IcsExport ics = new IcsExport(site, Messages.of("fr"));
        assertEquals(Map.of("closed", 1, "begun", 2), ics.absent());
        long events = parse(out.resolve("calendar.ics")).getComponents("VEVENT").size() - 1; // the salon's aside
        assertEquals(ics.launches(), events);
        for (String page : List.of("calendar.html", "about.html")) {
            String html = Files.readString(out.resolve(page)).replace('\u00A0', ' ');
            assertTrue(html.contains("Le fichier calendar.ics a " + events + " lancements pour " + (events + 3) + " marchés du catalogue."), html);
            assertTrue(html.contains("1 marché non ouvert à la concurrence"), html);
            assertTrue(html.contains("2 marchés dont le lancement a commencé avant la date de l’édition"), html);
            assertTrue(html.contains("premier de la période"), html);
        }
    }

    @Test
    void everyFileOfAGroupementHoldsTheCoordinatorsEventWithTheTotal() throws Exception {
        List<Need> needs = new ArrayList<>();
        for (Need n : JointGroupTest.needs()) {
            Need.Builder b = n.toBuilder();
            if (n.jointGroup() != null) {
                b.launch = CatalogueFixture.month(2027, 9);
            }
            needs.add(b.build());
        }
        Site site = CatalogueFixture.site(needs, "fr");
        IcsExport ics = new IcsExport(site, Messages.of("fr"));
        ics.writeAll(dir.resolve("all.ics"));
        String coordinator = byRef(site, "G-M").id() + "@vitrine";
        VEvent inCalendar = event(parse(dir.resolve("all.ics")), coordinator);
        // 210 000 + 95 000 + 180 000: the contract a supplier bids for, not the coordinator's part
        assertEquals("Lancement prévu : Groupement vérifications 2027 — 485 000 € (septembre 2027, date à préciser)",
                inCalendar.getProperty("SUMMARY").orElseThrow().getValue().replace('\u202F', ' ').replace('\u00A0', ' '));
        for (String ref : List.of("G-M", "G-V", "G-C")) {
            Need share = byRef(site, ref);
            assertTrue(ics.offers(share), ref);
            ics.writeLaunch(dir.resolve(ref + ".ics"), share);
            Calendar one = parse(dir.resolve(ref + ".ics"));
            assertEquals(1, one.getComponents("VEVENT").size(), ref);
            // the same UID and the same text: an agenda importing two members' files keeps one event
            assertEquals(inCalendar.toString(), event(one, coordinator).toString(), ref);
        }
    }

    @Test
    void theSalonIsAtItsTypedHoursInParisTimeWithIcal4jsZone() throws Exception {
        Site site = CatalogueFixture.site(CatalogueFixture.needs(), "fr");
        new IcsExport(site, Messages.of("fr")).writeSalon(dir.resolve("salon.ics"));
        Calendar cal = parse(dir.resolve("salon.ics"));
        cal.validate();
        assertEquals(1, cal.getComponents("VEVENT").size(), "the salon alone");
        VEvent salon = (VEvent) cal.getComponents("VEVENT").get(0);
        // config: opens 09:00, closes 17:30; 9:00 in Paris is 8:00 UTC in February
        DtStart<?> start = salon.getProperty("DTSTART").map(p -> (DtStart<?>) p).orElseThrow();
        assertEquals("Europe/Paris", start.getParameter("TZID").orElseThrow().getValue());
        assertEquals(Instant.parse("2027-02-04T08:00:00Z"), Instant.from(start.getDate()));
        assertEquals("20270204T173000", salon.getProperty("DTEND").orElseThrow().getValue());
        assertEquals(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("Europe/Paris").getVTimeZone().toString(),
                cal.getComponents("VTIMEZONE").get(0).toString(), "the registry's zone, as ical4j ships it");
        assertEquals("Parc des expositions, Beaumont-sur-Saône, 1 avenue des Expositions, 71999 Beaumont-sur-Saône",
                salon.getProperty("LOCATION").orElseThrow().getValue(), "the venue and its street address, for the agenda's map");
        assertEquals("Salon inversé de la commande publique 2027", cal.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        assertEquals(site.model().get("baseUrl") + "event.html", salon.getProperty("URL").orElseThrow().getValue());

        // without typed hours (a config from before opens/closes): the whole day, no zone
        VitrineConfig.Event e = (VitrineConfig.Event) site.model().get("event");
        site.model().put("event", new VitrineConfig.Event(e.name(), e.date(), e.venue(), e.hours(), e.access(), e.floorPlan(),
                e.booking(), e.bookingOpens(), e.floorPlanStands()));
        new IcsExport(site, Messages.of("fr")).writeSalon(dir.resolve("day.ics"));
        Calendar day = parse(dir.resolve("day.ics"));
        VEvent whole = (VEvent) day.getComponents("VEVENT").get(0);
        assertEquals("20270204", whole.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals("20270205", whole.getProperty("DTEND").orElseThrow().getValue());
        assertTrue(day.getComponents("VTIMEZONE").isEmpty());
        assertTrue(whole.getProperty("DESCRIPTION").orElseThrow().getValue().startsWith("Horaires : 9 h – 17 h 30."), "the text still says them");

        // no valid date: no salon file
        site.model().put("event", new VitrineConfig.Event(e.name(), "4 février", null, null, null, null, null, null, null));
        new IcsExport(site, Messages.of("fr")).writeSalon(dir.resolve("none.ics"));
        assertFalse(Files.exists(dir.resolve("none.ics")));
    }

    @Test
    void openingHoursAreReadOnlyFromTheTypedKeys() {
        VitrineConfig.Event e = new VitrineConfig.Event("S", "2027-02-04", null, "9 h – 17 h 30", null, null, null, null, null, "9:00", "17:30");
        assertEquals("09:00", e.openingHours()[0].toString());
        assertEquals("17:30", e.openingHours()[1].toString());
        assertNull(new VitrineConfig.Event("S", "2027-02-04", null, "9 h – 17 h 30", null, null, null, null, null).openingHours(),
                "the free text is not parsed");
        assertNull(new VitrineConfig.Event("S", null, null, null, null, null, null, null, null, "17:30", "09:00").openingHours());
        assertNull(new VitrineConfig.Event("S", null, null, null, null, null, null, null, null, "9h", "17h30").openingHours());
        assertNull(new VitrineConfig.Event("S", null, null, null, null, null, null, null, null, "24:00", "25:00").openingHours());
    }

    @Test
    void sameInputsGiveTheSameBytes() throws Exception {
        Site site = CatalogueFixture.site(JointGroupTest.needs(), "fr");
        new IcsExport(site, Messages.of("fr")).writeAll(dir.resolve("a.ics"));
        new IcsExport(CatalogueFixture.site(JointGroupTest.needs(), "fr"), Messages.of("fr")).writeAll(dir.resolve("b.ics"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.ics")), Files.readAllBytes(dir.resolve("b.ics")));
    }

    private static Calendar parse(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CalendarBuilder().build(r);
        }
    }

    private static VEvent event(Calendar cal, String uid) {
        return cal.<VEvent>getComponents("VEVENT").stream().filter(e -> uid(e).equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }

    private static String uid(VEvent e) {
        return e.getProperty("UID").orElseThrow().getValue();
    }

    static Need byRef(Site site, String ref) {
        return site.needs().stream().filter(n -> ref.equals(n.reference())).findFirst().orElseThrow();
    }
}

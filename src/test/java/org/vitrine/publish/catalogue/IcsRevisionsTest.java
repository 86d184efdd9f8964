package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.messages.Messages;
import org.vitrine.model.EditionInfo;
import org.vitrine.model.Need;
import org.vitrine.publish.Site;

/**
 * Supplier W (D3): a revised need's event kept SEQUENCE 0, so an agenda that had it may keep the old date; a
 * withdrawn need's event vanished from calendar.ics, so a subscribed agenda kept it. Over three editions: the
 * revised event's SEQUENCE grows with each edition where the need changed (same UID), and the withdrawn need's event
 * stays in the next calendar, STATUS:CANCELLED with its SEQUENCE one up (its own needs/<id>.ics too, linked from its
 * page), then leaves the one after.
 */
class IcsRevisionsTest {

    @TempDir
    Path dir;

    static final LocalDate D2 = LocalDate.of(2026, 12, 10), D3 = LocalDate.of(2027, 1, 14);

    @Test
    void aRevisedEventCountsItsRevisionsAndAWithdrawnOneIsCancelledOnce() throws Exception {
        List<Need> first = CatalogueFixture.needs();
        List<Need> inCalendar = firstEdition(first);
        assertTrue(inCalendar.size() >= 2, "two events to revise and withdraw");
        Need revised = inCalendar.get(0), withdrawn = inCalendar.get(1);
        assertEquals("0", sequence(event(parse(dir.resolve("1.ics")), revised)));

        // edition 2: one need revised, one withdrawn
        List<Need> second = new ArrayList<>();
        for (Need n : first) {
            if (n == withdrawn) {
                continue;
            }
            second.add(n == revised ? revise(n, D2) : n);
        }
        EditionInfo.Withdrawn w = new EditionInfo.Withdrawn(withdrawn.id(), withdrawn.title(), withdrawn.buyer().name(), D2,
                withdrawn.buyer().id(), withdrawn.cpv().code());
        Site s2 = site(second, D2, List.of(w));
        s2.model().put("previousCalendar", IcsExport.previous(dir.resolve("1.ics")));
        Path out2 = dir.resolve("e2");
        CatalogueFixture.write(out2, s2);
        Calendar c2 = parse(out2.resolve("calendar.ics"));
        assertEquals("1", sequence(event(c2, revised)));
        VEvent gone = event(c2, withdrawn);
        assertEquals("CANCELLED", gone.getProperty("STATUS").orElseThrow().getValue());
        assertEquals("1", sequence(gone));
        String firstStart = event(parse(dir.resolve("1.ics")), withdrawn).getProperty("DTSTART").orElseThrow().getValue();
        assertEquals(firstStart, gone.getProperty("DTSTART").orElseThrow().getValue(), "the same event, at its date");
        // their own files say the same as the calendar: the revised launch, and the withdrawn one cancelled (supplier W:
        // that file was simply gone, so an agenda that had imported or subscribed to it kept the launch), its page links it
        assertEquals("1", sequence(event(parse(out2.resolve("needs/" + revised.id() + ".ics")), revised)));
        Path own = out2.resolve("needs/" + withdrawn.id() + ".ics");
        assertTrue(Files.exists(own), "the withdrawn need's own file is written again");
        VEvent cancelled = event(parse(own), withdrawn);
        assertEquals("CANCELLED", cancelled.getProperty("STATUS").orElseThrow().getValue());
        assertEquals("1", sequence(cancelled), "one up from the event the agenda has");
        assertEquals(firstStart, cancelled.getProperty("DTSTART").orElseThrow().getValue());
        // supplier Y (D2): the file the link downloads is an iTIP cancellation of that event (RFC 5546 §3.2.5), which
        // an agenda that imported the launch applies to it, not a new calendar holding a second, cancelled item
        Calendar ownCal = parse(own);
        assertEquals("CANCEL", ownCal.getProperty("METHOD").orElseThrow().getValue());
        assertFalse(ownCal.getProperty("X-WR-CALNAME").isPresent(), "no calendar name: Outlook opens a named file as a new calendar");
        assertFalse(ownCal.getProperty("NAME").isPresent());
        assertEquals(1, ownCal.<VEvent>getComponents("VEVENT").size());
        assertEquals("mailto:" + s2.configuredBuyer(withdrawn.buyer().id()).contact().email(),
                cancelled.getProperty("ORGANIZER").orElseThrow().getValue(), "the ORGANIZER CANCEL requires: the buyer's e-mail");
        assertTrue(ownCal.validate().getEntries().isEmpty(), "ical4j's iTIP rules for CANCEL: " + ownCal.validate());
        var python = IcsValidatorTest.icalendar(List.of(own)).get(0);
        assertEquals(0, python.get("faults").size(), python.toString());
        assertEquals(0, python.get("errors").size(), python.toString());
        assertEquals("CANCEL", python.get("method").asText());
        assertEquals(withdrawn.id() + "@vitrine", python.get("events").get(0).get("uid").asText());
        // the subscribed calendar stays a calendar (RFC 5545, no METHOD): the cancelled event is there this edition only
        assertFalse(c2.getProperty("METHOD").isPresent());
        String page = Files.readString(out2.resolve("needs/" + withdrawn.id() + ".html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("href=\"" + withdrawn.id() + ".ics\" type=\"text/calendar\">Retirer ce lancement de mon agenda"), page);

        // edition 3: revised again; the withdrawal is old news: no event, no own file, no link
        List<Need> third = second.stream().map(n -> n.id().equals(revised.id()) ? revise(n, D3) : n).toList();
        Site s3 = site(third, D3, List.of(w));
        s3.model().put("previousCalendar", IcsExport.previous(out2.resolve("calendar.ics")));
        Path out3 = dir.resolve("e3");
        CatalogueFixture.write(out3, s3);
        Calendar c3 = parse(out3.resolve("calendar.ics"));
        assertEquals("2", sequence(event(c3, revised)));
        assertFalse(c3.<VEvent>getComponents("VEVENT").stream().anyMatch(e -> uid(e).equals(withdrawn.id() + "@vitrine")));
        assertFalse(Files.exists(out3.resolve("needs/" + withdrawn.id() + ".ics")), "an old withdrawal has no file");
        assertFalse(Files.readString(out3.resolve("needs/" + withdrawn.id() + ".html"), StandardCharsets.UTF_8)
                .contains("href=\"" + withdrawn.id() + ".ics\""));
        // an unchanged edition keeps the count
        Site s4 = site(third.stream().map(n -> n.id().equals(revised.id()) ? unchanged(n) : n).toList(), D3.plusDays(7), List.of());
        s4.model().put("previousCalendar", IcsExport.previous(out3.resolve("calendar.ics")));
        new IcsExport(s4, Messages.of("fr")).writeAll(dir.resolve("4.ics"));
        assertEquals("2", sequence(event(parse(dir.resolve("4.ics")), revised)));
        for (Path f : List.of(out2.resolve("calendar.ics"), own, out3.resolve("calendar.ics"), dir.resolve("4.ics"))) {
            for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\r\n")) {
                assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            }
        }
    }

    /**
     * Review R3: the first edition of a new forecast year compares with the last edition of the year before
     * (PreviousEdition.forYear), its calendar included: a revised event keeps counting (same UID), where reading only
     * this year's calendar.ics restarted every SEQUENCE at 0 and an agenda could keep the old date.
     */
    @Test
    void aNewYearsFirstEditionGoesOnCountingFromLastYearsCalendar() throws Exception {
        List<Need> first = CatalogueFixture.needs();
        Need revised = firstEdition(first).get(0);
        // the year's last edition, online: the need revised (SEQUENCE 1), its needs and calendar in the edition folder
        List<Need> second = first.stream().map(n -> n == revised ? revise(n, D2) : n).toList();
        Site s2 = site(second, D2, List.of());
        s2.model().put("previousCalendar", IcsExport.previous(dir.resolve("1.ics")));
        Path current = dir.resolve("out/2027/current");
        Files.createDirectories(current.resolve("public"));
        Files.createDirectories(current.resolve("internal"));
        new IcsExport(s2, Messages.of("fr")).writeAll(current.resolve("public/calendar.ics"));
        org.vitrine.model.Json.MAPPER.writeValue(current.resolve("internal/needs.json").toFile(),
                java.util.Map.of("edition", java.util.Map.of("date", D2.toString()), "needs", second));
        assertEquals("1", sequence(event(parse(current.resolve("public/calendar.ics")), revised)));

        // the next year's first edition: no 2028 folder yet, the need revised again
        var previous = org.vitrine.publish.PreviousEdition.forYear(dir.resolve("out"), 2028);
        List<Need> third = second.stream().map(n -> n.id().equals(revised.id()) ? revise(n, D3) : n).toList();
        Site s3 = site(third, D3, List.of());
        s3.model().put("previousCalendar", previous.calendar());
        new IcsExport(s3, Messages.of("fr")).writeAll(dir.resolve("3.ics"));
        assertEquals("2", sequence(event(parse(dir.resolve("3.ics")), revised)));
    }

    /**
     * The first edition of these needs: its calendar written to 1.ics; the needs with an event of their own in it (a
     * groupement member's is its lead's), in the fixture's order.
     */
    private List<Need> firstEdition(List<Need> first) throws Exception {
        Site s1 = CatalogueFixture.site(first, "fr");
        IcsExport ics1 = new IcsExport(s1, Messages.of("fr"));
        ics1.writeAll(dir.resolve("1.ics"));
        return first.stream().filter(ics1::offers).filter(n -> s1.groups().of(n) == null).toList();
    }

    static Need revise(Need n, LocalDate date) {
        Need.Builder b = n.toBuilder();
        b.title = n.title() + " (révisé)";
        b.change = "revised";
        b.modified = date;
        return b.build();
    }

    static Need unchanged(Need n) {
        Need.Builder b = n.toBuilder();
        b.change = "unchanged";
        return b.build();
    }

    static Site site(List<Need> needs, LocalDate date, List<EditionInfo.Withdrawn> withdrawn) {
        Site base = CatalogueFixture.site(needs, "fr");
        EditionInfo e = (EditionInfo) base.model().get("edition");
        EditionInfo edition = new EditionInfo(date + "-1", e.year(), date, e.language(), e.sources(), withdrawn, e.licence(),
                e.licenceUrl(), e.disclaimer());
        try {
            return new Site(needs, org.vitrine.config.ConfigLoader.load(Path.of("config")), edition, Messages.of("fr"));
        } catch (Exception x) {
            throw new IllegalStateException(x);
        }
    }

    static Calendar parse(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CalendarBuilder().build(r);
        }
    }

    static VEvent event(Calendar cal, Need n) {
        return cal.<VEvent>getComponents("VEVENT").stream().filter(e -> uid(e).equals(n.id() + "@vitrine")).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + n.id()));
    }

    static String uid(VEvent e) {
        return e.getProperty("UID").orElseThrow().getValue();
    }

    static String sequence(VEvent e) {
        return e.getProperty("SEQUENCE").map(p -> p.getValue()).orElse("0");
    }
}

package org.vitrine.publish.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.messages.Messages;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.Needs;
import org.vitrine.model.EditionInfo;
import org.vitrine.messages.Fmt;
import org.vitrine.publish.Site;

/**
 * The hand-written .ics files hold what ical4j writes for the same events (the oracle), line for line once
 * unfolded, and fold lines at 75 octets as RFC 5545 requires (ical4j itself folds at 73 characters).
 */
class IcsExportTest {

    @TempDir
    Path dir;

    @Test
    void sameBytesAsIcal4jForAwkwardTexts() throws Exception {
        for (String base : List.of("", "https://achats.example.fr/vitrine/", "https://bad url/")) {
            Site site = CatalogueFixture.site(awkward(), "fr");
            site.model().put("baseUrl", base);
            site.model().remove("event"); // the oracle holds the needs' launches; the salon's own event: ExportsTest
            Messages msg = Messages.of("fr");
            IcsExport ics = new IcsExport(site, msg);
            ics.writeAll(dir.resolve("all.ics"));
            String name = msg.get("cat.ics.name", "2027", ((org.vitrine.config.VitrineConfig.Organisation) site.model().get("org")).name());
            assertEquals(unfold(ical4j(site, msg, site.needs(), name)), unfold(Files.readString(dir.resolve("all.ics"), StandardCharsets.UTF_8)), base);
            for (Need n : site.needs().stream().filter(IcsExport::hasEvent).toList()) {
                ics.writeOne(dir.resolve("one.ics"), n);
                assertEquals(unfold(ical4j(site, msg, List.of(n), msg.get("cat.ics.summary", n.title()))),
                        unfold(Files.readString(dir.resolve("one.ics"), StandardCharsets.UTF_8)), n.title());
            }
        }
    }

    @Test
    void escapesAndFoldsLongLines() throws IOException {
        Site site = CatalogueFixture.site(awkward(), "fr");
        new IcsExport(site, Messages.of("fr")).writeAll(dir.resolve("all.ics"));
        String text = Files.readString(dir.resolve("all.ics"), StandardCharsets.UTF_8);
        // the line break of the title never reaches the file raw: normalised text has none, and a message's
        // argument is put on one line (messages/Visible.inline) before IcsExport escapes the rest
        assertTrue(unfold(text).contains("\\, virgule\\; point-virgule \\\\ barre\\\\x0d\\\\x0aligne"), text);
        int folded = 0;
        for (String line : text.split("\r\n")) {
            // octets, not characters: "é" is two, an emoji four; a character is never cut (the line decodes back)
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, octets.length + " octets: " + line);
            assertEquals(line, new String(octets, StandardCharsets.UTF_8));
            folded += line.startsWith(" ") ? 1 : 0;
        }
        assertTrue(folded > 10, "long lines are folded");
        assertEquals("Tab\tCR\rx", IcsExport.escape("Tab\tCR\rx"));
    }

    /** Punctuation iCalendar escapes, line breaks, a long accented title, an emoji across a fold. */
    private static List<Need> awkward() {
        List<Need> needs = new ArrayList<>(CatalogueFixture.needs());
        needs.add(need("A-1", "Titre, virgule; point-virgule \\ barre\r\nligne \"guillemets\" : deux-points"));
        needs.add(need("A-2", "Éléments très longs ".repeat(12) + "😀 fin"));
        needs.add(need("A-3", "x".repeat(50) + "😀😀😀" + "é".repeat(80)));
        Need undated = need("A-4", "Sans date").toBuilder().build();
        Need.Builder b = undated.toBuilder();
        b.launch = null;
        needs.add(b.build());
        return needs;
    }

    private static Need need(String ref, String title) {
        Need.Builder b = Needs.need("chu-beaumont", ref, title, 1000, "public", "f.xlsx", 2).toBuilder();
        b.buyer = new BuyerRef("chu-beaumont", "CHU de Beaumont; Nord, \\ Sud", "local");
        b.cpv = new Cpv("90910000-9", Map.of("fr", "Nettoyage", "en", "Cleaning"));
        b.amount = new Amount(BigDecimal.ONE, BigDecimal.ONE, "EUR", "total");
        b.launch = new Period(LocalDate.of(2027, 12, 31), LocalDate.of(2027, 12, 31), Period.Precision.day);
        b.visibility = null;
        b.source = null;
        return b.build();
    }

    @Test
    void aLaunchKnownOnlyToTheHalfYearIsAOneDayReminderThatSaysItsWindow() throws Exception {
        Site site = CatalogueFixture.site(CatalogueFixture.needs(), "fr");
        Need half = site.needs().stream().filter(n -> "M-2".equals(n.reference())).findFirst().orElseThrow();
        new IcsExport(site, Messages.of("fr")).writeOne(dir.resolve("half.ics"), half);
        net.fortuna.ical4j.model.Calendar cal;
        try (var r = Files.newBufferedReader(dir.resolve("half.ics"))) {
            cal = new net.fortuna.ical4j.data.CalendarBuilder().build(r);
        }
        VEvent e = (VEvent) cal.getComponents("VEVENT").get(0);
        assertEquals("20270101", e.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals("20270102", e.getProperty("DTEND").orElseThrow().getValue(), "one day, not six months");
        assertEquals("Lancement prévu : Étude de mobilité (1er semestre 2027, date à préciser)",
                e.getProperty("SUMMARY").orElseThrow().getValue());
        assertTrue(e.getProperty("DESCRIPTION").orElseThrow().getValue().contains("lancement prévu : 1er semestre 2027, sans date plus précise"));
        assertEquals("TRANSPARENT", e.getProperty("TRANSP").orElseThrow().getValue());
        assertEquals("Lancement prévu : Étude de mobilité", cal.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        // a month stays the month
        Need month = site.needs().stream().filter(n -> "CHU-1".equals(n.reference())).findFirst().orElseThrow();
        new IcsExport(site, Messages.of("fr")).writeOne(dir.resolve("month.ics"), month);
        String m = Files.readString(dir.resolve("month.ics"));
        assertTrue(m.contains("DTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270401"), m);
        new IcsExport(site, Messages.of("fr")).writeAll(dir.resolve("all.ics"));
        assertTrue(Files.readString(dir.resolve("all.ics")).contains("\r\nNAME:Lancements prévus 2027 — "), "the calendar is named");
    }

    /** Folding undone (RFC 5545 §3.1): CRLF followed by one space. */
    private static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }

    /** The same events built with ical4j: the reference output. */
    private static String ical4j(Site site, Messages msg, List<Need> needs, String name) throws IOException {
        EditionInfo edition = (EditionInfo) site.model().get("edition");
        String base = (String) site.model().get("baseUrl");
        Fmt fmt = new Fmt(msg);
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Vitrine//Catalogue " + edition.year() + "//" + msg.lang().toUpperCase(java.util.Locale.ROOT)));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(new net.fortuna.ical4j.model.property.Name(name));
        cal.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
        for (Need n : needs) {
            // the oracle's own rules: an event only for a launch open to offers; a quarter, half or year is a one-day
            // reminder on its first day that says the window
            boolean open = !"central_purchasing".equals(n.route()) && !"call_off".equals(n.route())
                    && !"exempt".equals(n.procedure()) && !"negotiated_without_call".equals(n.procedure());
            if (n.launch() == null || !open) {
                continue;
            }
            boolean vague = n.launch().precision() != Period.Precision.day && n.launch().precision() != Period.Precision.month;
            String window = fmt.period(n.launch());
            VEvent e = new VEvent(n.launch().start(), (vague ? n.launch().start() : n.launch().end()).plusDays(1),
                    vague ? msg.get("cat.ics.summary_window", n.title(), window) : msg.get("cat.ics.summary", n.title()));
            e.replace(new DtStamp(edition.date().atStartOfDay().toInstant(ZoneOffset.UTC)));
            e.add(new Uid(n.id() + "@vitrine"));
            e.add(net.fortuna.ical4j.model.property.immutable.ImmutableTransp.TRANSPARENT);
            e.add(new Description(msg.get(vague ? "cat.ics.description_window" : "cat.ics.description", n.buyer().name(), window,
                    edition.disclaimer())));
            if (!base.isEmpty()) {
                try {
                    e.add(new Url(java.net.URI.create(base + "needs/" + n.id() + ".html")));
                } catch (IllegalArgumentException ignored) {
                    // dropped, as in the catalogue
                }
            }
            cal.add(e);
        }
        StringWriter w = new StringWriter();
        new CalendarOutputter(false).output(cal, w);
        return w.toString();
    }
}

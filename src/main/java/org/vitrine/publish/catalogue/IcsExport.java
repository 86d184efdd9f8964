package org.vitrine.publish.catalogue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
import org.vitrine.cli.Messages;
import org.vitrine.model.Need;
import org.vitrine.publish.EditionInfo;
import org.vitrine.publish.Fmt;
import org.vitrine.publish.Site;

/**
 * calendar.ics (one all-day event per planned launch) and needs/&lt;id&gt;.ics (one need's reminder).
 * DTSTAMP is the edition date and UIDs come from need ids, so the same inputs give the same bytes.
 */
public final class IcsExport {

    private final Site site;
    private final Messages msg;
    private final Fmt fmt;
    private final EditionInfo edition;
    private final String base;

    public IcsExport(Site site, Messages msg) {
        this.site = site;
        this.msg = msg;
        this.fmt = new Fmt(msg);
        this.edition = (EditionInfo) site.model().get("edition");
        this.base = (String) site.model().get("baseUrl");
    }

    public void writeAll(Path file) throws IOException {
        write(file, site.needs());
    }

    public void writeOne(Path file, Need need) throws IOException {
        write(file, List.of(need));
    }

    private void write(Path file, List<Need> needs) throws IOException {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Vitrine//Catalogue " + edition.year() + "//" + msg.lang().toUpperCase(java.util.Locale.ROOT)));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        for (Need n : needs) {
            if (n.launch() != null) {
                cal.add(event(n));
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            // no validation: a calendar without events (no dated launch) is still written
            new CalendarOutputter(false).output(cal, w);
        }
    }

    private VEvent event(Need n) {
        LocalDate day = n.launch().start();
        VEvent e = new VEvent(day, day.plusDays(1), msg.get("cat.ics.summary", n.title()));
        // VEvent stamps the current time: replace it by the edition date (determinism)
        e.replace(new DtStamp(edition.date().atStartOfDay().toInstant(ZoneOffset.UTC)));
        e.add(new Uid(n.id() + "@vitrine"));
        e.add(new Description(msg.get("cat.ics.description", n.buyer().name(), fmt.period(n.launch()), edition.disclaimer())));
        if (!base.isEmpty()) {
            try {
                e.add(new Url(java.net.URI.create(base + "needs/" + n.id() + ".html")));
            } catch (IllegalArgumentException ignored) {
                // a malformed base URL only loses the link
            }
        }
        return e;
    }
}

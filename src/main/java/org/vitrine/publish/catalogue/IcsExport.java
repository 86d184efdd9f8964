package org.vitrine.publish.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.vitrine.cli.Messages;
import org.vitrine.model.Need;
import org.vitrine.publish.EditionInfo;
import org.vitrine.publish.Fmt;
import org.vitrine.publish.Site;

/**
 * calendar.ics (one all-day event per planned launch) and needs/&lt;id&gt;.ics (one need's reminder).
 * DTSTAMP is the edition date and UIDs come from need ids, so the same inputs give the same bytes.
 * Written by hand rather than through ical4j: one reminder per need made ical4j a quarter of the
 * catalogue's time. The output is the one ical4j gives (RFC 5545 text escaping, lines folded after
 * 73 characters); ExportsTest parses it back with ical4j and compares it with ical4j's own output.
 * Thread-safe: the catalogue writes reminders from several threads.
 */
public final class IcsExport {

    /** ical4j folds lines at 73 characters (for Apple iCal); kept so that files do not change. */
    private static final int FOLD = 73;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Messages msg;
    private final Fmt fmt;
    private final EditionInfo edition;
    private final String base;
    private final String head;
    private final String stamp;

    public IcsExport(Site site, Messages msg) {
        this.msg = msg;
        this.fmt = new Fmt(msg);
        this.edition = (EditionInfo) site.model().get("edition");
        this.base = (String) site.model().get("baseUrl");
        StringBuilder h = new StringBuilder(128);
        line(h, "BEGIN", "VCALENDAR");
        line(h, "PRODID", escape("-//Vitrine//Catalogue " + edition.year() + "//" + msg.lang().toUpperCase(java.util.Locale.ROOT)));
        line(h, "VERSION", "2.0");
        line(h, "CALSCALE", "GREGORIAN");
        this.head = h.toString();
        this.stamp = DAY.format(edition.date()) + "T000000Z";
        this.needs = site.needs();
    }

    private final List<Need> needs;

    public void writeAll(Path file) throws IOException {
        write(file, needs);
    }

    public void writeOne(Path file, Need need) throws IOException {
        write(file, List.of(need));
    }

    private void write(Path file, List<Need> list) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StringBuilder sb = new StringBuilder(2048);
            sb.append(head);
            for (Need n : list) {
                if (n.launch() != null) {
                    event(sb, n);
                }
                if (sb.length() > 1 << 15) {
                    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                    sb.setLength(0);
                }
            }
            line(sb, "END", "VCALENDAR");
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The properties in the order ical4j wrote them (DTSTAMP replaced after the summary). */
    private void event(StringBuilder sb, Need n) {
        LocalDate day = n.launch().start();
        line(sb, "BEGIN", "VEVENT");
        line(sb, "DTSTART;VALUE=DATE", DAY.format(day));
        line(sb, "DTEND;VALUE=DATE", DAY.format(day.plusDays(1)));
        line(sb, "SUMMARY", escape(msg.get("cat.ics.summary", n.title())));
        line(sb, "DTSTAMP", stamp);
        line(sb, "UID", escape(n.id() + "@vitrine"));
        line(sb, "DESCRIPTION", escape(msg.get("cat.ics.description", n.buyer().name(), fmt.period(n.launch()), edition.disclaimer())));
        if (!base.isEmpty()) {
            String url = base + "needs/" + n.id() + ".html";
            try {
                line(sb, "URL", java.net.URI.create(url).toString());
            } catch (IllegalArgumentException ignored) {
                // a malformed base URL only loses the link
            }
        }
        line(sb, "END", "VEVENT");
    }

    /** NAME:value and CRLF, folded as ical4j's FoldingWriter does: CRLF and a space before the 74th character. */
    private static void line(StringBuilder sb, String name, String value) {
        int length = 0;
        length = fold(sb, name, length);
        length = fold(sb, ":", length);
        length = fold(sb, value, length);
        fold(sb, "\r\n", length); // a line of exactly 73 characters gets an empty continuation, as ical4j

    }

    private static int fold(StringBuilder sb, String text, int length) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (length >= FOLD) {
                sb.append("\r\n ");
                length = 1;
            }
            sb.append(c);
            length = c == '\r' || c == '\n' ? 0 : length + 1;
        }
        return length;
    }

    /** RFC 5545 TEXT escaping, as ical4j: backslash, then line breaks as \n, then , and ; */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String rep = switch (c) {
                case '\\' -> "\\\\";
                case ',' -> "\\,";
                case ';' -> "\\;";
                case '\n' -> "\\n";
                case '\r' -> i + 1 < value.length() && value.charAt(i + 1) == '\n' ? "" : null;
                default -> null;
            };
            if (rep == null) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            sb.append(rep);
        }
        return sb == null ? value : sb.toString();
    }
}

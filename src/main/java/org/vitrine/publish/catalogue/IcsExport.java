package org.vitrine.publish.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.vitrine.cli.Messages;
import org.vitrine.model.Need;
import org.vitrine.publish.EditionInfo;
import org.vitrine.publish.Fmt;
import org.vitrine.publish.PageBuffer;
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
    /** Whether base + "needs/" + an id of unreserved characters is a valid URI without parsing it again. */
    private final boolean plainBase;
    private final List<Need> needs;
    /** One buffer per thread: the catalogue writes reminders from several threads. */
    private final ThreadLocal<PageBuffer> buffers = ThreadLocal.withInitial(PageBuffer::new);

    public IcsExport(Site site, Messages msg) {
        this.msg = msg;
        this.fmt = new Fmt(msg);
        this.edition = (EditionInfo) site.model().get("edition");
        this.base = (String) site.model().get("baseUrl");
        PageBuffer h = new PageBuffer();
        line(h, "BEGIN", "VCALENDAR");
        line(h, "PRODID", escape("-//Vitrine//Catalogue " + edition.year() + "//" + msg.lang().toUpperCase(java.util.Locale.ROOT)));
        line(h, "VERSION", "2.0");
        line(h, "CALSCALE", "GREGORIAN");
        this.head = h.toString();
        this.stamp = day(edition.date()) + "T000000Z";
        this.plainBase = plainBase(base);
        this.needs = site.needs();
    }

    public void writeAll(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            PageBuffer b = new PageBuffer();
            b.write(head);
            for (Need n : needs) {
                if (n.launch() != null) {
                    event(b, n);
                }
                if (b.length() > 1 << 15) {
                    b.writeTo(out);
                    b.reset();
                }
            }
            line(b, "END", "VCALENDAR");
            b.writeTo(out);
        }
    }

    public void writeOne(Path file, Need need) throws IOException {
        PageBuffer b = buffers.get();
        b.reset();
        b.write(head);
        if (need.launch() != null) {
            event(b, need);
        }
        line(b, "END", "VCALENDAR");
        try {
            b.writeTo(file);
        } catch (java.nio.file.NoSuchFileException e) {
            // the catalogue makes needs/ once; another caller may not have
            Files.createDirectories(file.toAbsolutePath().getParent());
            b.writeTo(file);
        }
    }

    /** The properties in the order ical4j wrote them (DTSTAMP replaced after the summary). */
    private void event(PageBuffer sb, Need n) {
        LocalDate day = n.launch().start();
        line(sb, "BEGIN", "VEVENT");
        line(sb, "DTSTART;VALUE=DATE", day(day));
        line(sb, "DTEND;VALUE=DATE", day(day.plusDays(1)));
        line(sb, "SUMMARY", escape(msg.get("cat.ics.summary", n.title())));
        line(sb, "DTSTAMP", stamp);
        line(sb, "UID", escape(n.id() + "@vitrine"));
        line(sb, "DESCRIPTION", escape(msg.get("cat.ics.description", n.buyer().name(), fmt.period(n.launch()), edition.disclaimer())));
        if (!base.isEmpty()) {
            String url = base + "needs/" + n.id() + ".html";
            if (plainBase && unreserved(n.id())) {
                line(sb, "URL", url);
            } else {
                try {
                    line(sb, "URL", java.net.URI.create(url).toString());
                } catch (IllegalArgumentException ignored) {
                    // a malformed base URL only loses the link
                }
            }
        }
        line(sb, "END", "VEVENT");
    }

    /** yyyyMMdd, as BASIC_ISO_DATE, without a formatter for the usual four-digit years. */
    private static String day(LocalDate d) {
        int y = d.getYear();
        if (y < 1000 || y > 9999) {
            return DAY.format(d);
        }
        int md = d.getMonthValue() * 100 + d.getDayOfMonth();
        return y + (md < 1000 ? "0" : "") + md;
    }

    /**
     * An absolute URI with an authority, whose path ends with "/" and nothing after it: appending a
     * path of unreserved characters to it always gives a valid URI, the same string URI.create returns.
     */
    private static boolean plainBase(String base) {
        try {
            java.net.URI u = java.net.URI.create(base);
            return u.isAbsolute() && !u.isOpaque() && u.getRawAuthority() != null && u.getRawPath() != null
                    && u.getRawPath().endsWith("/") && u.getRawQuery() == null && u.getRawFragment() == null && base.endsWith("/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean unreserved(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~')) {
                return false;
            }
        }
        return true;
    }

    /** NAME:value and CRLF, folded as ical4j's FoldingWriter does: CRLF and a space before the 74th character. */
    private static void line(PageBuffer sb, String name, String value) {
        int length = 0;
        length = fold(sb, name, length);
        length = fold(sb, ":", length);
        length = fold(sb, value, length);
        fold(sb, "\r\n", length); // a line of exactly 73 characters gets an empty continuation, as ical4j
    }

    /**
     * Appends text, folding before a character when the line already has FOLD characters; a line break
     * in the text starts a new line. Copies runs of characters at once rather than one by one.
     */
    private static int fold(PageBuffer sb, String text, int length) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (length >= FOLD) {
                sb.write("\r\n ");
                length = 1;
            }
            int end = Math.min(n, i + FOLD - length);
            int j = i;
            while (j < end && text.charAt(j) != '\r' && text.charAt(j) != '\n') {
                j++;
            }
            if (j < end) {
                sb.write(text, i, j + 1 - i);
                length = 0;
                i = j + 1;
            } else {
                sb.write(text, i, end - i);
                length += end - i;
                i = end;
            }
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

package org.vitrine.publish.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.model.EditionInfo;
import org.vitrine.messages.Fmt;
import org.vitrine.publish.Site;

/**
 * calendar.ics (one all-day event per planned launch open to offers) and needs/&lt;id&gt;.ics (one need's
 * reminder), each named (NAME, RFC 7986, and X-WR-CALNAME for the calendars that read only that). A launch known
 * to the day is that day, one known to the month covers the month; one known only to the quarter, half-year or
 * year is a one-day reminder on the window's first day whose summary and description give the window and say the
 * date is still to come (a banner over several months clutters an agenda and reads as a long event; the first day
 * alone, unexplained, would announce a date nobody gave). A need not open to offers ({@link Competition}) gets no
 * event: there is no launch for a supplier to prepare. Events are transparent (they block no time). DTSTAMP is the edition date and
 * UIDs come from need ids, so the same inputs give the same bytes. Written by hand rather than through
 * ical4j: one reminder per need made ical4j a quarter of the catalogue's time. Text is escaped as RFC 5545
 * says and lines are folded at 75 octets of UTF-8, never inside a character (ical4j folds at 73 characters,
 * up to 81 octets with accents); IcsExportTest parses the files back with ical4j and compares them with the
 * calendar ical4j builds for the same events. Thread-safe: the catalogue writes reminders from several threads.
 */
public final class IcsExport {

    /** RFC 5545 §3.1: lines of at most 75 octets, line break excluded. */
    private static final int FOLD = 75;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Messages msg;
    private final Fmt fmt;
    private final EditionInfo edition;
    private final String base;
    private final String head;
    private final String allHead;
    private final String stamp;
    /** Whether base + "needs/" + an id of unreserved characters is a valid URI without parsing it again. */
    private final boolean plainBase;
    private final List<Need> needs;
    private final JointGroups groups;
    private final LaunchTiming timing;
    /** One buffer per thread: the catalogue writes reminders from several threads. */
    private final ThreadLocal<StringBuilder> buffers = ThreadLocal.withInitial(() -> new StringBuilder(4096));

    public IcsExport(Site site, Messages msg) {
        this.msg = msg;
        this.fmt = new Fmt(msg);
        this.edition = (EditionInfo) site.model().get("edition");
        this.base = (String) site.model().get("baseUrl");
        StringBuilder h = new StringBuilder();
        line(h, "BEGIN", "VCALENDAR");
        line(h, "PRODID", escape("-//Vitrine//Catalogue " + edition.year() + "//" + msg.lang().toUpperCase(java.util.Locale.ROOT)));
        line(h, "VERSION", "2.0");
        line(h, "CALSCALE", "GREGORIAN");
        this.head = h.toString();
        var org = (org.vitrine.config.VitrineConfig.Organisation) site.model().get("org");
        this.allHead = head + named(msg.get("cat.ics.name", String.valueOf(edition.year()), org == null ? "" : org.name()));
        this.stamp = day(edition.date()) + "T000000Z";
        this.plainBase = plainBase(base);
        this.needs = site.needs();
        this.groups = site.groups();
        this.timing = LaunchTiming.of(site.model());
        this.event = (org.vitrine.config.VitrineConfig.Event) site.model().get("event");
    }

    private final org.vitrine.config.VitrineConfig.Event event;

    /**
     * The salon day itself, first in calendar.ics: the needs' launches were there, not the day they are met
     * (outside supplier). Its venue, hours and access, and the event page's address; none without a valid date.
     */
    private void salon(StringBuilder sb) {
        LocalDate day;
        try {
            day = event == null || event.date() == null ? null : LocalDate.parse(event.date().strip());
        } catch (java.time.format.DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            return;
        }
        java.time.LocalTime[] hours = hours(event.hours());
        if (hours != null) {
            sb.append(PARIS);
        }
        line(sb, "BEGIN", "VEVENT");
        if (hours != null) {
            // its opening hours, local time: a phone's agenda shows 9:00–17:30 on the day, not a banner over it
            line(sb, "DTSTART;TZID=Europe/Paris", day(day) + "T" + time(hours[0]));
            line(sb, "DTEND;TZID=Europe/Paris", day(day) + "T" + time(hours[1]));
        } else {
            line(sb, "DTSTART;VALUE=DATE", day(day));
            line(sb, "DTEND;VALUE=DATE", day(day.plusDays(1)));
        }
        line(sb, "SUMMARY", escape(event.name() == null ? msg.get("cat.ics.salon") : event.name()));
        line(sb, "DTSTAMP", stamp);
        line(sb, "UID", escape("salon-" + day + "@vitrine"));
        if (event.venue() != null && !event.venue().isBlank()) {
            line(sb, "LOCATION", escape(event.venue()));
        }
        StringBuilder d = new StringBuilder();
        if (event.hours() != null && !event.hours().isBlank()) {
            d.append(msg.get("cat.ics.salon_hours", event.hours()));
        }
        if (event.access() != null && !event.access().isBlank()) {
            d.append(d.length() > 0 ? "\n" : "").append(event.access());
        }
        if (d.length() > 0) {
            line(sb, "DESCRIPTION", escape(d.toString()));
        }
        if (!base.isEmpty()) {
            try {
                line(sb, "URL", java.net.URI.create(base + "event.html").toString());
            } catch (IllegalArgumentException ignored) {
                // a malformed base URL only loses the link
            }
        }
        line(sb, "END", "VEVENT");
    }

    /**
     * Europe/Paris as RFC 5545 describes a zone: CET, and CEST from the last Sunday of March to the last Sunday of
     * October (the EU rule since 1996). Written once, for the salon's hours.
     */
    private static final String PARIS = String.join("\r\n", "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19810329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE") + "\r\n";

    private static final java.util.regex.Pattern HOUR = java.util.regex.Pattern.compile("(\\d{1,2})\\s*[hH:]\\s*(\\d{2})?");

    /**
     * The opening and closing times of {@code event.hours} as the config writes them (« 9 h – 17 h 30 », « 9h-17h30 »,
     * « 09:00 - 17:30 »): the first two times, the second after the first; null when the text gives no such pair.
     */
    static java.time.LocalTime[] hours(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = HOUR.matcher(text);
        java.time.LocalTime[] out = new java.time.LocalTime[2];
        for (int i = 0; i < 2; i++) {
            if (!m.find()) {
                return null;
            }
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (h > 23 || min > 59) {
                return null;
            }
            out[i] = java.time.LocalTime.of(h, min);
        }
        return out[1].isAfter(out[0]) ? out : null;
    }

    private static String time(java.time.LocalTime t) {
        return String.format(java.util.Locale.ROOT, "%02d%02d00", t.getHour(), t.getMinute());
    }

    public void writeAll(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            StringBuilder b = new StringBuilder(1 << 16);
            b.append(allHead);
            salon(b);
            for (Need n : needs) {
                // a groupement is one consultation: one launch, its leading share's (the coordinator's)
                if (offers(n) && groups.listed(n)) {
                    event(b, n);
                }
                if (b.length() > 1 << 15) {
                    out.write(utf8(b));
                    b.setLength(0);
                }
            }
            line(b, "END", "VCALENDAR");
            out.write(utf8(b));
        }
    }

    public void writeOne(Path file, Need need) throws IOException {
        StringBuilder b = buffers.get();
        b.setLength(0);
        b.append(head);
        b.append(named(msg.get("cat.ics.summary", need.title())));
        if (offers(need)) {
            event(b, need);
        }
        line(b, "END", "VCALENDAR");
        byte[] bytes = utf8(b);
        try {
            Files.write(file, bytes);
        } catch (java.nio.file.NoSuchFileException e) {
            // the catalogue makes needs/ once; another caller may not have
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, bytes);
        }
    }

    /** Whether this edition gives a need a launch reminder: it has one, and its window had not begun on the edition date. */
    public boolean offers(Need n) {
        return hasEvent(n) && timing.reminder(n);
    }

    /** Whether a need has a launch event: a launch window, and open to offers. */
    public static boolean hasEvent(Need n) {
        return n.launch() != null && n.launch().start() != null && Competition.isOpen(n);
    }

    /** A launch known only to the quarter, half-year or year: a reminder on its first day, the window said. */
    static boolean vague(Need n) {
        Period.Precision p = n.launch().precision();
        return p == Period.Precision.quarter || p == Period.Precision.half || p == Period.Precision.year;
    }

    /** NAME and X-WR-CALNAME lines. */
    private static String named(String name) {
        StringBuilder b = new StringBuilder();
        line(b, "NAME", escape(name));
        line(b, "X-WR-CALNAME", escape(name));
        return b.toString();
    }

    /** The properties in the order ical4j writes them (DTSTAMP replaced after the summary). */
    private void event(StringBuilder sb, Need n) {
        LocalDate first = n.launch().start();
        boolean vague = vague(n);
        LocalDate last = vague || n.launch().end() == null || n.launch().end().isBefore(first) ? first : n.launch().end();
        String window = fmt.period(n.launch());
        line(sb, "BEGIN", "VEVENT");
        line(sb, "DTSTART;VALUE=DATE", day(first));
        line(sb, "DTEND;VALUE=DATE", day(last.plusDays(1)));
        line(sb, "SUMMARY", escape(vague ? msg.get("cat.ics.summary_window", n.title(), window) : msg.get("cat.ics.summary", n.title())));
        line(sb, "DTSTAMP", stamp);
        line(sb, "UID", escape(n.id() + "@vitrine"));
        line(sb, "TRANSP", "TRANSPARENT");
        String description = msg.get(vague ? "cat.ics.description_window" : "cat.ics.description", n.buyer().name(), window,
                edition.disclaimer());
        JointGroups.Group g = groups.of(n);
        if (g != null) {
            List<String> names = g.members().stream().map(m -> m.buyer().name()).toList();
            description = (g.coordinator() == null ? msg.get("cat.ics.group_nocoord", g.name(), String.join(", ", names))
                    : msg.get("cat.ics.group", g.name(), String.join(", ", names), g.coordinator().buyer().name())) + " " + description;
        }
        line(sb, "DESCRIPTION", escape(description));
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

    /** NAME:value and CRLF, folded before an octet past the 75th: CRLF and a space, which counts as the next line's first octet. */
    private static void line(StringBuilder sb, String name, String value) {
        int length = 0;
        length = fold(sb, name, length);
        length = fold(sb, ":", length);
        fold(sb, value, length);
        sb.append("\r\n");
    }

    /**
     * Appends text, folding before a character whose UTF-8 octets would take the line past FOLD octets (a
     * character is never split); a line break in the text starts a new line. Runs of ASCII are copied at once.
     */
    private static int fold(StringBuilder sb, String text, int length) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int j = i;
            int octets = length;
            while (j < n) {
                char c = text.charAt(j);
                if (c == '\r' || c == '\n') {
                    break;
                }
                int width = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : 3;
                if (octets + width > FOLD) {
                    break;
                }
                octets += width;
                j += width == 4 && j + 1 < n ? 2 : 1;
            }
            sb.append(text, i, j);
            length = octets;
            if (j == n) {
                break;
            }
            char c = text.charAt(j);
            if (c == '\r' || c == '\n') {
                sb.append(text.charAt(j));
                length = 0;
                i = j + 1;
            } else {
                sb.append("\r\n ");
                length = 1;
                i = j;
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

    /** UTF-8 as String.getBytes gives it (an unpaired surrogate becomes '?'). */
    private static byte[] utf8(StringBuilder b) {
        return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}

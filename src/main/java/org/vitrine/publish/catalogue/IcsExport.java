package org.vitrine.publish.catalogue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.vitrine.config.VitrineConfig;
import org.vitrine.messages.Fmt;
import org.vitrine.messages.Messages;
import org.vitrine.model.EditionInfo;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.publish.Site;

/**
 * The agenda files, built with ical4j: calendar.ics (the salon, then one launch per contract open to offers),
 * needs/&lt;id&gt;.ics (one contract's launch) and salon.ics (the salon alone), each named (NAME, RFC 7986, and
 * X-WR-CALNAME for the agendas that read only that).
 * <ul>
 * <li>A launch known to the day is an all-day event that day. A wider window (a month, a quarter, a half-year, a
 * year) is one all-day event on its first day, whose summary says the window and « date à préciser »: the day from
 * which to watch the buyer profile, not a date anybody gave (supplier Z: a quarter spread as a 91-day event across the
 * agenda; leaving them out hid most launches, outside supplier X: 123 of 214 contracts missing). Transparent, it blocks
 * none of the supplier's time.</li>
 * <li>A groupement de commandes is one contract: every member's file holds the lead share's event (same UID, same
 * text, its total « Groupement … — 530 000 € »), so an agenda that imports several files gets it once.</li>
 * <li>The salon runs from {@code event.opens} to {@code event.closes}, Paris time, with ical4j's Europe/Paris
 * VTIMEZONE; without them it is a whole-day event.</li>
 * </ul>
 * A need not open to offers ({@link Competition}) gets no event. Events are transparent (they block no time).
 * DTSTAMP is the edition date, UIDs come from need ids and events follow the needs' order: the same inputs give
 * the same bytes. ical4j escapes and writes CRLF; its FoldingWriter folds at 73 characters (up to 146 octets of
 * accented text, and it can cut an emoji in two), so {@link #fold} folds ical4j's unfolded lines at 75 octets,
 * between characters, as RFC 5545 §3.1 requires. Thread-safe: the catalogue writes reminders from several threads.
 */
public final class IcsExport {

    /** RFC 5545 §3.1: lines of at most 75 octets, line break excluded. */
    private static final int FOLD = 75;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Messages msg;
    private final Fmt fmt;
    private final EditionInfo edition;
    private final String base;
    private final String calendarName;
    private final DtStamp stamp;
    private final List<Need> needs;
    private final JointGroups groups;
    private final LaunchTiming timing;
    private final VitrineConfig.Event event;
    private final Site site;
    /** The previous edition's calendar.ics events by UID (Publisher: {@code previousCalendar}), else empty. */
    private final java.util.Map<String, VEvent> previous;

    public IcsExport(Site site, Messages msg) {
        this.site = site;
        this.msg = msg;
        this.fmt = new Fmt(msg);
        this.edition = (EditionInfo) site.model().get("edition");
        this.base = (String) site.model().get("baseUrl");
        var org = (VitrineConfig.Organisation) site.model().get("org");
        this.calendarName = msg.get("cat.ics.name", String.valueOf(edition.year()), org == null ? "" : org.name());
        this.stamp = new DtStamp(edition.date().atStartOfDay().toInstant(ZoneOffset.UTC));
        this.needs = site.needs();
        this.groups = site.groups();
        this.timing = LaunchTiming.of(site.model());
        this.event = (VitrineConfig.Event) site.model().get("event");
        @SuppressWarnings("unchecked")
        java.util.Map<String, VEvent> before = site.model().get("previousCalendar") instanceof java.util.Map<?, ?> m
                ? (java.util.Map<String, VEvent>) m : java.util.Map.of();
        this.previous = before;
    }

    /**
     * The events of the previous edition's calendar.ics by UID, in its order; empty on a first edition or a file that
     * cannot be read (then every SEQUENCE starts again at 0 and no withdrawal is cancelled: an agenda may keep a stale
     * event, nothing fails).
     */
    public static java.util.Map<String, VEvent> previous(Path file) {
        java.util.Map<String, VEvent> out = new java.util.LinkedHashMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return out;
        }
        try (java.io.Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Calendar cal = new net.fortuna.ical4j.data.CalendarBuilder().build(r);
            for (VEvent e : cal.<VEvent>getComponents("VEVENT")) {
                e.getProperty("UID").ifPresent(u -> out.putIfAbsent(u.getValue(), e));
            }
        } catch (IOException | net.fortuna.ical4j.data.ParserException | RuntimeException e) {
            out.clear();
        }
        return out;
    }

    /** An event's SEQUENCE in the previous calendar, 0 when it has none; -1 when the event was not there. */
    private int previousSequence(String uid) {
        VEvent e = previous.get(uid);
        if (e == null) {
            return -1;
        }
        try {
            return e.getProperty("SEQUENCE").map(p -> Integer.parseInt(p.getValue().strip())).orElse(0);
        } catch (NumberFormatException x) {
            return 0;
        }
    }

    /**
     * A launch event's SEQUENCE (RFC 5545 §3.8.7.4), which an agenda reads to replace the event it holds: the
     * previous calendar's, one more when the need was revised in this edition; 0 for an event the previous calendar
     * did not have (supplier W: a revised event kept 0 and a re-import could keep the old date).
     */
    private int sequence(Need n) {
        int before = previousSequence(n.id() + "@vitrine");
        if (before < 0) {
            return 0;
        }
        boolean revised = "revised".equals(n.change()) && edition.date().equals(n.modified());
        if (!revised && groups.of(n) != null) {
            revised = groups.of(n).members().stream().anyMatch(m -> "revised".equals(m.change()) && edition.date().equals(m.modified()));
        }
        return before + (revised ? 1 : 0);
    }

    /**
     * The needs withdrawn in this edition whose launch the previous calendar had: that event again, STATUS:CANCELLED
     * and SEQUENCE one up, so that a subscribed agenda removes it (supplier W: it just vanished and agendas kept it).
     * Its date and UID are the previous event's; the edition after this one no longer carries it.
     */
    private List<VEvent> cancelled(java.util.Set<String> written) {
        List<VEvent> out = new java.util.ArrayList<>();
        for (EditionInfo.Withdrawn w : Withdrawals.sinceLast(edition)) {
            VEvent e = written.contains(w.id() + "@vitrine") ? null : cancelled(w);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** A withdrawn need's cancelled launch, or null when the previous calendar had none (or had it cancelled already). */
    private VEvent cancelled(EditionInfo.Withdrawn w) {
        String uid = w.id() + "@vitrine";
        VEvent before = launchBefore(w);
        if (before == null) {
            return null;
        }
        VEvent e = new VEvent(false);
        before.getProperty("DTSTART").ifPresent(e::add);
        before.getProperty("DTEND").ifPresent(e::add);
        e.add(new Summary(text(msg.get("cat.ics.summary_withdrawn", w.title()))));
        e.add(stamp);
        e.add(new Uid(uid));
        e.add(new net.fortuna.ical4j.model.property.Sequence(previousSequence(uid) + 1));
        e.add(ImmutableStatus.VEVENT_CANCELLED);
        e.add(ImmutableTransp.TRANSPARENT);
        e.add(new Description(text(msg.get("cat.ics.description_withdrawn", w.buyer(), fmt.date(edition.date())))));
        if (Withdrawals.safeId(w.id())) {
            url(e, "needs/" + w.id() + ".html");
        }
        return e;
    }

    /** The withdrawn need's launch in the previous calendar, or null when it had none or had it cancelled already. */
    private VEvent launchBefore(EditionInfo.Withdrawn w) {
        VEvent before = previous.get(w.id() + "@vitrine");
        return before == null || before.getProperty("STATUS").map(p -> "CANCELLED".equalsIgnoreCase(p.getValue())).orElse(false)
                ? null : before;
    }

    /** Whether {@link #writeCancelled} writes a file for this withdrawn need: the previous calendar had its launch. */
    public boolean cancels(EditionInfo.Withdrawn w) {
        return Withdrawals.safeId(w.id()) && launchBefore(w) != null;
    }

    /**
     * needs/&lt;id&gt;.ics of a need withdrawn in this edition: its launch again, cancelled, at the address its page gave
     * (supplier W: the file was gone, so an agenda that had imported or subscribed to it kept the launch).
     */
    public void writeCancelled(Path file, EditionInfo.Withdrawn w) throws IOException {
        VEvent e = cancelled(w);
        if (e != null) {
            // an iTIP cancellation (RFC 5546 §3.2.5), not a calendar: METHOD:CANCEL and the ORGANIZER it requires, and
            // no NAME / X-WR-CALNAME, with which an agenda that imports one file at a time (Outlook) opens it as a new
            // calendar holding a second, cancelled item instead of removing the launch it has (supplier Y, D2)
            String organizer = organizer(w);
            if (organizer != null) {
                e.add(new net.fortuna.ical4j.model.property.Organizer(URI.create(organizer)));
            }
            Calendar cal = new Calendar();
            cal.add(new ProdId("-//Vitrine//Catalogue " + edition.year() + "//" + msg.lang().toUpperCase(Locale.ROOT)));
            cal.add(ImmutableVersion.VERSION_2_0);
            cal.add(ImmutableCalScale.GREGORIAN);
            cal.add(ImmutableMethod.CANCEL);
            cal.add(e);
            write(file, cal);
        }
    }

    /**
     * The cancellation's ORGANIZER (RFC 5546 §3.2.5 requires one): the buyer's functional e-mail, as its pages give it,
     * else the event organiser's; null when neither is known (the file then cancels by UID alone).
     */
    private String organizer(EditionInfo.Withdrawn w) {
        String id = Withdrawals.buyerId(w, site.buyers());
        org.vitrine.config.BuyerConfig b = site.configuredBuyer(id);
        String email = b != null && b.contact() != null ? b.contact().email() : null;
        if ((email == null || email.isBlank()) && event != null && event.contact() != null) {
            email = event.contact().email();
        }
        if (email == null || email.isBlank() || !email.strip().matches("[^\\s:/?#@]+@[A-Za-z0-9.-]+")) {
            return null;
        }
        return "mailto:" + email.strip();
    }

    /** calendar.ics: the salon, then every contract's launch (a groupement once, by its lead share). */
    public void writeAll(Path file) throws IOException {
        Calendar cal = calendar(calendarName);
        salon(cal);
        int launches = 0;
        java.util.Set<String> written = new java.util.HashSet<>();
        for (Need n : groups.rows(needs)) {
            if (offers(n)) {
                cal.add(launch(n));
                written.add(n.id() + "@vitrine");
                launches++;
            }
        }
        cancelled(written).forEach(cal::add);
        // what is in it, and the catalogue's calendar (RFC 7986 DESCRIPTION, X-WR-CALDESC for the agendas that read only that)
        String about = text(msg.get("cat.ics.calendar_description", launches, base == null ? "" : base + "calendar.html"));
        cal.add(new Description(about));
        cal.add(new XProperty("X-WR-CALDESC", about));
        write(file, cal);
    }

    /**
     * needs/&lt;id&gt;.ics of a need that {@link #offers} one: the contract's launch; a groupement member's file holds
     * its lead share's event (the same UID).
     */
    public void writeLaunch(Path file, Need need) throws IOException {
        Need lead = lead(need);
        Calendar cal = calendar(summary(lead));
        cal.add(launch(lead));
        write(file, cal);
    }

    /** salon.ics: the salon alone, for the event page; nothing written when the event has no valid date. */
    public void writeSalon(Path file) throws IOException {
        if (salonDay() == null) {
            return;
        }
        Calendar cal = calendar(event.name() == null ? msg.get("cat.ics.salon") : event.name());
        salon(cal);
        write(file, cal);
    }

    /** Whether this edition gives a need a launch event: open to offers, a launch window not begun by the edition date. */
    public boolean offers(Need n) {
        Need lead = lead(n);
        return Competition.isOpen(lead) && timing.reminder(lead);
    }

    /**
     * The contracts of the catalogue that calendar.ics has no launch for, by reason, for the calendar and about pages
     * (supplier Z: 195 events for 214 contracts, unexplained): "closed" not open to offers, "begun" a launch window
     * begun by the edition date (its consultation may be running: the need's page says where), "unknown" no launch
     * given. Insertion order is the pages' order; a reason without contracts is left out.
     */
    public java.util.Map<String, Integer> absent() {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (Need n : groups.rows(needs)) {
            if (offers(n)) {
                continue;
            }
            Need lead = lead(n);
            String why = !Competition.isOpen(lead) ? "closed" : lead.launch() == null ? "unknown" : "begun";
            out.merge(why, 1, Integer::sum);
        }
        java.util.Map<String, Integer> ordered = new java.util.LinkedHashMap<>();
        for (String k : List.of("closed", "begun", "unknown")) {
            if (out.containsKey(k)) {
                ordered.put(k, out.get(k));
            }
        }
        return ordered;
    }

    /** The launch events of calendar.ics: the contracts it has a launch for. */
    public int launches() {
        return (int) groups.rows(needs).stream().filter(this::offers).count();
    }

    private Need lead(Need n) {
        JointGroups.Group g = groups.of(n);
        return g == null ? n : g.lead();
    }

    private Calendar calendar(String name) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Vitrine//Catalogue " + edition.year() + "//" + msg.lang().toUpperCase(Locale.ROOT)));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(new Name(text(name)));
        cal.add(new XProperty("X-WR-CALNAME", text(name)));
        return cal;
    }

    /** « Lancement prévu : titre », the window when it is not one day, the group and its total for a groupement. */
    private String summary(Need n) {
        JointGroups.Group g = groups.of(n);
        String what = n.title();
        if (g != null) {
            // « Groupement papier 2027 » as buyers name it, else « Groupement Vérifications 2027 »
            String name = g.name().strip();
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("groupement") && !lower.startsWith(msg.get("cat.ics.group_word").toLowerCase(Locale.ROOT))) {
                name = msg.get("cat.ics.group_word") + " " + name;
            }
            what = g.total() == null ? name : msg.get("cat.ics.group_total", name, fmt.amount(g.total()));
        }
        return window(n) ? msg.get("cat.ics.summary_window", what, fmt.period(n.launch())) : msg.get("cat.ics.summary", what);
    }

    /** A launch window wider than one day (a month, a quarter, a half-year, a year): its event spans it. */
    private static boolean window(Need n) {
        Period p = n.launch();
        return p.end() != null && p.end().isAfter(p.start());
    }

    private VEvent launch(Need n) {
        Period p = n.launch();
        String window = fmt.period(p);
        VEvent e = new VEvent(false);
        e.add(new DtStart<>(p.start()));
        // one day, the window's first for a window; DTEND of an all-day event is the day after (RFC 5545 §3.6.1)
        e.add(new DtEnd<>(p.start().plusDays(1)));
        e.add(new Summary(text(summary(n))));
        e.add(stamp);
        e.add(new Uid(n.id() + "@vitrine"));
        e.add(new net.fortuna.ical4j.model.property.Sequence(sequence(n)));
        e.add(ImmutableTransp.TRANSPARENT);
        // the reference and where the notice will be, not the whole disclaimer again (supplier Y, D9: forty events on
        // 1 January each repeated it, and none said which contract or where to watch); the catalogue's pages carry it
        String ref = n.reference() == null || n.reference().isBlank() ? "" : msg.get("cat.ics.ref", n.reference().strip());
        String description = msg.get(window(n) ? "cat.ics.description_window" : "cat.ics.description", n.buyer().name(), window, ref);
        JointGroups.Group g = groups.of(n);
        String profile = profile(n, g);
        if (!profile.isEmpty()) {
            description += " " + msg.get("cat.ics.profile", profile);
        }
        if (g != null) {
            List<String> names = g.members().stream().map(m -> fmt.theName(m.buyer().name())).toList();
            description = (g.coordinator() == null ? msg.get("cat.ics.group_nocoord", g.name(), String.join(", ", names))
                    : msg.get("cat.ics.group", g.name(), String.join(", ", names), fmt.theName(g.coordinator().buyer().name()))) + " " + description;
        }
        e.add(new Description(text(description)));
        url(e, "needs/" + n.id() + ".html");
        return e;
    }

    /** The buyer profile where the notice will be published: the coordinator's for a groupement, else the buyer's; "" if unknown. */
    private String profile(Need n, JointGroups.Group g) {
        Site.BuyerPage page = g != null && g.coordinatorPage() != null ? g.coordinatorPage() : site.buyer(n.buyer().id());
        return page == null || page.profile() == null ? "" : page.profile().strip();
    }

    private LocalDate salonDay() {
        return salonDay(event);
    }

    /** The event's day, or null when it has none or it is not a date (then no salon event and no salon.ics). */
    public static LocalDate salonDay(VitrineConfig.Event event) {
        try {
            return event == null || event.date() == null ? null : LocalDate.parse(event.date().strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The salon day (first in calendar.ics: the needs' launches were there, not the day they are met, outside
     * supplier): its typed hours in Paris time with ical4j's VTIMEZONE, else the whole day; venue, hours text,
     * access and the event page. None without a valid date.
     */
    private void salon(Calendar cal) {
        LocalDate day = salonDay();
        if (day == null) {
            return;
        }
        LocalTime[] hours = event.openingHours();
        VEvent e = new VEvent(false);
        if (hours != null) {
            cal.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(PARIS.getId()).getVTimeZone());
            e.add(new DtStart<>(ZonedDateTime.of(day, hours[0], PARIS)));
            e.add(new DtEnd<>(ZonedDateTime.of(day, hours[1], PARIS)));
        } else {
            e.add(new DtStart<>(day));
            e.add(new DtEnd<>(day.plusDays(1)));
        }
        e.add(new Summary(text(event.name() == null ? msg.get("cat.ics.salon") : event.name())));
        e.add(stamp);
        e.add(new Uid("salon-" + day + "@vitrine"));
        if (event.location() != null) {
            e.add(new Location(text(event.location())));
        }
        StringBuilder d = new StringBuilder();
        if (event.hours() != null && !event.hours().isBlank()) {
            d.append(msg.get("cat.ics.salon_hours", event.hours()));
        }
        if (event.access() != null && !event.access().isBlank()) {
            d.append(d.length() > 0 ? "\n" : "").append(event.access());
        }
        if (d.length() > 0) {
            e.add(new Description(text(d.toString())));
        }
        url(e, "event.html");
        cal.add(e);
    }

    private void url(VEvent e, String path) {
        if (base == null || base.isEmpty()) {
            return;
        }
        try {
            e.add(new Url(URI.create(base + path)));
        } catch (IllegalArgumentException ignored) {
            // a malformed base URL only loses the link
        }
    }

    /** Line breaks as one \n, which ical4j escapes: a lone CR would otherwise end a content line. */
    private static String text(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void write(Path file, Calendar cal) throws IOException {
        byte[] bytes = fold(cal.toString()).getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(file, bytes);
        } catch (java.nio.file.NoSuchFileException e) {
            // the catalogue makes needs/ once; another caller may not have
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, bytes);
        }
    }

    /**
     * ical4j's unfolded text (content lines ending in CRLF), each line folded before a character whose UTF-8
     * octets would take it past 75: CRLF and a space, which counts as the next line's first octet.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        int octets = 0;
        for (int i = 0; i < unfolded.length(); ) {
            int c = unfolded.codePointAt(i);
            int chars = Character.charCount(c);
            if (c == '\r' && i + 1 < unfolded.length() && unfolded.charAt(i + 1) == '\n') {
                out.append("\r\n");
                octets = 0;
                i += 2;
                continue;
            }
            int width = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (octets + width > FOLD) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(c);
            octets += width;
            i += chars;
        }
        return out.toString();
    }
}

package org.vitrine.publish.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.vitrine.model.Need;
import org.vitrine.model.Period;

/**
 * When a need's consultation stands against the edition date and the event day, for what its pages promise: a
 * consultation running on the event day but not yet launched on the edition date is announced for its launch
 * ("sera en cours le jour du salon"), not as running; a need launching before the forecast year or before the
 * event offers no meeting at the event (it cannot be discussed there: L3, R2132-6) and may already be on the buyer
 * profile; a launch reminder is never offered for a window that had begun by the edition date. Exposed to
 * templates as {@code timing}.
 */
public final class LaunchTiming {

    private final LocalDate edition;
    private final LocalDate event;
    private final int year;

    /** {@code event} may be null or not a date (no event day: only the forecast year counts). */
    public LaunchTiming(LocalDate edition, int year, String event) {
        this.edition = edition;
        this.year = year;
        this.event = parse(event);
    }

    /** From a site's model: its edition ({@code edition}) and event ({@code event}). */
    public static LaunchTiming of(java.util.Map<String, Object> model) {
        org.vitrine.model.EditionInfo e = (org.vitrine.model.EditionInfo) model.get("edition");
        org.vitrine.config.VitrineConfig.Event ev = (org.vitrine.config.VitrineConfig.Event) model.get("event");
        return new LaunchTiming(e == null ? null : e.date(), e == null ? 0 : e.year(), ev == null ? null : ev.date());
    }

    /** Running on the event day ({@code live} set) but launching after the edition date: announced, not running. */
    public boolean liveLater(Need n) {
        return n.live() != null && start(n) != null && edition != null && start(n).isAfter(edition);
    }

    /**
     * Running on the event day ({@code live} set) by the risk rules' calendar, but not for certain: a procedure without
     * legal minimum time limits (a MAPA, or not given: R2123-4 lets the buyer set them) launching in a window wider
     * than a day (« janvier 2027 » for an event on 4 February) may be launched and notified before the event, or
     * launched after it. Pages then say « peut-être en cours » and still offer no meeting (equal treatment, L3).
     * Certain: offers under analysis, a formalised procedure (its minimum periods are the law's), a launch known to
     * the day, or a window closed by the event day with the bid deadline the buyer gave on or after it.
     */
    public boolean liveMaybe(Need n) {
        if (n.live() == null || "analysis".equals(n.live()) || org.vitrine.risk.Timing.formalised(n.procedure()) || event == null) {
            return false;
        }
        Period p = n.launch();
        if (p == null || p.start() == null || p.end() == null) {
            return true;
        }
        if (p.start().equals(p.end())) {
            return false;
        }
        boolean deadlineReaches = n.deadline() != null && n.deadline().start() != null && !n.deadline().start().isBefore(event);
        return !(deadlineReaches && !p.end().isAfter(event));
    }

    /**
     * How pages and lists name a need running on the event day, one wording everywhere (the suffix of the
     * {@code cat.badge.live*} and {@code cat.live.heading*} keys): "_maybe" ({@link #liveMaybe}), "_later"
     * ({@link #liveLater}), "_later_analysis" ({@link #liveLaterAnalysis}), "" (running now); null when it is not.
     */
    public String liveKey(Need n) {
        return n.live() == null ? null : liveMaybe(n) ? "_maybe" : liveLaterAnalysis(n) ? "_later_analysis" : liveLater(n) ? "_later" : "";
    }

    /**
     * {@link #liveLater} with its bids due before the event day ({@code live} analysis: the buyer's deadline or the
     * estimated one): announced for its launch, and in analysis on the event day, not running (lawyer U, LFA-27-01: a
     * MAPA launched on 7 December with bids due on 11 January was said « en cours le jour du salon » and its page invited
     * questions, while its own questions block said the consultation would be closed). Suffix "_later_analysis".
     */
    public boolean liveLaterAnalysis(Need n) {
        return "analysis".equals(n.live()) && liveLater(n);
    }

    /** Running on the event day and already launched (or due to) on the edition date. */
    public boolean liveNow(Need n) {
        return n.live() != null && !liveLater(n);
    }

    /**
     * No meeting at the event, and « peut-être déjà publiée »: the whole launch window before the event day, or a
     * launch before the forecast year that is not wholly to come after the event (a window containing the event day
     * keeps the cautious wording). A window entirely after the event day, not begun by the edition date, is a future
     * launch even before the forecast year (lawyer V: 2 or 7 December 2026 for a salon on 26 November 2026 read
     * « lancée avant le salon »): the salon is where to discuss it. Without an event day, the forecast year alone counts.
     */
    public boolean launchedBefore(Need n) {
        if (event == null) {
            return beforeYear(n);
        }
        return beforeEvent(n) || (beforeYear(n) && !afterEvent(n));
    }

    /** The whole launch window before the event day: the only launch pages call « avant le salon ». */
    public boolean beforeEvent(Need n) {
        Period p = n.launch();
        return event != null && p != null && p.end() != null && p.end().isBefore(event);
    }

    /** The whole launch window after the event day and not begun by the edition date: a launch still to come. */
    public boolean afterEvent(Need n) {
        Period p = n.launch();
        return event != null && p != null && p.start() != null && p.start().isAfter(event) && !begun(n);
    }

    /** The "lancé avant 2027" marker: a launch before the forecast year. */
    public boolean beforeYear(Need n) {
        Period p = n.launch();
        return n.beforeYear() || (p != null && p.start() != null && p.start().getYear() < year);
    }

    /**
     * Not known to run on the event day, but its launch window contains it (« 1er trimestre » for an event in
     * February): it may be launched before the event and then cannot be discussed there (equal treatment). The
     * meeting is still offered, with a neutral notice saying so (issue 17, outside lawyers' review).
     */
    public boolean maybeLive(Need n) {
        Period p = n.launch();
        return n.live() == null && event != null && p != null && p.start() != null && p.end() != null
                && !p.start().isAfter(event) && !p.end().isBefore(event) && !launchedBefore(n);
    }

    /**
     * The « lancement à confirmer » mark of list rows (search results, buyer and calendar pages): {@link #maybeLive}
     * for a need open to bids, the only ones whose page offers the meeting the notice qualifies.
     */
    public boolean maybeLiveMark(Need n) {
        return maybeLive(n) && Competition.isOpen(n) && atMostAQuarter(n.launch());
    }

    /**
     * A launch window of at most a quarter (a day, a month, a quarter): a year or a half-year that contains the
     * event day says nothing about the event, and its mark on every such row was noise (outside supplier V: 42
     * marks, most on needs known only as « 2027 »). Their pages keep the notice.
     */
    static boolean atMostAQuarter(Period p) {
        return p != null && p.start() != null && p.end() != null && !p.end().isAfter(p.start().plusMonths(3).minusDays(1));
    }

    /**
     * The bid deadline the buyer gave (ISO date, its last day), when it is over by the event day or by the edition
     * date: no question can be asked on the consultation any more (lawyer H, DEP-27-14: bids closed on 18 January,
     * the page still invited questions at the March event); else null. An estimated deadline (response time) is not
     * a date the buyer set and closes nothing.
     */
    public String bidsClosedBy(Need n) {
        LocalDate d = deadline(n);
        LocalDate by = event != null ? event : edition;
        return d != null && by != null && d.isBefore(by) ? d.toString() : null;
    }

    /** {@link #bidsClosedBy} already on the edition date (not only by the event day). */
    public boolean bidsClosedAtEdition(Need n) {
        LocalDate d = deadline(n);
        return d != null && edition != null && d.isBefore(edition);
    }

    private static LocalDate deadline(Need n) {
        Period p = n.deadline();
        return p == null ? null : p.end() != null ? p.end() : p.start();
    }

    /** Whether the need's page offers a meeting at the event (besides being open to offers). */
    public boolean meeting(Need n) {
        return n.live() == null && !launchedBefore(n);
    }

    /** Whether a need's launch window had begun by the edition date (no reminder is offered for it). */
    public boolean begun(Need n) {
        LocalDate s = start(n);
        return s != null && edition != null && s.isBefore(edition);
    }

    /**
     * Whether a launch reminder (.ics) is offered: a launch window, not begun by the edition date (IcsExport spans
     * the window when it is wider than a day).
     */
    public boolean reminder(Need n) {
        return start(n) != null && !begun(n);
    }

    /** "day", "month" or "other": how the announced launch is worded ("le 1er février 2027", "en janvier 2027"). */
    public String precision(Need n) {
        Period p = n.launch();
        if (p == null || p.precision() == null) {
            return "other";
        }
        return switch (p.precision()) {
            case day -> "day";
            case month -> "month";
            default -> "other";
        };
    }

    public int year() {
        return year;
    }

    private static LocalDate start(Need n) {
        return n.launch() == null ? null : n.launch().start();
    }

    private static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package org.vitrine.risk.rules.need;

import java.time.LocalDate;
import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Span;
import org.vitrine.risk.Texts;
import org.vitrine.risk.Timing;

/**
 * HOLIDAY_DEADLINE (docs/RISKS.md §3): for every launch day of the window, the bid period of a competitive need of
 * 90 000 € or more overlaps 14 July – 22 August by at least 15 days ({@code summerDays}) or 20 December – 2 January
 * by at least 7 ({@code winterDays}). A deadline given in the row decides the bid period. A two-stage procedure
 * (restricted, negotiated with call, dialogue, innovation partnership) is judged per stage (version 2.6): the
 * applications [L, L + 30], estimated, and the tenders [L + 45, L + 75], or up to the deadline column, which is the
 * tenders'; the message names the stage(s) in a holiday. Days are counted as epoch days: each launch day of a window
 * is a few additions, not dates and lists.
 */
public final class HolidayDeadline implements RiskRule {

    static final int SUMMER_DAYS = 15;
    static final int WINTER_DAYS = 7;
    /** Days of the bid period outside the holiday that make it reasonable whatever the overlap (version 2.6). */
    static final int CLEAR_DAYS = 30;

    /**
     * Works or not (August for works), the clear days, and those of the stage the deadline column closes: the same,
     * or for a consultation already launched on the event day the legal minimum of that stage ({@link #legalFloor}).
     */
    private record Window(boolean works, int clearDays, int fixedClearDays) {
    }

    /** An open procedure's minimum with electronic submission (R2161-2: 35, 30 by R2161-3 2°), 15 under urgency or a PIN (R2161-3 3°, 1°). */
    static final int OPEN_DAYS = 30;
    static final int OPEN_REDUCED_DAYS = 15;
    /** The tenders of a restricted or negotiated procedure with electronic submission (R2161-8 2°, R2161-15 2°: 30 less 5), 10 under urgency or a PIN (their 1° and 3°). */
    static final int TENDERS_DAYS = 25;
    static final int TENDERS_REDUCED_DAYS = 10;
    /** Bases of the floor, for the message: 0 formalised, 1 reduced (R2161-3), 2 MAPA practice, 3 tenders, 4 an EA's tenders, 5 tenders reduced (R2161-8, R2161-15; lawyer O). */
    private record Floor(int days, int basis) {
    }

    /**
     * The least bid period outside the holidays that a consultation already launched must leave (lawyer L, defect 1):
     * no longer the 30 clear days of advice (it cannot be launched later), but the legal minimum of its procedure
     * (open 30 days, R2161-2 with R2161-3 2°, electronic submission; 15 with urgency or a PIN written, R2161-3 3° and 1°; the tenders of a
     * two-stage procedure 25, R2161-8 2°, R2161-15 2°, 10 under urgency or a PIN, an entité adjudicatrice's 10, R2161-22); a MAPA has
     * none (« délai raisonnable », R2143-1, R2151-1): the practice of BID_PERIOD_SHORT's {@code mapaDays} (15).
     */
    static Floor legalFloor(NeedFacts f, RiskContext context) {
        Need n = f.need();
        boolean reduced = BidPeriodShort.reducedWritten(n);
        if ("adapted".equals(n.procedure())) {
            return new Floor(context.settings().intParam("BID_PERIOD_SHORT", "mapaDays", BidPeriodShort.MAPA_DAYS), 2);
        }
        if (Timing.twoStage(n.procedure())) {
            return f.entity() ? new Floor(BidPeriodShort.ENTITY_OFFERS_DAYS, 4)
                    : reduced ? new Floor(TENDERS_REDUCED_DAYS, 5) : new Floor(TENDERS_DAYS, 3);
        }
        return reduced ? new Floor(OPEN_REDUCED_DAYS, 1) : new Floor(OPEN_DAYS, 0);
    }
    /** A launch window longer than this cannot keep every bid period in one holiday (76 days at most + 40). */
    private static final long LONGEST_WINDOW = 120;

    @Override
    public String code() {
        return "HOLIDAY_DEADLINE";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public String section() {
        return "L";
    }

    /**
     * The overlap found for one launch day: which holiday (0 summer, 1 year end, 2 the building trade's August closure,
     * 3 works from 14 July into that closure, -1 none) and how many days.
     */
    private record Hit(int holiday, long days, long lastDeadline) {
    }

    /** Stages of a bid period: 0 one stage (bids), 1 applications, 2 tenders of a two-stage procedure. */
    private static final int BIDS = 0;
    private static final int APPLICATIONS = 1;
    private static final int TENDERS = 2;

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        Texts t = new Texts(context);
        int summerDays = context.settings().intParam(code(), "summerDays", SUMMER_DAYS);
        int winterDays = context.settings().intParam(code(), "winterDays", WINTER_DAYS);
        int clearDays = context.settings().intParam(code(), "clearDays", CLEAR_DAYS);
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            if (!f.competitive() || !f.comparable() || !f.value().reaches(f.publicity().value())
                    || f.launch().days() > LONGEST_WINDOW) {
                continue;
            }
            long first = f.launch().first().toEpochDay();
            long last = f.launch().last().toEpochDay();
            // each stage's days are [L + a, L + b] after a launch day L, or [L + a, deadline] for the stage the
            // deadline column closes (version 2.6: a two-stage procedure's applications and tenders are judged apart)
            long[][] stages = stages(n, f.launch().first(), context);
            boolean fixedEnd = n.deadline() != null;
            long deadlineDay = fixedEnd ? n.deadline().end().toEpochDay() : 0;
            // a consultation already launched on the event day with its deadline given cannot be launched later: its period
            // is judged against the legal minimum of its procedure, not the 30 clear days of advice (lawyer L, defect 1)
            boolean launched = fixedEnd && context.eventDate() != null && !f.launch().last().isAfter(context.eventDate());
            Floor floor = launched ? legalFloor(f, context) : null;
            // works: the building trade closes in August (1–25), not from 14 July (lawyer D, PREF27-12)
            Window w = new Window(n.cpv() != null && n.cpv().code().startsWith("45"), clearDays, launched ? floor.days() : clearDays);
            // most windows fail on their last day (bids after the holidays) or first: test those first
            if (!anyStage(last, stages, fixedEnd, deadlineDay, summerDays, winterDays, w)
                    || !anyStage(first, stages, fixedEnd, deadlineDay, summerDays, winterDays, w)) {
                continue;
            }
            // per stage: does it fall in a holiday for every launch day, with the least overlap and the last deadline
            boolean[] every = new boolean[stages.length];
            java.util.Arrays.fill(every, true);
            int[] holiday = new int[stages.length];
            java.util.Arrays.fill(holiday, -1);
            long[] least = new long[stages.length];
            java.util.Arrays.fill(least, Long.MAX_VALUE);
            long[] lastDeadline = new long[stages.length];
            boolean always = true;
            for (long l = first; l <= last && always; l++) {
                boolean some = false;
                for (int i = 0; i < stages.length; i++) {
                    Hit h = hit(l, stages[i], fixedEnd, deadlineDay, summerDays, winterDays, w);
                    lastDeadline[i] = h.lastDeadline();
                    if (h.holiday() < 0) {
                        every[i] = false;
                    } else {
                        some = true;
                        holiday[i] = holiday[i] < 0 ? h.holiday() : holiday[i];
                        least[i] = Math.min(least[i], h.days());
                    }
                }
                always = some;
            }
            if (!always) {
                continue;
            }
            if (stages.length == 1 && launched) {
                // the figures that make it still fire: the period, its days in the holiday, the days left and the floor
                long period = deadlineDay - first;
                long clear = period - least[0];
                flags.on(this, context, f).add("risk.HOLIDAY_DEADLINE.launched", t.period(n.launch()), t.date(LocalDate.ofEpochDay(deadlineDay)),
                        period, least[0], holiday[0], clear, floor.days(), floor.basis(), floor.days() - clear);
                continue;
            }
            if (stages.length == 1) {
                // an estimated deadline says so (version 2.19, lawyer O, RO-27-15: it read as the buyer's date)
                flags.on(this, context, f).add("risk.HOLIDAY_DEADLINE", t.date(LocalDate.ofEpochDay(lastDeadline[0])), least[0], holiday[0],
                        n.deadline() != null ? 1 : 0);
                continue;
            }
            // two stages: name the stage(s) that fall in a holiday for every launch day (each, when neither does alone)
            boolean none = true;
            for (boolean e : every) {
                none &= !e;
            }
            List<String> parts = new java.util.ArrayList<>();
            for (int i = 0; i < stages.length; i++) {
                if ((every[i] || none) && holiday[i] >= 0) {
                    boolean given = fixedEnd && stages[i][0] == TENDERS;
                    parts.add(t.message("risk.HOLIDAY_DEADLINE.stage", stages[i][0], t.date(LocalDate.ofEpochDay(lastDeadline[i])),
                            least[i], holiday[i], given ? 1 : 0));
                }
            }
            flags.on(this, context, f).add("risk.HOLIDAY_DEADLINE.stages", String.join(" ; ", parts), launched ? 1 : 0);
        }
    }

    /**
     * The stages as {kind, from, to} in days after the window's first launch day (to is ignored for the stage the
     * deadline column closes): one stage [L, L + R] or [L, deadline]; two stages [L, L + 30] (applications, an
     * estimate) and [L + 45, L + 75] (tenders), or [L + 45, deadline] when the column gives the tenders' deadline.
     */
    private static long[][] stages(Need n, LocalDate firstLaunch, RiskContext context) {
        if (Timing.twoStage(n.procedure()) && n.responseDays() == null) {
            return new long[][] {{APPLICATIONS, 0, Timing.APPLICATIONS_END}, {TENDERS, Timing.TENDERS_START, Timing.TENDERS_END}};
        }
        List<Span> spans = Timing.bidPeriods(n, firstLaunch, context.settings());
        Span s = spans.get(0);
        long a = s.first().toEpochDay() - firstLaunch.toEpochDay();
        return new long[][] {{BIDS, a, s.last().toEpochDay() - firstLaunch.toEpochDay()}};
    }

    private static boolean anyStage(long l, long[][] stages, boolean fixedEnd, long deadline, int summerDays, int winterDays, Window w) {
        for (long[] s : stages) {
            if (hit(l, s, fixedEnd, deadline, summerDays, winterDays, w).holiday() >= 0) {
                return true;
            }
        }
        return false;
    }

    /** One stage after launch day l: the deadline column closes the one stage, or the tenders of two. */
    private static Hit hit(long l, long[] stage, boolean fixedEnd, long deadline, int summerDays, int winterDays, Window w) {
        int year = LocalDate.ofEpochDay(l).getYear();
        long a = l + stage[1];
        long b = fixedEnd && stage[0] != APPLICATIONS ? deadline : l + stage[2];
        if (fixedEnd && stage[0] == APPLICATIONS) {
            b = Math.min(b, deadline);
        }
        // works: the building trade closes from 1 to 25 August (lawyer D, PREF27-12: bids due by 28 July are before it);
        // bids that run into the closure count their days from 14 July, the summer holidays before it (lawyer R's
        // TCG-27-10: 5 July to 9 August, 27 days from 14 July, 9 in the closure)
        long closure = w.works() ? overlap(a, b, Holidays.summerStart(year) + 18, Holidays.summerEnd(year) + 3) : 0;
        long summer = !w.works() ? overlap(a, b, Holidays.summerStart(year), Holidays.summerEnd(year))
                : closure > 0 ? overlap(a, b, Holidays.summerStart(year), Holidays.summerEnd(year) + 3) : 0;
        int summerKind = !w.works() ? 0 : summer > closure ? 3 : 2;
        long winter = Math.max(overlap(a, b, Holidays.winterStart(year - 1), Holidays.winterEnd(year - 1)),
                overlap(a, b, Holidays.winterStart(year), Holidays.winterEnd(year)));
        // a period that leaves its bidders clearDays outside the holiday is reasonable (lawyer D, USB27-21: 70 days, 40 in
        // the summer, 30 clear: the electronic minimum of an open procedure, R2161-2)
        int clear = fixedEnd && stage[0] != APPLICATIONS ? w.fixedClearDays() : w.clearDays();
        if (b - a - Math.max(summer, winter) >= clear) {
            return new Hit(-1, 0, b);
        }
        return summer >= summerDays ? new Hit(summerKind, summer, b) : winter >= winterDays ? new Hit(1, winter, b) : new Hit(-1, 0, b);
    }

    private static long overlap(long a, long b, long c, long d) {
        long s = Math.max(a, c);
        long e = Math.min(b, d);
        return e < s ? 0 : e - s + 1;
    }

    /** The holidays of docs/RISKS.md §3 as epoch days: 14 July – 22 August, 20 December – 2 January of the next year. */
    private static final class Holidays {
        private static final int FROM = 1990;
        private static final long[][] DAYS = new long[80][];

        static {
            for (int i = 0; i < DAYS.length; i++) {
                int y = FROM + i;
                DAYS[i] = new long[] {LocalDate.of(y, 7, 14).toEpochDay(), LocalDate.of(y, 8, 22).toEpochDay(),
                        LocalDate.of(y, 12, 20).toEpochDay(), LocalDate.of(y + 1, 1, 2).toEpochDay()};
            }
        }

        private static long[] of(int year) {
            int i = year - FROM;
            return i >= 0 && i < DAYS.length ? DAYS[i] : new long[] {LocalDate.of(year, 7, 14).toEpochDay(),
                    LocalDate.of(year, 8, 22).toEpochDay(), LocalDate.of(year, 12, 20).toEpochDay(),
                    LocalDate.of(year + 1, 1, 2).toEpochDay()};
        }

        static long summerStart(int y) {
            return of(y)[0];
        }

        static long summerEnd(int y) {
            return of(y)[1];
        }

        static long winterStart(int y) {
            return of(y)[2];
        }

        static long winterEnd(int y) {
            return of(y)[3];
        }
    }
}

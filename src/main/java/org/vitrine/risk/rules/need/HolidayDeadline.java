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
 * by at least 7 ({@code winterDays}). A deadline given in the row decides the bid period. Days are counted as epoch
 * days: each launch day of a window is a few additions, not dates and lists.
 */
public final class HolidayDeadline implements RiskRule {

    static final int SUMMER_DAYS = 15;
    static final int WINTER_DAYS = 7;
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

    /** The overlap found for one launch day: which holiday (0 summer, 1 year end, -1 none) and how many days. */
    private record Hit(int holiday, long days, long lastDeadline) {
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        Texts t = new Texts(context);
        int summerDays = context.settings().intParam(code(), "summerDays", SUMMER_DAYS);
        int winterDays = context.settings().intParam(code(), "winterDays", WINTER_DAYS);
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            if (!f.competitive() || !f.comparable() || !f.value().reaches(f.publicity().value())
                    || f.launch().days() > LONGEST_WINDOW) {
                continue;
            }
            long first = f.launch().first().toEpochDay();
            long last = f.launch().last().toEpochDay();
            // bids are [L + a, L + b] for each span of the bid period of the window's first day
            List<Span> spans = Timing.bidPeriods(n, f.launch().first(), context.settings());
            long[] from = new long[spans.size()];
            long[] to = new long[spans.size()];
            for (int i = 0; i < from.length; i++) {
                from[i] = spans.get(i).first().toEpochDay() - first;
                to[i] = spans.get(i).last().toEpochDay() - first;
            }
            boolean fixedEnd = n.deadline() != null;
            long deadlineDay = fixedEnd ? n.deadline().end().toEpochDay() : 0;
            // most windows fail on their last day (bids after the holidays) or first: test those first
            if (hit(last, from, to, fixedEnd, deadlineDay, summerDays, winterDays).holiday() < 0
                    || hit(first, from, to, fixedEnd, deadlineDay, summerDays, winterDays).holiday() < 0) {
                continue;
            }
            int holiday = -1;
            long least = Long.MAX_VALUE;
            long lastDeadline = 0;
            boolean every = true;
            for (long l = first; l <= last && every; l++) {
                Hit h = hit(l, from, to, fixedEnd, deadlineDay, summerDays, winterDays);
                if (h.holiday() < 0) {
                    every = false;
                } else {
                    holiday = holiday < 0 ? h.holiday() : holiday;
                    least = Math.min(least, h.days());
                    lastDeadline = h.lastDeadline();
                }
            }
            if (every) {
                flags.on(this, context, f).add("risk.HOLIDAY_DEADLINE", t.date(LocalDate.ofEpochDay(lastDeadline)), least, holiday);
            }
        }
    }

    private static Hit hit(long l, long[] from, long[] to, boolean fixedEnd, long deadline, int summerDays, int winterDays) {
        int year = LocalDate.ofEpochDay(l).getYear();
        long summer = 0;
        long winter = 0;
        long end = 0;
        for (int i = 0; i < from.length; i++) {
            long a = l + from[i];
            long b = fixedEnd ? deadline : l + to[i];
            end = b;
            summer += overlap(a, b, Holidays.summerStart(year), Holidays.summerEnd(year));
            winter += Math.max(overlap(a, b, Holidays.winterStart(year - 1), Holidays.winterEnd(year - 1)),
                    overlap(a, b, Holidays.winterStart(year), Holidays.winterEnd(year)));
        }
        return summer >= summerDays ? new Hit(0, summer, end) : winter >= winterDays ? new Hit(1, winter, end) : new Hit(-1, 0, end);
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

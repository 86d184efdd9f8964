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
 * by at least 7 ({@code winterDays}). A deadline given in the row decides the bid period.
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
            // most windows fail on their last day (bids after the holidays) or first: test those first
            if (kind(n, f.launch().last(), context, summerDays, winterDays) < 0
                    || kind(n, f.launch().first(), context, summerDays, winterDays) < 0) {
                continue;
            }
            long least = Long.MAX_VALUE;
            int holiday = -1;
            LocalDate lastDeadline = null;
            boolean every = true;
            for (LocalDate l = f.launch().first(); !l.isAfter(f.launch().last()) && every; l = l.plusDays(1)) {
                List<Span> bids = Timing.bidPeriods(n, l, context.settings());
                long summer = overlap(bids, LocalDate.of(l.getYear(), 7, 14), LocalDate.of(l.getYear(), 8, 22));
                long winter = Math.max(overlap(bids, LocalDate.of(l.getYear() - 1, 12, 20), LocalDate.of(l.getYear(), 1, 2)),
                        overlap(bids, LocalDate.of(l.getYear(), 12, 20), LocalDate.of(l.getYear() + 1, 1, 2)));
                int kind = summer >= summerDays ? 0 : winter >= winterDays ? 1 : -1;
                if (kind < 0) {
                    every = false;
                } else {
                    holiday = holiday < 0 ? kind : holiday;
                    least = Math.min(least, kind == 0 ? summer : winter);
                    lastDeadline = bids.get(bids.size() - 1).last();
                }
            }
            if (every) {
                flags.on(this, context, f).add("risk.HOLIDAY_DEADLINE", t.date(lastDeadline), least, holiday);
            }
        }
    }

    private static int kind(Need n, LocalDate l, RiskContext context, int summerDays, int winterDays) {
        List<Span> bids = Timing.bidPeriods(n, l, context.settings());
        if (overlap(bids, LocalDate.of(l.getYear(), 7, 14), LocalDate.of(l.getYear(), 8, 22)) >= summerDays) {
            return 0;
        }
        long winter = Math.max(overlap(bids, LocalDate.of(l.getYear() - 1, 12, 20), LocalDate.of(l.getYear(), 1, 2)),
                overlap(bids, LocalDate.of(l.getYear(), 12, 20), LocalDate.of(l.getYear() + 1, 1, 2)));
        return winter >= winterDays ? 1 : -1;
    }

    private static long overlap(List<Span> bids, LocalDate from, LocalDate to) {
        long days = 0;
        for (Span s : bids) {
            days += s.overlap(from, to);
        }
        return days;
    }
}

package org.vitrine.risk.rules.need;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;
import org.vitrine.risk.reference.Words;

/**
 * BID_PERIOD_SHORT (docs/RISKS.md §8 version 2.6, lawyer C's SEHV-27-15): a formalised procedure, certainly at or
 * above T (since version 2.14 also one chosen under T from the dispense threshold: its minima bind once chosen; medium,
 * before the launch), whose bid period written in the row (the response time column, or the deadline column less the earliest
 * launch) is below the legal minimum. Electronic submission is compulsory (R2132-7), so the floor is the reduced one:
 * open procedure 30 days (R2161-2: 35, reduced to 30 with electronic submission by R2161-3 2°); restricted and negotiated procedures 30 days
 * from the launch to the deadline column, the applications' own minimum (R2161-6, R2161-12), as the column may hold
 * either stage's deadline, and a response time under 25 days, the tenders' minimum (R2161-7, R2161-8 2°, electronic submission),
 * as it may be either stage's. Urgency duly justified (R2161-3 3°) or a prior information notice (R2161-3 1°) lowers the floor to 15 days:
 * written in the row, the flag fires only below that floor. A MAPA has no minimum (« délai raisonnable », R2143-1,
 * R2151-1): under the ~15-day practice it gets advice only ({@link #adapted}); a competitive dialogue has no tender minimum.
 * An entité adjudicatrice's restricted or negotiated procedure for its network has its own minima (version 2.14,
 * lawyer J): 15 days for applications (R2161-21), offers by agreement with the candidates, else 10 (R2161-22). Not TIGHT_SCHEDULE: that rule
 * compares usual durations with the buyer's dates; this one is a breach of a legal minimum.
 */
public final class BidPeriodShort implements RiskRule {

    private static final Pattern REDUCED = Pattern.compile("\\b(urgence|urgent|urgente|preinformation|pre information)\\b");

    @Override
    public String code() {
        return "BID_PERIOD_SHORT";
    }

    @Override
    public String defaultSeverity() {
        return "high";
    }

    @Override
    public String section() {
        return "S";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        Texts t = new Texts(context);
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            String p = n.procedure();
            boolean open = "open".equals(p);
            boolean twoStage = "restricted".equals(p) || "negotiated_with_call".equals(p);
            if (f.competitive() && f.comparable() && "adapted".equals(p)) {
                adapted(f, context, flags, t);
                continue;
            }
            if (!f.competitive() || !f.comparable() || !(open || twoStage)) {
                continue;
            }
            // a formalised procedure the buyer chose under T is lawful, but its minima bind once chosen (lawyer J):
            // said as such, medium, before the launch; the row may also call any consultation « appel d'offres »
            boolean chosen = !f.contract().atLeast(f.eu().value());
            if (chosen && (f.dispense() == null || f.contract().below(f.dispense().value()))) {
                continue;
            }
            Period period = period(f);
            if (period == null) {
                continue;
            }
            long days = period.days();
            int given = period.given();
            boolean reduced = reducedWritten(n);
            // two stages: the column may hold the applications' deadline or the tenders' (lawyer D's CHU27-13, 35 days): only
            // a period under the applications' own minimum (30 days, R2161-6; 15 under urgency) is certain
            // a response time of a two-stage procedure is one of its stages, which it does not say: only a time under the
            // lower of the two stages' minima (tenders: 25 days with electronic submission; 10 under urgency) is certain
            // (lawyer E's CHM-27-24: a restricted procedure with 20 days for tenders)
            int floor = open || given == 1 ? (reduced ? 15 : 30) : (reduced ? 10 : 25);
            // an entité adjudicatrice's two stages (lawyer J): applications 15 days at least whatever the ground
            // (R2161-21; restricted: ex-art. 69 2° of décret 2016-360), offers by agreement, else 10 (R2161-22)
            boolean entity = twoStage && f.entity();
            if (entity) {
                floor = given == 1 ? ENTITY_APPLICATIONS_DAYS : ENTITY_OFFERS_DAYS;
            }
            if (days < floor) {
                Flags.Builder b = flags.on(this, context, f);
                if (chosen) {
                    b.severity("medium").section("L");
                }
                b.add("risk.BID_PERIOD_SHORT", Math.max(0, days), given, t.period(n.launch()),
                        open ? 0 : entity ? 2 : 1, entity ? 2 : reduced ? 1 : 0, t.value(f.contract()), t.euros(f.eu().value()), t.basis(f.eu()),
                        LaunchedRemedy.text(t, f, context, t.message("risk.launched.delay.before"), t.message("risk.launched.delay")),
                        chosen ? 1 : 0);
            }
        }
    }

    /** An entité adjudicatrice's applications (R2161-21) and, absent agreement, offers (R2161-22): their own minima. */
    static final int ENTITY_APPLICATIONS_DAYS = 15;
    static final int ENTITY_OFFERS_DAYS = 10;

    /** The usual shortest bid period of a MAPA: no legal minimum, a practice (version 2.10). */
    static final int MAPA_DAYS = 15;

    /**
     * Version 2.10 (lawyer G, T38, COM-27-06: 8 days for 180 000 € of road works): a MAPA has no legal minimum, but its
     * period must let firms prepare their offers (R2143-1, R2151-1: the market's complexity); one under the ~15-day
     * practice ({@code mapaDays}) written in the row, for a purchase with publicity (from the dispense threshold) and
     * certainly under T (at or above it MAPA_ABOVE_THRESHOLD asks for a formalised procedure: corpus EAU-13), is
     * advice: low, before the launch (section L), never a breach.
     */
    private void adapted(NeedFacts f, RiskContext context, Flags flags, Texts t) {
        Need n = f.need();
        // at or above T the MAPA itself is the fault (MAPA_ABOVE_THRESHOLD: a formalised procedure and its 30 days)
        if (f.dispense() == null || f.value().below(f.dispense().value()) || f.eu() == null || !f.value().below(f.eu().value())) {
            return;
        }
        Period period = period(f);
        if (period == null) {
            return;
        }
        long days = period.days();
        int given = period.given();
        int floor = context.settings().intParam(code(), "mapaDays", MAPA_DAYS);
        if (days < floor) {
            flags.on(this, context, f).severity("low").section("L").title("risk.BID_PERIOD_SHORT.mapa.title").add("risk.BID_PERIOD_SHORT.mapa", Math.max(0, days), given,
                    t.period(n.launch()), t.value(f.value()), ("works".equals(n.category()) || n.cpv() != null && n.cpv().code().startsWith("45")) ? 1 : 0, floor);
        }
    }

    /** A bid period in days; {@code given} 1 when read from the deadline column, 0 from the response time. */
    private record Period(long days, int given) {
    }

    /** The longest bid period the row allows: the deadline column from the earliest launch, else the response time. */
    private static Period period(NeedFacts f) {
        Need n = f.need();
        if (n.deadline() != null) {
            return new Period(ChronoUnit.DAYS.between(f.launch().first(), n.deadline().end()), 1);
        }
        return n.responseDays() != null && n.responseDays() > 0 ? new Period(n.responseDays(), 0) : null;
    }

    /** Urgency or a prior information notice written in the row (title, description, words around the procedure). */
    static boolean reducedWritten(Need n) {
        String note = n.notes() == null ? null : n.notes().get("procedure");
        return REDUCED.matcher(Words.fold(n.title()) + " " + Words.fold(n.description()) + " " + Words.fold(note)).find();
    }
}

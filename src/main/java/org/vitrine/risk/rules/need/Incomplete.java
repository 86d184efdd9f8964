package org.vitrine.risk.rules.need;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.model.Contact;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.risk.Exclusions;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;
import org.vitrine.risk.Threshold;

/**
 * INCOMPLETE (docs/RISKS.md §3): the information a rule or a supplier needs is missing, one flag per need listing
 * its items: (a) no contact on the row and none for the buyer: one buyer-level item listing those needs, never one
 * per row; (b) an open opportunity launched "2027" only and (c) a competitive need whose launch window contains the
 * event, or launched before it but possibly still running on its day when launched late in the window (medium, section
 * S: it decides LIVE_DURING_EVENT and the page), both skipped for a dispensed purchase or one
 * outside the code ({@link Exclusions#outsideCode}); (d) an open opportunity's range too wide
 * where it matters (it straddles the dispense threshold, 90 000 € or T). Worded for the buyer too: the feedback file
 * lists these items.
 */
public final class Incomplete implements RiskRule {

    static final double MAX_RANGE_RATIO = 3;

    @Override
    public String code() {
        return "INCOMPLETE";
    }

    @Override
    public String defaultSeverity() {
        return "low";
    }

    @Override
    public String section() {
        return "L";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        Texts t = new Texts(context);
        double ratio = context.settings().doubleParam(code(), "maxRangeRatio", MAX_RANGE_RATIO);
        String launchSeverity = context.settings().stringParam(code(), "launchSeverity", "medium");
        String separator = context.fmt().label("risk.INCOMPLETE", "separator");
        Map<String, List<Need>> withoutContact = new HashMap<>();
        Map<String, Boolean> buyerHasOne = new HashMap<>();
        Map<String, Integer> buyerNeeds = new HashMap<>();
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            String buyer = n.buyer() == null ? "" : n.buyer().id();
            if (!f.buyer().hasContact()) {
                boolean has = !blank(n.contact());
                buyerHasOne.merge(buyer, has, Boolean::logicalOr);
                buyerNeeds.merge(buyer, 1, Integer::sum);
                if (!has) {
                    withoutContact.computeIfAbsent(buyer, k -> new ArrayList<>()).add(n);
                }
            }
        }
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            if (!matters(f, context)) {
                continue;
            }
            List<String> items = new ArrayList<>(2);
            boolean launchItem = false;
            // a dispensed purchase has no consultation whose timing matters to suppliers (one outside the code is not open)
            boolean consulted = f.open() && !"exempt".equals(n.procedure());
            if (consulted && n.launch() != null && n.launch().precision() == Period.Precision.year) {
                items.add(t.message("risk.INCOMPLETE.year", t.period(n.launch())));
            }
            LocalDate e = context.eventDate();
            if (e != null && consulted && f.competitive() && f.launch() != null && !f.launch().first().isAfter(e)
                    && f.launch().last().isAfter(e)) {
                launchItem = true;
                items.add(t.message("risk.INCOMPLETE.event", t.period(n.launch()), t.date(e)));
            } else if (consulted && LiveDuringEvent.maybeLive(f, e)) {
                // launched before the event, but a launch late in the window may still be under analysis on its day
                launchItem = true;
                items.add(t.message("risk.INCOMPLETE.maybeLive", t.period(n.launch()), t.date(e),
                        t.date(f.launch().last().plusDays(f.minimumDays())), t.date(f.launch().last())));
            }
            Threshold wide = f.open() && f.comparable() ? tooWide(f, ratio) : null;
            if (wide != null) {
                items.add(t.message("risk.INCOMPLETE.range", t.value(f.value()), t.euros(wide.value()),
                        t.basis(wide)));
            }
            if (!items.isEmpty()) {
                Flags.Builder b = flags.on(this, context, f);
                if (launchItem) {
                    b.severity(launchSeverity).section("S");
                }
                b.add("risk.INCOMPLETE", items.size() == 1 ? items.get(0) : String.join(separator, items), items.size());
            }
        }
        // (a) one item per buyer without a functional contact, listing its needs without a contact (never one per row)
        withoutContact.forEach((buyer, list) -> {
            list.sort(Comparator.comparing((Need n) -> n.launch() == null ? LocalDate.MAX : n.launch().start())
                    .thenComparing(Need::id));
            if (!buyerHasOne.getOrDefault(buyer, false)) {
                flags.group(this, context, list).add("risk.INCOMPLETE.buyer", list.size(), list.get(0).buyer().name());
            } else {
                flags.group(this, context, list).add("risk.INCOMPLETE.buyerSome", list.size(), list.get(0).buyer().name(),
                        buyerNeeds.get(buyer));
            }
        });
    }

    /**
     * Whether the row's gaps matter this year (issue 17 third review): not for a purchase certainly under the dispense
     * threshold (R2122-8: no publicity, no competition required, so neither its date nor its range decides anything),
     * nor for one launched after the forecast year (the next edition asks again).
     */
    static boolean matters(NeedFacts f, RiskContext context) {
        if (f.launch() != null && f.launch().first().getYear() > context.year()) {
            return false;
        }
        return !(f.value() != null && f.dispense() != null && f.value().below(f.dispense().value()));
    }

    /**
     * Whether (d) raises the need's range as too wide: THRESHOLD_EDGE then leaves its own straddle line out, the
     * remedy being the same (tighten the estimate; one line per need, issue 17 fourth review).
     */
    static boolean wideRange(NeedFacts f, RiskContext context) {
        double ratio = context.settings().doubleParam("INCOMPLETE", "maxRangeRatio", MAX_RANGE_RATIO);
        return context.settings().enabled("INCOMPLETE") && matters(f, context) && f.open() && f.comparable()
                && tooWide(f, ratio) != null;
    }

    /** The threshold a too wide range straddles (dispense, 90 000 €, T), or null. */
    private static Threshold tooWide(NeedFacts f, double ratio) {
        var v = f.value();
        boolean wide = v.openEnded() || (v.min() > 0 && v.max() > ratio * v.min())
                || (v.ceiling() && v.max() >= f.publicity().value());
        if (!wide) {
            return null;
        }
        // the threshold that decides for this need, highest first, as THRESHOLD_EDGE tests them (lawyer L, UMV-27-10: a
        // MAPA's « < 250 000 € » was said to straddle 60 000 €, the dispense a MAPA does not use, not 216 000 €)
        List<Threshold> xs = ThresholdEdge.tested(f);
        for (Threshold x : xs.isEmpty() ? List.of(f.dispense(), f.publicity(), f.eu()) : xs) {
            if (v.straddles(x.value())) {
                return x;
            }
        }
        return null;
    }

    private static boolean blank(Contact c) {
        return c == null || ((c.name() == null || c.name().isBlank()) && (c.email() == null || c.email().isBlank()));
    }
}

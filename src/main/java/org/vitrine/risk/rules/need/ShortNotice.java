package org.vitrine.risk.rules.need;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.vitrine.model.Need;
import org.vitrine.risk.Flags;
import org.vitrine.risk.NeedFacts;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Texts;

/**
 * SHORT_NOTICE (docs/RISKS.md §3): a competitive need of 90 000 € or more certainly launched after the event and
 * certainly less than eight weeks after it ({@code weeks}): what was said at the stand must reach every candidate
 * before the launch. A launch less than {@code frozenDays} (21) after the event is flagged whatever its suppliers: its
 * documents are already written, the event cannot inform them (lawyer D). The edition's share is {@link #share}.
 */
public final class ShortNotice implements RiskRule {

    static final int WEEKS = 8;
    /** A launch this close after the event has its documents already written: flagged whatever the suppliers (lawyer D, T17). */
    static final int FROZEN_DAYS = 21;
    /** A formalised supply from this many known makers or fewer is flagged within the eight weeks (version 2.25, lawyer R). */
    static final int SUPPLY_MAX_SUPPLIERS = 3;

    @Override
    public String code() {
        return "SHORT_NOTICE";
    }

    @Override
    public String defaultSeverity() {
        return "medium";
    }

    @Override
    public String section() {
        return "S";
    }

    @Override
    public void apply(List<Need> needs, RiskContext context, Flags flags) {
        LocalDate event = context.eventDate();
        if (event == null) {
            return;
        }
        Texts t = new Texts(context);
        int weeks = context.settings().intParam(code(), "weeks", WEEKS);
        LocalDate limit = event.plusWeeks(weeks);
        int maxSuppliers = context.settings().intParam(code(), "maxSuppliers", 2);
        LocalDate frozen = event.plusDays(context.settings().intParam(code(), "frozenDays", FROZEN_DAYS));
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            if (!f.competitive() || !f.comparable() || !f.value().reaches(f.publicity().value())) {
                continue;
            }
            // only where the event's sourcing can still change the need: partial coverage not already divided into
            // lots, or few known suppliers; the reminder for every need is the summary line's
            int lots = n.lots() != null ? n.lots() : n.lotList().size();
            boolean partial = n.coverage() != null && "partial".equals(n.coverage().level()) && lots <= 1;
            boolean few = n.suppliersKnown() != null && n.suppliersKnown() <= maxSuppliers;
            boolean after = f.launch().first().isAfter(event);
            if (after && f.launch().last().isBefore(frozen)) {
                // a mild point for information (lawyer D, T17): the launch date is the buyer's choice; but a launch
                // delayed to the frozen date may leave the buyer without a contract (lawyer F, D13: DHA-27-18, the
                // incumbent ends on 30 April): then the remedy is to publish what was said, not to delay
                long gap = n.incumbentEnd() == null ? 0
                        : ChronoUnit.DAYS.between(n.incumbentEnd().end(), frozen.plusDays(f.minimumDays())) - 1;
                long days = ChronoUnit.DAYS.between(event, f.launch().last());
                // the stake decides (lawyer H, UNIV-27-09: 1.8 M€ launched 4 days after the event was « pour information »):
                // at or above T the officer settles it with the buyer before the event (postpone, or publish what was said)
                boolean formalised = f.eu() != null && f.value().atLeast(f.eu().value());
                Flags.Builder b = formalised ? flags.on(this, context, f) : flags.on(this, context, f).severity("low").section("I");
                if (gap > 0) {
                    b.add("risk.SHORT_NOTICE.frozenGap", t.date(f.launch().last()), days, t.date(n.incumbentEnd().end()), gap);
                } else {
                    b.add("risk.SHORT_NOTICE.frozen", t.date(f.launch().last()), days);
                }
            } else if (after && f.launch().last().isBefore(limit)) {
                // a supply certainly at or above the EU threshold from a market of at most 3 known makers (version 2.25,
                // lawyer R's SDIS59-27-02: fire engines, 2.4 M€, « mars 2027 », 3 suppliers): its technical specifications,
                // written in these weeks, are where a meeting at the stand can favour one maker; for information.
                // Services and works without evidence stay quiet (lawyer 1: CA27-01, UA27-01, D27-036 noise), and so do
                // supplies from 4 makers or more (electricity, reagents, subscriptions: a generic reminder)
                int supplyMax = context.settings().intParam(code(), "supplyMaxSuppliers", SUPPLY_MAX_SUPPLIERS);
                boolean formalisedSupply = "supplies".equals(n.category()) && f.eu() != null && f.value().atLeast(f.eu().value())
                        && n.suppliersKnown() != null && n.suppliersKnown() <= supplyMax;
                if (partial || few) {
                    flags.on(this, context, f).add("risk.SHORT_NOTICE", t.date(f.launch().last()),
                            ChronoUnit.DAYS.between(event, f.launch().last()), weeks);
                } else if (formalisedSupply) {
                    flags.on(this, context, f).severity("low").section("I").add("risk.SHORT_NOTICE", t.date(f.launch().last()),
                            ChronoUnit.DAYS.between(event, f.launch().last()), weeks);
                }
            }
        }
    }

    /**
     * The edition summary line's figure: the percentage of competitive needs launched before the event or less than
     * {@code weeks} weeks after it (latest launch date), of all competitive needs; -1 without an event date.
     */
    public static int share(List<Need> needs, LocalDate event, int weeks) {
        int[] c = counts(needs, event, weeks);
        return c == null ? -1 : c[1] == 0 ? 0 : (int) Math.round(100.0 * c[0] / c[1]);
    }

    /** The competitive needs launched before {@code event + weeks}, and all competitive needs with a launch; null without an event. */
    public static int[] counts(List<Need> needs, LocalDate event, int weeks) {
        if (event == null) {
            return null;
        }
        int all = 0;
        for (Need n : needs) {
            all += n.launch() != null && org.vitrine.risk.Timing.competitive(n) ? 1 : 0;
        }
        return new int[] {early(needs, event, weeks).size(), all};
    }

    /** The competitive needs launched before {@code event + weeks} (latest launch date), in the order given. */
    public static List<Need> early(List<Need> needs, LocalDate event, int weeks) {
        LocalDate limit = event.plusWeeks(weeks);
        List<Need> out = new java.util.ArrayList<>();
        for (Need n : needs) {
            if (n.launch() != null && org.vitrine.risk.Timing.competitive(n) && n.launch().end().isBefore(limit)) {
                out.add(n);
            }
        }
        return out;
    }
}

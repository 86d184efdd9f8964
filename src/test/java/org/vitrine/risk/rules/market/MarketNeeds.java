package org.vitrine.risk.rules.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.vitrine.cli.Messages;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.model.RiskFlag;
import org.vitrine.publish.Fmt;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.RiskSettings;
import org.vitrine.risk.Thresholds;

/** Needs, periods and a context for the market rule tests: only what a test sets differs. */
final class MarketNeeds {

    private MarketNeeds() {
    }

    static Builder need(String id) {
        return new Builder(id);
    }

    static Period day(int y, int m, int d) {
        LocalDate x = LocalDate.of(y, m, d);
        return new Period(x, x, Period.Precision.day);
    }

    static Period month(int y, int m) {
        LocalDate x = LocalDate.of(y, m, 1);
        return new Period(x, x.withDayOfMonth(x.lengthOfMonth()), Period.Precision.month);
    }

    static Period quarter(int y, int q) {
        LocalDate x = LocalDate.of(y, 3 * q - 2, 1);
        return new Period(x, x.plusMonths(3).minusDays(1), Period.Precision.quarter);
    }

    static RiskContext context(String lang) {
        return context(lang, Map.of());
    }

    static RiskContext context(String lang, Map<String, Map<String, Object>> settings) {
        return new RiskContext(2027, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 20), new RiskSettings(settings),
                Thresholds.load(), Map.of(), new Fmt(Messages.of(lang)));
    }

    /** Runs a rule in French with default settings. */
    static Flags run(RiskRule rule, List<Need> needs) {
        return run(rule, needs, "fr", Map.of());
    }

    static Flags run(RiskRule rule, List<Need> needs, String lang, Map<String, Map<String, Object>> settings) {
        Flags flags = new Flags(Messages.of(lang));
        rule.apply(needs, context(lang, settings), flags);
        return flags;
    }

    /** The only flag of a need. */
    static RiskFlag flag(Flags flags, String id) {
        List<RiskFlag> f = flags.of(id);
        if (f.size() != 1) {
            throw new AssertionError("expected one flag on " + id + ", got " + f);
        }
        return f.get(0);
    }

    static final class Builder {
        private final String id;
        private String buyer = "ville-a";
        private String kind = "local";
        private String cpv = "30192000-1";
        private String category = "supplies";
        private String title = "Fournitures de bureau";
        private BigDecimal amount = BigDecimal.valueOf(50_000);
        private String basis = "total";
        private Integer durationMonths;
        private Period launch = month(2027, 3);
        private String procedure = "open";
        private String route = "own";
        private String location;

        private Builder(String id) {
            this.id = id;
        }

        Builder buyer(String b) {
            this.buyer = b;
            return this;
        }

        Builder kind(String k) {
            this.kind = k;
            return this;
        }

        Builder cpv(String c) {
            this.cpv = c;
            return this;
        }

        Builder category(String c) {
            this.category = c;
            return this;
        }

        Builder title(String t) {
            this.title = t;
            return this;
        }

        Builder amount(long euros) {
            this.amount = BigDecimal.valueOf(euros);
            return this;
        }

        Builder annual(long euros, int months) {
            this.amount = BigDecimal.valueOf(euros);
            this.basis = "annual";
            this.durationMonths = months;
            return this;
        }

        Builder launch(Period p) {
            this.launch = p;
            return this;
        }

        Builder procedure(String p) {
            this.procedure = p;
            return this;
        }

        Builder route(String r) {
            this.route = r;
            return this;
        }

        Builder location(String l) {
            this.location = l;
            return this;
        }

        Need build() {
            String name = buyer.substring(0, 1).toUpperCase() + buyer.substring(1).replace('-', ' ');
            return new Need(id, new BuyerRef(buyer, name, kind), "ref-" + id, title, null,
                    new Cpv(cpv, Map.of("fr", "Libellé " + cpv, "en", "Label " + cpv)), List.of(), category,
                    amount == null ? null : new Amount(amount, amount, "EUR", basis), null, launch, null, null, durationMonths,
                    null, procedure, null, route, location, null, null, null, null, null, null, Boolean.FALSE, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, false, false, null, null, null, List.of(), List.of(), List.of(), "public", null);
        }
    }
}

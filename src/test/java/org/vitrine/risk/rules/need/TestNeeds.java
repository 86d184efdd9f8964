package org.vitrine.risk.rules.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Contact;
import org.vitrine.model.Coverage;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.model.Period;

/**
 * Builds needs for the rule tests: a complete, unremarkable need (local buyer, services, 100 000 €,
 * adapted procedure launched in June 2027, well after the event) that each test changes where it matters.
 */
final class TestNeeds {

    private TestNeeds() {
    }

    static Builder need() {
        return new Builder();
    }

    static Period day(int y, int m, int d) {
        LocalDate x = LocalDate.of(y, m, d);
        return new Period(x, x, Period.Precision.day);
    }

    static Period month(int y, int m) {
        LocalDate x = LocalDate.of(y, m, 1);
        return new Period(x, x.plusMonths(1).minusDays(1), Period.Precision.month);
    }

    static Period quarter(int y, int q) {
        LocalDate x = LocalDate.of(y, q * 3 - 2, 1);
        return new Period(x, x.plusMonths(3).minusDays(1), Period.Precision.quarter);
    }

    static Period year(int y) {
        return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Period.Precision.year);
    }

    static final class Builder {
        private String id = "n1";
        private String kind = "local";
        private String cpv = "90910000-9";
        private String category = "services";
        private Amount amount = euros(100_000L, 100_000L);
        private Integer lots;
        private Period launch = month(2027, 6);
        private Period notification;
        private Period contractStart;
        private Integer durationMonths = 12;
        private String procedure = "adapted";
        private String route = "own";
        private Contact contact = new Contact("A. Martin", "achats@ville.example");
        private Coverage coverage;
        private Integer suppliersKnown;
        private Period incumbentEnd;
        private Boolean renewal;

        private static Amount euros(Long min, Long max) {
            return new Amount(min == null ? null : BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max), "EUR",
                    "total");
        }

        Builder id(String v) { id = v; return this; }
        Builder kind(String v) { kind = v; return this; }
        Builder cpv(String v) { cpv = v; return this; }
        Builder category(String v) { category = v; return this; }
        Builder amount(long v) { amount = euros(v, v); return this; }
        /** A range; null min or max as the normaliser gives "> x" (max null). */
        Builder range(Long min, Long max) { amount = euros(min, max); return this; }
        Builder noAmount() { amount = null; return this; }
        Builder annual() { amount = amount.withBasis("annual"); return this; }
        Builder lots(Integer v) { lots = v; return this; }
        Builder launch(Period v) { launch = v; return this; }
        Builder notification(Period v) { notification = v; return this; }
        Builder contractStart(Period v) { contractStart = v; return this; }
        Builder durationMonths(Integer v) { durationMonths = v; return this; }
        Builder procedure(String v) { procedure = v; return this; }
        Builder route(String v) { route = v; return this; }
        Builder contact(Contact v) { contact = v; return this; }
        Builder coverage(String level, Integer percent) { coverage = new Coverage(level, percent); return this; }
        Builder suppliersKnown(Integer v) { suppliersKnown = v; return this; }
        Builder incumbentEnd(Period v) { incumbentEnd = v; return this; }
        Builder renewal(Boolean v) { renewal = v; return this; }

        Need build() {
            return new Need(id, new BuyerRef("b1", "Acheteur test", kind), "R-1", "Nettoyage des locaux", null,
                    cpv == null ? null : new Cpv(cpv, Map.of("fr", "Libellé", "en", "Label")), List.of(), category, amount, lots,
                    launch, notification, contractStart, durationMonths, null, procedure, null, route, null, contact, coverage,
                    suppliersKnown, incumbentEnd, renewal, null, Boolean.FALSE, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, false, false, null, null, null,
                    List.of(), List.of(), List.of(), "public", null);
        }
    }
}

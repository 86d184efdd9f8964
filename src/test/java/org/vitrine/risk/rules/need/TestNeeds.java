package org.vitrine.risk.rules.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Contact;
import org.vitrine.model.Coverage;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.parse.CpvCatalogue;

/**
 * Builds needs for the rule tests: a complete, unremarkable need (local buyer, cleaning services of 100 000 €,
 * open procedure launched in June 2027, well after the event of 4 February 2027) that each test changes where it
 * matters. Used by the market rules' tests too.
 */
public final class TestNeeds {

    private TestNeeds() {
    }

    public static Builder need() {
        return new Builder();
    }

    public static Period day(int y, int m, int d) {
        LocalDate x = LocalDate.of(y, m, d);
        return new Period(x, x, Period.Precision.day);
    }

    public static Period month(int y, int m) {
        LocalDate x = LocalDate.of(y, m, 1);
        return new Period(x, x.plusMonths(1).minusDays(1), Period.Precision.month);
    }

    public static Period quarter(int y, int q) {
        LocalDate x = LocalDate.of(y, q * 3 - 2, 1);
        return new Period(x, x.plusMonths(3).minusDays(1), Period.Precision.quarter);
    }

    public static Period year(int y) {
        return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Period.Precision.year);
    }

    /** A need builder; {@code cpv} takes the eight digits and finds the label and check digit. */
    public static final class Builder {
        private String id = "n1";
        private String buyer = "b1";
        private String buyerName = "Acheteur test";
        private String kind = "local";
        private String title = "Nettoyage des locaux";
        private String description;
        private String remarks;
        private String cpv = "90911200";
        private final List<Cpv> additional = new ArrayList<>();
        private String category = "services";
        private Amount amount = euros(100_000L, 100_000L);
        private Integer lots = 2;
        private Period launch = month(2027, 6);
        private Period notification;
        private Period contractStart;
        private Integer durationMonths = 36;
        private String procedure = "open";
        private String route = "own";
        private String technique;
        private Contact contact = new Contact("Service achats", "achats@ville.example");
        private Coverage coverage;
        private Integer suppliersKnown;
        private Period incumbentEnd;
        private Boolean innovation;
        private Object reserved = Boolean.FALSE;
        private String tenderUrl;
        private Period deadline;
        private Integer responseDays;
        private Boolean defence;
        private Boolean networkActivity;
        private String operation;
        private String site;
        private String location;
        private org.vitrine.model.Place place;
        private Amount frameworkMaximum;
        private org.vitrine.model.JointGroup jointGroup;
        private Map<String, String> notes;

        private static Amount euros(Long min, Long max) {
            return new Amount(min == null ? null : BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max), "EUR",
                    "total");
        }

        public Builder id(String v) { id = v; return this; }
        public Builder buyer(String v) { buyer = v; buyerName = "Acheteur " + v; return this; }
        public Builder kind(String v) { kind = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder remarks(String v) { remarks = v; return this; }
        public Builder cpv(String v) { cpv = v; return this; }
        public Builder additional(String v) { additional.add(CpvCatalogue.load().cpv(v)); return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder works() { category = "works"; return this; }
        public Builder supplies() { category = "supplies"; return this; }
        public Builder amount(long v) { amount = euros(v, v); return this; }
        /** Any amount, as the normaliser gives it (a range, a basis); null: no amount read. */
        public Builder amount(Amount v) { amount = v; return this; }
        /** A range; null max as the normaliser gives "> x", min 0 for "< x". */
        public Builder range(Long min, Long max) { amount = euros(min, max); return this; }
        public Builder annual() { amount = amount.withBasis("annual"); return this; }
        public Builder lots(Integer v) { lots = v; return this; }
        public Builder launch(Period v) { launch = v; return this; }
        public Builder notification(Period v) { notification = v; return this; }
        public Builder contractStart(Period v) { contractStart = v; return this; }
        public Builder durationMonths(Integer v) { durationMonths = v; return this; }
        public Builder procedure(String v) { procedure = v; return this; }
        public Builder route(String v) { route = v; return this; }
        public Builder technique(String v) { technique = v; return this; }
        public Builder contact(Contact v) { contact = v; return this; }
        public Builder coverage(String level, Integer percent) { coverage = new Coverage(level, percent); return this; }
        public Builder suppliersKnown(Integer v) { suppliersKnown = v; return this; }
        public Builder incumbentEnd(Period v) { incumbentEnd = v; return this; }
        public Builder innovation(Boolean v) { innovation = v; return this; }
        /** Reserved (L2113-12 ff.): true or its type (« ESAT/EA », « SIAE »). */
        public Builder reserved(Object v) { reserved = v; return this; }
        public Builder tenderUrl(String v) { tenderUrl = v; return this; }
        public Builder deadline(Period v) { deadline = v; return this; }
        public Builder responseDays(Integer v) { responseDays = v; return this; }
        public Builder defence(Boolean v) { defence = v; return this; }
        public Builder networkActivity(Boolean v) { networkActivity = v; return this; }
        public Builder operation(String v) { operation = v; return this; }
        public Builder site(String v) { site = v; return this; }
        public Builder location(String v) { location = v; return this; }
        /** A département's place of performance with its NUTS 3 code (« 71 », « FRC14 »). */
        public Builder departement(String code, String nuts) { place = new org.vitrine.model.Place("departement", code, code, nuts); return this; }
        /** The place of performance as read (a code, a list, « ~ » an unread text); null: none. */
        public Builder place(org.vitrine.model.Place v) { place = v; return this; }
        public Builder frameworkMaximum(long v) { frameworkMaximum = euros(v, v); return this; }
        /** A maximum given per year (« 500 000 €/an »), as the normaliser reads it. */
        public Builder frameworkMaximumPerYear(long v) { frameworkMaximum = euros(v, v).withBasis("annual"); return this; }
        /** The buyer's words around the procedure cell, as the normaliser keeps them (« R2122-1 », « Quasi-régie (L2511-1) »). */
        public Builder procedureNote(String v) { notes = Map.of("procedure", v); return this; }
        public Builder jointGroup(String name, boolean coordinator) { jointGroup = new org.vitrine.model.JointGroup(name, coordinator); return this; }

        public Need build() {
            Cpv c = cpv == null ? null : CpvCatalogue.load().cpv(cpv);
            if (cpv != null && c == null) {
                c = new Cpv(cpv, Map.of("fr", "Libellé", "en", "Label"));
            }
            return new Need(id, new BuyerRef(buyer, buyerName, kind), "R-" + id, title, description, c, List.copyOf(additional),
                    category, amount, lots, launch, notification, contractStart, durationMonths, null, procedure, technique,
                    route, location, contact, coverage, suppliersKnown, incumbentEnd, null, innovation, reserved, null,
                    null, null, tenderUrl, deadline, responseDays, defence, networkActivity, operation, site, place, List.of(),
                    null, null, null, null, frameworkMaximum, jointGroup, notes, false, false, null, null, null, List.of(), List.of(), List.of(), "public", null, remarks, null, null);
        }
    }
}

package org.vitrine.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * One planned purchase in the canonical model (docs/CONTRACT.md section 4). Built by the normaliser;
 * {@code visibility} and {@code source} are internal and never written to public files (the public
 * filter drops them). {@code reserved} is {@code false}, {@code true} or the type
 * ({@code ea_esat}, {@code siae}, {@code ess}), as the contract publishes it.
 * {@code deadline} is the bid deadline the buyer gives, {@code responseDays} the days it allows for bids;
 * {@code defence} (L1113-1) and {@code networkActivity} (a utility's network purchase) choose the EU
 * threshold (RISKS.md §2); {@code operation} and {@code site} group works (R2121-5); {@code place} is
 * {@code location} read as a code; {@code incumbent} is the current holder's name, internal unless the
 * privacy settings publish it; {@code live} is set by the risk stage when the consultation is running on
 * the event day: {@code offers} (bids being received) or {@code analysis} (bids being analysed), else null.
 * {@code frameworkAward} is a framework agreement's award to one supplier ({@code single}) or several
 * ({@code multiple}), {@code frameworkMaximum} its maximum amount (R2162-4), both null when not given.
 * {@code jointGroup} names the groupement de commandes a member's share belongs to, null for a need of its own.
 * {@code notes} keeps, by field, the words a buyer wrote around a value that was read ("4 lots (agences)":
 * lots 4, note "agences"), so no text is lost; {@code beforeYear} marks a need launching between the edition
 * date and the forecast year (CONTRACT §3: kept, the event may be held before the year starts).
 * {@code remarks} is the buyer's « Remarques » column, staff comments never published: the risk rules read a
 * written basis there (« droits exclusifs (R2122-3 3°) »); {@link #forPublic} drops it. {@code procedureCell} is the
 * procedure cell as the buyer wrote it (« Sans publicité ni mise en concurrence »), internal: the buyer's feedback quotes
 * it as the value read (lawyer O, VM-27-15); kept apart from {@code notes}, which the rules and public files read (the
 * words around the procedure are {@code notes["procedure"]}); {@link #forPublic} drops it as it drops the remarks.
 * {@code buyerSeat} is the commune of the buyer's seat (buyers.yaml {@code seat}) when the row gives no place and the
 * buyer is a commune, an intercommunality or a syndicat: the place filter and the pages place the need there, still
 * « lieu de l'acheteur » (supplier Y, D1); null otherwise. {@code location} stays null: the row gave none.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder(alphabetic = false)
public record Need(
        String id,
        BuyerRef buyer,
        String reference,
        String title,
        String description,
        Cpv cpv,
        List<Cpv> cpvAdditional,
        String category,
        Amount amount,
        Integer lots,
        Period launch,
        Period notification,
        Period contractStart,
        Integer durationMonths,
        DurationSpec duration,
        String procedure,
        String technique,
        String route,
        String location,
        Contact contact,
        Coverage coverage,
        Integer suppliersKnown,
        Period incumbentEnd,
        Boolean renewal,
        Boolean innovation,
        Object reserved,
        Boolean socialClause,
        Boolean environmentalClause,
        String firmness,
        String tenderUrl,
        Period deadline,
        Integer responseDays,
        Boolean defence,
        Boolean networkActivity,
        String operation,
        String site,
        Place place,
        List<Lot> lotList,
        Integer maxLotsPerBidder,
        String incumbent,
        String live,
        String frameworkAward,
        Amount frameworkMaximum,
        JointGroup jointGroup,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) java.util.Map<String, String> notes,
        boolean beforeYear,
        boolean beyondYear,
        LocalDate firstPublished,
        LocalDate modified,
        String change,
        List<FieldChange> changes,
        List<RiskFlag> risks,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Question> questions,
        @JsonInclude(JsonInclude.Include.NON_NULL) String visibility,
        @JsonInclude(JsonInclude.Include.NON_NULL) Location source,
        @JsonInclude(JsonInclude.Include.NON_NULL) String remarks,
        @JsonInclude(JsonInclude.Include.NON_NULL) String procedureCell,
        @JsonInclude(JsonInclude.Include.NON_NULL) String buyerSeat) {

    public Need {
        // An edition written before questions (or lots) existed reads back with none.
        questions = questions == null ? List.of() : questions;
        lotList = lotList == null ? List.of() : lotList;
        notes = notes == null ? java.util.Map.of() : notes;
    }

    public boolean isPublic() {
        return "public".equals(visibility);
    }

    /** Reserved in any way (L2113-12 to -15): true, or its type (EA/ESAT, SIAE, ESS). Not « isReserved »: Jackson would take it for the field. */
    public boolean hasReservation() {
        return reserved instanceof String || Boolean.TRUE.equals(reserved);
    }

    /**
     * The pool of bidders a reserved contract is open to (ea_esat, siae, ess; « reserved » when the type is not given),
     * or null when not reserved: EA/ESAT (L2113-12) and SIAE (L2113-13) are different firms.
     */
    public String reservedPool() {
        return reserved instanceof String s ? s : Boolean.TRUE.equals(reserved) ? "reserved" : null;
    }

    /** Open to bids: not bought through a central purchasing body nor a call-off. */
    public boolean isOpenOpportunity() {
        return route == null || "own".equals(route) || "joint_group".equals(route);
    }

    /** A copy of this need to change a few fields: {@code need.toBuilder()}, set, {@code build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public Need withId(String newId) {
        Builder b = toBuilder();
        b.id = newId;
        return b.build();
    }

    public Need withVisibility(String newVisibility) {
        Builder b = toBuilder();
        b.visibility = newVisibility;
        return b.build();
    }

    public Need withRisks(List<RiskFlag> newRisks) {
        Builder b = toBuilder();
        b.risks = newRisks;
        return b.build();
    }

    public Need withBuyer(BuyerRef newBuyer) {
        Builder b = toBuilder();
        b.buyer = newBuyer;
        return b.build();
    }

    public Need withLive(String newLive) {
        Builder b = toBuilder();
        b.live = newLive;
        return b.build();
    }

    public Need withQuestions(List<Question> newQuestions) {
        Builder b = toBuilder();
        b.questions = newQuestions;
        return b.build();
    }

    /** The same need as published: given contact, no internal fields. */
    public Need forPublic(Contact publicContact) {
        Builder b = toBuilder();
        b.contact = publicContact;
        b.incumbent = null; // a person or a firm named by the buyer: internal (privacy settings may publish it later)
        b.visibility = null;
        b.source = null;
        b.remarks = null; // staff comments (config/columns.yaml): never published
        b.procedureCell = null; // the cell as written is the feedback's quote, internal
        return b.build();
    }

    /** The fields of a need, to copy it with a few changes (the record's own fields are final). */
    public static final class Builder {
        public String id;
        public BuyerRef buyer;
        public String reference;
        public String title;
        public String description;
        public Cpv cpv;
        public List<Cpv> cpvAdditional;
        public String category;
        public Amount amount;
        public Integer lots;
        public Period launch;
        public Period notification;
        public Period contractStart;
        public Integer durationMonths;
        public DurationSpec duration;
        public String procedure;
        public String technique;
        public String route;
        public String location;
        public Contact contact;
        public Coverage coverage;
        public Integer suppliersKnown;
        public Period incumbentEnd;
        public Boolean renewal;
        public Boolean innovation;
        public Object reserved;
        public Boolean socialClause;
        public Boolean environmentalClause;
        public String firmness;
        public String tenderUrl;
        public Period deadline;
        public Integer responseDays;
        public Boolean defence;
        public Boolean networkActivity;
        public String operation;
        public String site;
        public Place place;
        public List<Lot> lotList;
        public Integer maxLotsPerBidder;
        public String incumbent;
        public String live;
        public String frameworkAward;
        public Amount frameworkMaximum;
        public JointGroup jointGroup;
        public java.util.Map<String, String> notes;
        public boolean beforeYear;
        public boolean beyondYear;
        public LocalDate firstPublished;
        public LocalDate modified;
        public String change;
        public List<FieldChange> changes;
        public List<RiskFlag> risks;
        public List<Question> questions;
        public String visibility;
        public Location source;
        public String remarks;
        public String procedureCell;
        public String buyerSeat;

        Builder(Need n) {
            id = n.id();
            buyer = n.buyer();
            reference = n.reference();
            title = n.title();
            description = n.description();
            cpv = n.cpv();
            cpvAdditional = n.cpvAdditional();
            category = n.category();
            amount = n.amount();
            lots = n.lots();
            launch = n.launch();
            notification = n.notification();
            contractStart = n.contractStart();
            durationMonths = n.durationMonths();
            duration = n.duration();
            procedure = n.procedure();
            technique = n.technique();
            route = n.route();
            location = n.location();
            contact = n.contact();
            coverage = n.coverage();
            suppliersKnown = n.suppliersKnown();
            incumbentEnd = n.incumbentEnd();
            renewal = n.renewal();
            innovation = n.innovation();
            reserved = n.reserved();
            socialClause = n.socialClause();
            environmentalClause = n.environmentalClause();
            firmness = n.firmness();
            tenderUrl = n.tenderUrl();
            deadline = n.deadline();
            responseDays = n.responseDays();
            defence = n.defence();
            networkActivity = n.networkActivity();
            operation = n.operation();
            site = n.site();
            place = n.place();
            lotList = n.lotList();
            maxLotsPerBidder = n.maxLotsPerBidder();
            incumbent = n.incumbent();
            live = n.live();
            frameworkAward = n.frameworkAward();
            frameworkMaximum = n.frameworkMaximum();
            jointGroup = n.jointGroup();
            notes = n.notes();
            beforeYear = n.beforeYear();
            beyondYear = n.beyondYear();
            firstPublished = n.firstPublished();
            modified = n.modified();
            change = n.change();
            changes = n.changes();
            risks = n.risks();
            questions = n.questions();
            visibility = n.visibility();
            source = n.source();
            remarks = n.remarks();
            procedureCell = n.procedureCell();
            buyerSeat = n.buyerSeat();
        }

        public Need build() {
            return new Need(id, buyer, reference, title, description, cpv, cpvAdditional, category, amount, lots, launch,
                    notification, contractStart, durationMonths, duration, procedure, technique, route, location,
                    contact, coverage, suppliersKnown, incumbentEnd, renewal, innovation, reserved, socialClause,
                    environmentalClause, firmness, tenderUrl, deadline, responseDays, defence, networkActivity, operation, site, place, lotList, maxLotsPerBidder, incumbent, live, frameworkAward, frameworkMaximum, jointGroup, notes, beforeYear, beyondYear, firstPublished, modified, change, changes,
                    risks, questions, visibility, source, remarks, procedureCell, buyerSeat);
        }
    }
}

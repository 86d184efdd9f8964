package org.vitrine.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * One planned purchase in the canonical model (CONTRACT.md section 4). Built by the normaliser;
 * {@code visibility} and {@code source} are internal and never written to public files (the public
 * filter drops them). {@code reserved} is {@code false}, {@code true} or the type
 * ({@code ea_esat}, {@code siae}, {@code ess}), as the contract publishes it.
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
        boolean beyondYear,
        LocalDate firstPublished,
        LocalDate modified,
        String change,
        List<FieldChange> changes,
        List<RiskFlag> risks,
        @JsonInclude(JsonInclude.Include.NON_NULL) String visibility,
        @JsonInclude(JsonInclude.Include.NON_NULL) Location source) {

    public boolean isPublic() {
        return "public".equals(visibility);
    }

    /** Open to bids: not bought through a central purchasing body nor a call-off. */
    public boolean isOpenOpportunity() {
        return route == null || "own".equals(route) || "joint_group".equals(route);
    }

    public Need withId(String newId) {
        return new Need(newId, buyer, reference, title, description, cpv, cpvAdditional, category, amount, lots,
                launch, notification, contractStart, durationMonths, duration, procedure, technique, route,
                location, contact, coverage, suppliersKnown, incumbentEnd, renewal, innovation, reserved,
                socialClause, environmentalClause, firmness, tenderUrl, beyondYear, firstPublished, modified,
                change, changes, risks, visibility, source);
    }

    public Need withVisibility(String newVisibility) {
        return new Need(id, buyer, reference, title, description, cpv, cpvAdditional, category, amount, lots,
                launch, notification, contractStart, durationMonths, duration, procedure, technique, route,
                location, contact, coverage, suppliersKnown, incumbentEnd, renewal, innovation, reserved,
                socialClause, environmentalClause, firmness, tenderUrl, beyondYear, firstPublished, modified,
                change, changes, risks, newVisibility, source);
    }

    /** The same need as published: given contact, no internal fields. */
    public Need forPublic(Contact publicContact) {
        return new Need(id, buyer, reference, title, description, cpv, cpvAdditional, category, amount, lots,
                launch, notification, contractStart, durationMonths, duration, procedure, technique, route,
                location, publicContact, coverage, suppliersKnown, incumbentEnd, renewal, innovation, reserved,
                socialClause, environmentalClause, firmness, tenderUrl, beyondYear, firstPublished, modified,
                change, changes, risks, null, null);
    }
}

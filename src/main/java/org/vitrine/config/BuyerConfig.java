package org.vitrine.config;

import java.util.List;
import org.vitrine.model.Contact;

/**
 * One exhibitor from config/buyers.yaml. The risk rules read {@code legalityCheck} (the buyer's contracts go
 * to the prefect's contrôle de légalité), {@code networkActivity} (a utility buys for its network unless a row
 * says otherwise; default true) and {@code size} ({@code small} ranks grouping opportunities). {@code place} (a
 * département or region, as a row's place is written) is the place of a need whose row gives none.
 * {@code statePublicBody} marks a State public establishment of kind local (a university): its « Défense ou
 * sécurité » column is trusted for the L1113-1 threshold (issue 17 fifth review); default false.
 * {@code shortName} is the buyer's one short name in the brochure (floor plan, index, running heads: designer X, D9);
 * absent, the brochure makes it (ShortNames).
 * {@code socialHousing} marks an HLM body of L411-2 CCH (OPH, ESH, coopérative HLM): its maîtrise d'œuvre of social
 * rental housing needs no design contest (loi ELAN art. 88; lawyer S, HDL-27-04); absent, an « Office public de
 * l'habitat » or « OPH » in the name counts ({@link #hlmBody()}).
 * {@code seat} is the commune of the seat of a commune, an intercommunality or a syndicat, whose needs are performed
 * there: a row with no place is placed in it, still « lieu de l'acheteur » (supplier Y, D1); absent for a département,
 * a région or a body covering them, whose needs keep {@code place}.
 */
public record BuyerConfig(String id, String name, String siret, String kind, String stand, BuyerContact contact,
        String profile, List<String> aliases, Boolean legalityCheck, Boolean networkActivity, String size, String place,
        Boolean statePublicBody, String shortName, Boolean socialHousing, String seat) {

    /** A buyer without {@code seat} (the key is optional). */
    public BuyerConfig(String id, String name, String siret, String kind, String stand, BuyerContact contact,
            String profile, List<String> aliases, Boolean legalityCheck, Boolean networkActivity, String size, String place,
            Boolean statePublicBody, String shortName, Boolean socialHousing) {
        this(id, name, siret, kind, stand, contact, profile, aliases, legalityCheck, networkActivity, size, place, statePublicBody,
                shortName, socialHousing, null);
    }

    /** A buyer without {@code socialHousing} (the key is optional). */
    public BuyerConfig(String id, String name, String siret, String kind, String stand, BuyerContact contact,
            String profile, List<String> aliases, Boolean legalityCheck, Boolean networkActivity, String size, String place,
            Boolean statePublicBody, String shortName) {
        this(id, name, siret, kind, stand, contact, profile, aliases, legalityCheck, networkActivity, size, place, statePublicBody,
                shortName, null);
    }

    /** A buyer without {@code shortName} (the key is optional). */
    public BuyerConfig(String id, String name, String siret, String kind, String stand, BuyerContact contact,
            String profile, List<String> aliases, Boolean legalityCheck, Boolean networkActivity, String size, String place,
            Boolean statePublicBody) {
        this(id, name, siret, kind, stand, contact, profile, aliases, legalityCheck, networkActivity, size, place, statePublicBody, null, null);
    }

    /** A buyer without {@code statePublicBody} (the key is optional). */
    public BuyerConfig(String id, String name, String siret, String kind, String stand, BuyerContact contact,
            String profile, List<String> aliases, Boolean legalityCheck, Boolean networkActivity, String size, String place) {
        this(id, name, siret, kind, stand, contact, profile, aliases, legalityCheck, networkActivity, size, place, null, null, null);
    }

    /**
     * The SIRET (14 digits) or SIREN (9) of buyers.yaml, digits only ("267 100 456 00016", "267.100.456.00016" is
     * 26710045600016); null when none or another identifier. The one reading of a SIRET: matching rows, DECP
     * awards and the open data's FR-RCS identifier all use it.
     */
    public String registeredId() {
        return registeredId(siret);
    }

    /** A SIRET or SIREN as written, separators (spaces, dots, hyphens, non-breaking spaces) removed; null when neither. */
    public static String registeredId(String given) {
        if (given == null) {
            return null;
        }
        String digits = REGISTER_SEPARATORS.matcher(given).replaceAll("");
        return REGISTER_NUMBER.matcher(digits).matches() ? digits : null;
    }

    /** True when {@link #registeredId()} is a SIRET (14 digits), as DECP awards name their buyer. */
    public boolean hasSiret() {
        String id = registeredId();
        return id != null && id.length() == 14;
    }

    private static final java.util.regex.Pattern REGISTER_SEPARATORS = java.util.regex.Pattern.compile("[\\s.\u00A0\u202F-]");
    private static final java.util.regex.Pattern REGISTER_NUMBER = java.util.regex.Pattern.compile("\\d{14}|\\d{9}");

    /**
     * An HLM body of L411-2 CCH: {@code socialHousing} when buyers.yaml gives it (true or false), else an office public
     * de l'habitat by its name (« Office public de l'habitat », « OPH » as a word): every OPH is one (L421-1 CCH). An
     * ESH or a coopérative HLM is marked by the key only: its name says nothing certain.
     */
    public boolean hlmBody() {
        if (socialHousing != null) {
            return socialHousing;
        }
        String folded = name == null ? "" : Fold.fold(name);
        return OPH_NAME.matcher(folded).find();
    }

    private static final java.util.regex.Pattern OPH_NAME = java.util.regex.Pattern.compile("\\b(office public de l habitat|oph)\\b");

    /** The functional contact, as published. */
    public record BuyerContact(String name, String email, String phone) {
    }

    public Contact publicContact() {
        return contact == null ? null : new Contact(contact.name(), contact.email());
    }

    /** True when the functional contact gives a name or an address. */
    public boolean hasContact() {
        return contact != null && ((contact.name() != null && !contact.name().isBlank())
                || (contact.email() != null && !contact.email().isBlank()));
    }
}

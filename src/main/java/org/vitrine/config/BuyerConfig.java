package org.vitrine.config;

import java.util.List;
import org.vitrine.model.Contact;

/** One exhibitor from config/buyers.yaml. */
public record BuyerConfig(String id, String name, String siret, String kind, String stand, BuyerContact contact,
        String profile, List<String> aliases) {

    /** The functional contact, as published. */
    public record BuyerContact(String name, String email, String phone) {
    }

    public Contact publicContact() {
        return contact == null ? null : new Contact(contact.name(), contact.email());
    }
}

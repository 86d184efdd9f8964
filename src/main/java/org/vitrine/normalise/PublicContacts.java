package org.vitrine.normalise;

import java.util.HashSet;
import java.util.Set;
import org.vitrine.config.BuyerConfig;
import org.vitrine.text.ContactsInText;

/**
 * The addresses a buyer's free text may show: its functional contact of buyers.yaml (e-mail and phone), which its
 * page publishes anyway; any other is taken for a person's, as a row's Contact column is (CONTRACT §2).
 */
public final class PublicContacts {

    /** Fields that never reach a public file, so an address in them is no leak (the Contact column is read as one). */
    static final Set<String> INTERNAL_FIELDS = Set.of("contact", "incumbent", "buyer_siret", "remarks", "visibility");

    private PublicContacts() {
    }

    /** The {@link ContactsInText#key keys} of the buyer's functional e-mail and phone; none for an unknown buyer. */
    public static Set<String> of(BuyerConfig buyer) {
        Set<String> keys = new HashSet<>();
        if (buyer != null && buyer.contact() != null) {
            if (buyer.contact().email() != null && !buyer.contact().email().isBlank()) {
                keys.add(ContactsInText.key(buyer.contact().email()));
            }
            if (buyer.contact().phone() != null && !buyer.contact().phone().isBlank()) {
                keys.add(ContactsInText.key(buyer.contact().phone()));
            }
        }
        return keys;
    }
}

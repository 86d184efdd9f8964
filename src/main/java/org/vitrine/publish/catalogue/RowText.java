package org.vitrine.publish.catalogue;

import org.vitrine.messages.Messages;
import org.vitrine.model.Need;

/**
 * The second line of a need in a result list, as the page script writes it (catalogue.js, row): its CPV code
 * with the label the search reads, and its places by name ("Saône-et-Loire (71), Nièvre (58)"). And a need's
 * place of performance as its page shows it: the buyer's text, or the names when the text is only codes. And the
 * reserved badge every card and page shows in the same words (« Réservé aux EA/ESAT », never a bare « réservé »).
 * Exposed to templates as {@code rows}.
 */
public final class RowText {

    private final Messages msg;
    private final org.vitrine.messages.Fmt fmt;

    public RowText(Messages msg) {
        this.msg = msg;
        this.fmt = new org.vitrine.messages.Fmt(msg);
    }

    /** "CPV 30213100 Ordinateurs portables · Beaumont-sur-Saône". */
    public String where(Need n) {
        StringBuilder b = new StringBuilder();
        if (n.cpv() != null && n.cpv().code() != null && n.cpv().code().length() >= 8) {
            String label = n.cpv().labels() == null ? null : n.cpv().labels().get(msg.lang());
            b.append(msg.get("cat.row.cpv").replace("{code}", n.cpv().code().substring(0, 8))
                    .replace("{label}", SearchIndex.searchable(label)));
        }
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (PlaceFacet.Entry e : PlaceFacet.entries(n)) {
            if (!e.label().isEmpty()) {
                // a need for the whole region is listed under each of its départements: said so (catalogue.js, row)
                labels.add(e.key().startsWith("region:") ? e.label() + " (" + msg.get("cat.place.whole_region") + ")" : e.label());
            }
        }
        String places = String.join(", ", labels);
        if (!places.isEmpty()) {
            b.append(b.length() > 0 ? " · " : "").append(places);
        }
        return b.toString();
    }

    /**
     * The place of performance on a need's page, in the list's format: "71, 58" and "71 – Saône-et-Loire" read
     * "Saône-et-Loire (71), Nièvre (58)" and "Saône-et-Loire (71)" (supplier W: one place, two formats); the buyer's
     * text only when it says more than the names (a commune, a site).
     */
    public String place(Need n) {
        String shown = PlaceFacet.shown(n);
        if (fromBuyer(n)) {
            return msg.get("cat.place.buyer", shown);
        }
        String text = n.location() == null ? "" : n.location().strip();
        // département numbers and NUTS codes, alone or listed (« 71, 58 », « 2A et 2B », « FRC13 »): named from the place
        boolean codesOnly = !text.isEmpty() && java.util.Arrays.stream(org.vitrine.normalise.parse.Places.LIST.split(text))
                .filter(p -> !p.isBlank()).allMatch(org.vitrine.normalise.parse.Places::isCode);
        boolean namesSayIt = !text.isEmpty() && !shown.isEmpty() && SearchIndex.placeText(n) == null;
        return codesOnly || namesSayIt ? shown : text;
    }

    /** The {@code tel:} link of a phone number as written (E.164: "tel:+33300000101"), or "" when it cannot be dialled as is. */
    public String tel(String phone) {
        String t = org.vitrine.text.TelLinks.tel(phone);
        return t == null ? "" : t;
    }

    /** « Réservé aux SIAE », « Marché réservé (type à préciser) », or "" for a need open to all. */
    public String reserved(Need n) {
        if (n.reserved() instanceof String type) {
            return fmt.label("reserved", type);
        }
        return Boolean.TRUE.equals(n.reserved()) ? msg.get("cat.reserved.unspecified") : "";
    }

    /** A place without a text is the buyer's (buyers.yaml {@code place}): the row gave none, pages say so. */
    static boolean fromBuyer(Need n) {
        return n.place() != null && (n.location() == null || n.location().isBlank());
    }
}

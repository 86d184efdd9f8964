package org.vitrine.publish.catalogue;

import java.util.List;
import java.util.regex.Pattern;
import org.vitrine.model.EditionInfo;

/** The withdrawn needs a page lists: those of this edition (changes.html, feed.xml); every tombstone keeps its own page. */
public final class Withdrawals {

    /** Need ids are URL-safe; an id read back from an older file is checked before it names a file. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private Withdrawals() {
    }

    public static boolean safeId(String id) {
        return id != null && SAFE.matcher(id).matches() && !id.contains("..");
    }

    /** A withdrawn need's CPV division, empty when unknown (an edition that did not keep its CPV). */
    public static String division(EditionInfo.Withdrawn w) {
        return w.cpv() == null || w.cpv().isBlank() ? "" : org.vitrine.normalise.parse.CpvCatalogue.division(w.cpv());
    }

    /**
     * A withdrawn need's buyer id: the one it kept, else the buyer of that name among the site's (an edition that did
     * not keep it); null for none.
     */
    public static String buyerId(EditionInfo.Withdrawn w, List<org.vitrine.publish.Site.BuyerPage> buyers) {
        if (w.buyerId() != null) {
            return w.buyerId();
        }
        return buyers.stream().filter(b -> b.name() != null && b.name().equals(w.buyer())).map(org.vitrine.publish.Site.BuyerPage::id)
                .findFirst().orElse(null);
    }

    /** The needs withdrawn since the previous edition (dated this edition). */
    public static List<EditionInfo.Withdrawn> sinceLast(EditionInfo edition) {
        return edition.withdrawn().stream().filter(w -> edition.date().equals(w.date())).toList();
    }
}

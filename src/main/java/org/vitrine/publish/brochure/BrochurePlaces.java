package org.vitrine.publish.brochure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.vitrine.model.Need;
import org.vitrine.model.Place;

/**
 * Where a need is carried out, as a supplier reads it: names, not codes. A département keeps its number
 * after its name ("Saône-et-Loire (71)"), a list of départements is a list of names ("71, 58" reads
 * "Saône-et-Loire (71), Nièvre (58)", where the place read as a code is their region), other places by
 * their name; text that names no known place is printed as the buyer wrote it.
 */
public final class BrochurePlaces {

    /** The separators of a list of places, as the normaliser reads them ("71, 58", "Calvados et Manche"). */
    private static final Pattern LIST = Pattern.compile("\\s*(?:[,;/+&]|\\bet\\b)\\s*");

    private final Function<String, Place> resolver;

    /** {@code resolver} reads one place from text (the normaliser's {@code Places::resolve}), null when it names none. */
    public BrochurePlaces(Function<String, Place> resolver) {
        this.resolver = resolver;
    }

    public String of(Need n) {
        String text = n.location() == null ? null : n.location().strip();
        // no place of its own: the commune of its buyer's seat (buyers.yaml seat), as the need's page names it
        text = (text == null || text.isEmpty()) && n.buyerSeat() != null ? n.buyerSeat().strip() : text;
        if (text != null && !text.isEmpty() && org.vitrine.normalise.parse.Places.INTERNATIONAL.equals(n.place())) {
            return text; // « France et Belgique » as written: « International » alone says less
        }
        if (text != null && !text.isEmpty()) {
            String[] parts = LIST.split(text);
            if (parts.length > 1) {
                List<String> names = new ArrayList<>();
                for (String p : parts) {
                    Place place = p.isBlank() ? null : resolver.apply(p);
                    if (place == null || place.name() == null) {
                        names = null;
                        break;
                    }
                    names.add(name(place));
                }
                if (names != null) {
                    return String.join(", ", names);
                }
            }
        }
        if (text != null && !text.isEmpty() && resolver.apply(text) == null) {
            // a text no list reads (« Beaumont-sur-Saône (nord) », « Usine de Beaumont »): its place is the buyer's,
            // which says less; as written, as the need's page shows it (supplier X: the brochure said « Saône-et-Loire (71) »)
            return text;
        }
        if (n.place() != null && n.place().name() != null) {
            return name(n.place());
        }
        return text;
    }

    /** A département with its number, which suppliers use; a commune's INSEE code says nothing to them. */
    static String name(Place p) {
        return "departement".equals(p.kind()) && p.code() != null ? p.name() + " (" + p.code() + ")" : p.name();
    }
}

package org.vitrine.publish.catalogue;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vitrine.cli.Messages;
import org.vitrine.config.Fold;
import org.vitrine.model.Need;
import org.vitrine.model.Place;

/**
 * The place filter: the place of performance read as a code ({@code need.place()}: one entry per
 * département, region, commune…), else the location text folded (so "ROUBAIX" and "Roubaix" are one).
 */
final class PlaceFacet {

    private PlaceFacet() {
    }

    /** The filter key: "departement:21" for a place read as a code, "~roubaix" for text only, "" for none. */
    static String key(Need n) {
        Place p = n.place();
        if (p != null && p.code() != null) {
            return (p.kind() == null ? "place" : p.kind()) + ":" + p.code();
        }
        if (n.location() == null || n.location().isBlank()) {
            return "";
        }
        return "~" + Fold.fold(n.location());
    }

    /** What the filter shows: "Côte-d’Or (21)", or the location as the first need gave it. */
    static String label(Need n) {
        Place p = n.place();
        if (p != null && p.code() != null) {
            String name = p.name() == null || p.name().isBlank() ? p.code() : p.name();
            return "departement".equals(p.kind()) && !name.equals(p.code()) ? name + " (" + p.code() + ")" : name;
        }
        return n.location() == null ? "" : n.location().strip();
    }

    /** Entries sorted by label as a reader sorts them, the unknown value last. */
    static List<List<String>> dictionary(Map<String, String> labels, Messages msg) {
        Collator collator = Collator.getInstance(msg.locale());
        collator.setStrength(Collator.SECONDARY);
        List<List<String>> out = new ArrayList<>();
        labels.forEach((k, v) -> {
            if (!k.isEmpty()) {
                out.add(List.of(k, v));
            }
        });
        out.sort((a, b) -> {
            int c = collator.compare(a.get(1), b.get(1));
            return c != 0 ? c : a.get(0).compareTo(b.get(0));
        });
        if (labels.containsKey("")) {
            out.add(List.of("", msg.get("cat.unknown")));
        }
        return out;
    }
}

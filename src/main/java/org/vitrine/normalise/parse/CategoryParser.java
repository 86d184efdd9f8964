package org.vitrine.normalise.parse;

import java.util.List;
import java.util.Map;
import org.vitrine.model.RawCell;

/** Reads the category (works, supplies, services) or derives it from the CPV division. */
public final class CategoryParser {

    // Checked in this order; the words are folded (lower case, no accents).
    private static final List<Map.Entry<String, List<String>>> WORDS = List.of(
            Map.entry("works", List.of("travaux", "works", "work", "ouvrage", "ouvrages")),
            Map.entry("supplies", List.of("fournitures", "fourniture", "supplies", "supply", "goods", "biens")),
            Map.entry("services", List.of("services", "service", "prestations", "prestation", "pi")));

    private CategoryParser() {
    }

    /** A cell naming two categories ("fournitures et services") is refused: the CPV then decides. */
    public static String parse(RawCell cell) throws ParseError {
        String original = Text.of(cell, 200);
        String f = Text.fold(original);
        String found = null;
        for (Map.Entry<String, List<String>> e : WORDS) {
            if (e.getValue().stream().anyMatch(w -> Text.hasWords(f, w))) {
                if (found != null) {
                    throw new ParseError("parse.category.mixed", original);
                }
                found = e.getKey();
            }
        }
        if (found == null) {
            throw new ParseError("parse.category.unknown", original);
        }
        return found;
    }

    /** CPV division 45 is works, 50 to 98 services, the others (03 to 44, 48) supplies. */
    public static String fromCpv(String code) {
        int division = Integer.parseInt(CpvCatalogue.division(code));
        if (division == 45) {
            return "works";
        }
        return division >= 50 ? "services" : "supplies";
    }
}

package org.vitrine.normalise.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vitrine.model.RawCell;

/** Reads whether a contract is reserved: false, true, or the type ea_esat, siae, ess. */
public final class ReservedParser {

    // Folded words or phrases naming each reservation type.
    private static final List<Map.Entry<String, List<String>>> TYPES = List.of(
            Map.entry("ea_esat", List.of("ea", "esat", "entreprises adaptees", "entreprise adaptee", "handicap", "handicapes",
                    "travailleurs handicapes", "disabled", "sheltered workshop", "sheltered workshops")),
            Map.entry("siae", List.of("siae", "iae", "insertion", "structures d insertion")),
            Map.entry("ess", List.of("ess", "economie sociale et solidaire", "economie sociale", "social economy")));

    private ReservedParser() {
    }

    /** Boolean.FALSE, Boolean.TRUE, or one of the type codes; two different types are refused. */
    public static Object parse(RawCell cell) throws ParseError {
        if (cell != null && cell.type() == RawCell.Type.NUMBER) {
            return YesNoParser.parse(cell);
        }
        String original = Text.of(cell, 200);
        String f = Text.fold(original);
        Set<String> found = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> t : TYPES) {
            if (t.getValue().stream().anyMatch(w -> Text.hasWords(f, w))) {
                found.add(t.getKey());
            }
        }
        if (found.size() > 1) {
            throw new ParseError("parse.reserved.several", original);
        }
        if (found.size() == 1) {
            return found.iterator().next();
        }
        Boolean b = YesNoParser.answer(f);
        if (b == null) {
            throw new ParseError("parse.reserved.unknown", original);
        }
        return b;
    }
}

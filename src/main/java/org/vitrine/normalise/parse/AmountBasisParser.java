package org.vitrine.normalise.parse;

import java.util.Map;
import org.vitrine.model.RawCell;

/** Reads what an amount covers: the whole duration ("total") or one year ("annual"). */
public final class AmountBasisParser {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("total", "total"), Map.entry("totale", "total"), Map.entry("global", "total"), Map.entry("globale", "total"),
            Map.entry("sur la duree", "total"), Map.entry("sur la duree totale", "total"), Map.entry("duree totale", "total"),
            Map.entry("montant total", "total"), Map.entry("montant global", "total"), Map.entry("whole duration", "total"),
            Map.entry("over the whole duration", "total"), Map.entry("overall", "total"),
            Map.entry("annuel", "annual"), Map.entry("annuelle", "annual"), Map.entry("annual", "annual"), Map.entry("par an", "annual"),
            Map.entry("yearly", "annual"), Map.entry("per year", "annual"), Map.entry("an", "annual"), Map.entry("annee", "annual"),
            Map.entry("montant annuel", "annual"), Map.entry("per annum", "annual"));

    private AmountBasisParser() {
    }

    public static String parse(RawCell cell) throws ParseError {
        String original = Text.of(cell, 100);
        String code = WORDS.get(Text.fold(original));
        if (code == null) {
            throw new ParseError("parse.amount_basis.unknown", original);
        }
        return code;
    }
}

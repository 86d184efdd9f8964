package org.vitrine.normalise.parse;

import java.util.Map;
import org.vitrine.model.RawCell;

/** Reads how certain a need is: firm, likely, tentative. */
public final class FirmnessParser {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ferme", "firm"), Map.entry("certain", "firm"), Map.entry("certaine", "firm"), Map.entry("confirme", "firm"),
            Map.entry("confirmee", "firm"), Map.entry("firm", "firm"), Map.entry("confirmed", "firm"), Map.entry("certain e", "firm"),
            Map.entry("valide", "firm"), Map.entry("validee", "firm"),
            Map.entry("probable", "likely"), Map.entry("likely", "likely"), Map.entry("vraisemblable", "likely"), Map.entry("probably", "likely"),
            Map.entry("envisage", "tentative"), Map.entry("envisagee", "tentative"), Map.entry("a l etude", "tentative"),
            Map.entry("en etude", "tentative"), Map.entry("hypothetique", "tentative"), Map.entry("tentative", "tentative"),
            Map.entry("possible", "tentative"), Map.entry("eventuel", "tentative"), Map.entry("eventuelle", "tentative"),
            Map.entry("incertain", "tentative"), Map.entry("incertaine", "tentative"), Map.entry("under study", "tentative"));

    private FirmnessParser() {
    }

    public static String parse(RawCell cell) throws ParseError {
        String original = Text.of(cell, 100);
        String code = WORDS.get(Text.fold(original));
        if (code == null) {
            throw new ParseError("parse.firmness.unknown", original);
        }
        return code;
    }
}

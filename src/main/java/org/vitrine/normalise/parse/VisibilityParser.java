package org.vitrine.normalise.parse;

import java.util.Map;
import org.vitrine.model.RawCell;

/** Reads who may see a need: public, internal, confidential, restricted. Only "public" is ever published. */
public final class VisibilityParser {

    public static final String PUBLIC = "public";
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("public", PUBLIC), Map.entry("publique", PUBLIC), Map.entry("publie", PUBLIC), Map.entry("diffusable", PUBLIC),
            Map.entry("oui", PUBLIC), Map.entry("yes", PUBLIC), Map.entry("diffusion publique", PUBLIC),
            Map.entry("interne", "internal"), Map.entry("internal", "internal"), Map.entry("usage interne", "internal"),
            Map.entry("diffusion interne", "internal"), Map.entry("non", "internal"), Map.entry("no", "internal"),
            Map.entry("non diffusable", "internal"), Map.entry("ne pas diffuser", "internal"), Map.entry("ne pas publier", "internal"),
            Map.entry("confidentiel", "confidential"), Map.entry("confidentielle", "confidential"), Map.entry("confidential", "confidential"),
            Map.entry("restreint", "restricted"), Map.entry("restreinte", "restricted"), Map.entry("restricted", "restricted"),
            Map.entry("diffusion restreinte", "restricted"));

    private VisibilityParser() {
    }

    /**
     * Reads the visibility. A refused value must be treated as not public by the caller. Under a
     * "Confidentialité"/"Confidential" column oui/yes means confidential and non/no means public, so
     * pass the header when known.
     */
    public static String parse(RawCell cell, String header) throws ParseError {
        String original = Text.of(cell, 100);
        String f = Text.fold(original);
        if (Text.fold(header).startsWith("confidential")) {
            Boolean b = YesNoParser.answer(f);
            if (b != null) {
                return b ? "confidential" : PUBLIC;
            }
        }
        String code = WORDS.get(f);
        if (code == null) {
            throw new ParseError("parse.visibility.unknown", original);
        }
        return code;
    }

    public static String parse(RawCell cell) throws ParseError {
        return parse(cell, null);
    }

    /** Only the code "public" is published; anything else, null included, is not. */
    public static boolean isPublic(String code) {
        return PUBLIC.equals(code);
    }
}

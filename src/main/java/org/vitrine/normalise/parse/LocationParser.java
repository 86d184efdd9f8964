package org.vitrine.normalise.parse;

import java.util.Locale;
import org.vitrine.model.RawCell;

/**
 * Reads the place of performance as the buyer wrote it (docs/INPUT.md: the text is kept, its code goes in the need's
 * place, {@link Places}): a département number gets back the zero a number cell lost (« 1 » → « 01 ») and a NUTS
 * code its capitals, nothing more — « 14 » is published as « 14 », not « 14 – Calvados » (officer Z4, D5); pages
 * and the brochure name the place from its code.
 */
public final class LocationParser {

    static final int MAX_CHARS = 200;

    private LocationParser() {
    }

    public static String parse(RawCell cell, NutsCatalogue nuts) throws ParseError {
        String text = Text.refuseMarkup(Text.of(cell, MAX_CHARS));
        if (cell.type() == RawCell.Type.NUMBER && cell.number() != null && cell.number() != Math.rint(cell.number())) {
            return text;
        }
        if (Places.DEPARTEMENT_CODE.matcher(text).matches()) {
            String code = Places.load().departementCode(text);
            return code == null ? text : code;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (Places.NUTS_CODE.matcher(upper).matches() && nuts.exists(upper)) {
            return upper;
        }
        return text;
    }

    public static String parse(RawCell cell) throws ParseError {
        return parse(cell, NutsCatalogue.load());
    }
}

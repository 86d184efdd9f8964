package org.vitrine.normalise.parse;

import java.util.Locale;
import java.util.regex.Pattern;
import org.vitrine.model.RawCell;

/** Reads the place of performance: a département number, a NUTS code, or free text, as display text. */
public final class LocationParser {

    static final int MAX_CHARS = 200;
    private static final Pattern DEPARTEMENT = Pattern.compile("^(?:\\d{1,3}|2[ab])$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUTS = Pattern.compile("^FR[A-Z0-9]{0,3}$");

    private LocationParser() {
    }

    public static String parse(RawCell cell, NutsCatalogue nuts) throws ParseError {
        String text = Text.refuseMarkup(Text.of(cell, MAX_CHARS));
        if (cell.type() == RawCell.Type.NUMBER && cell.number() != null && cell.number() != Math.rint(cell.number())) {
            return text;
        }
        if (DEPARTEMENT.matcher(text).matches()) {
            String code = Departements.normalise(text);
            String name = Departements.name(code);
            return name == null ? text : code + " – " + name;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (NUTS.matcher(upper).matches() && nuts.exists(upper)) {
            return nuts.name(upper) + " (" + upper + ")";
        }
        return text;
    }

    public static String parse(RawCell cell) throws ParseError {
        return parse(cell, NutsCatalogue.load());
    }
}

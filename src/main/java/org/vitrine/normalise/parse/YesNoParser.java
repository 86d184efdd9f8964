package org.vitrine.normalise.parse;

import java.util.Set;
import org.vitrine.model.RawCell;

/** Reads a yes/no answer: oui/non, yes/no, x, 1/0, vrai/faux, true/false, a boolean cell. */
public final class YesNoParser {

    static final Set<String> YES = Set.of("oui", "o", "yes", "y", "x", "1", "vrai", "true", "v", "ok");
    static final Set<String> NO = Set.of("non", "n", "no", "0", "faux", "false", "f");

    private YesNoParser() {
    }

    public static Boolean parse(RawCell cell) throws ParseError {
        String original = Text.of(cell, 100);
        if (cell.type() == RawCell.Type.NUMBER && cell.number() != null) {
            double n = cell.number();
            if (n == 1 || n == 0) {
                return n == 1;
            }
            throw new ParseError("parse.yesno.unknown", original);
        }
        Boolean b = answer(Text.fold(original));
        if (b == null) {
            throw new ParseError("parse.yesno.unknown", original);
        }
        return b;
    }

    /** TRUE/FALSE for a folded yes or no word, null otherwise. */
    public static Boolean answer(String folded) {
        if (YES.contains(folded)) {
            return Boolean.TRUE;
        }
        return NO.contains(folded) ? Boolean.FALSE : null;
    }
}

package org.vitrine.normalise.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Spreadsheet error values as a cell shows them, in English and French Excel and LibreOffice: a CSV
 * export or a copied value carries "#REF!" as plain text, and it must not become a title.
 */
public final class FormulaErrors {

    private static final Set<String> CODES = Set.of("#null!", "#div/0!", "#value!", "#ref!", "#name?", "#num!", "#n/a",
            "#getting_data", "#spill!", "#calc!", "#field!", "#blocked!", "#connect!", "#busy!", "#unknown!", "#novalue",
            // French Excel and LibreOffice
            "#nul!", "#valeur!", "#nom?", "#nombre!", "#n/d", "#na", "#div/0", "#ref", "#valeur", "#nom", "err:502", "err:504",
            "err:508", "err:511", "err:522", "err:523", "#dispersion!", "#calc", "#champ!");

    private FormulaErrors() {
    }

    /** True when the whole text is an error value, or a formula that is only one ("=#REF!", typed or exported as text). */
    public static boolean isError(String text) {
        if (text != null && text.startsWith("=")) {
            text = text.substring(1).strip();
        }
        if (text == null || text.length() < 3 || text.length() > 16) {
            return false;
        }
        char c = text.charAt(0);
        return (c == '#' || c == 'E' || c == 'e') && CODES.contains(text.toLowerCase(Locale.ROOT));
    }
}

package org.vitrine.config;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a header or a name for matching: lower case, accents removed, currency signs and punctuation
 * turned into spaces, spaces collapsed. "Montant estimé (€ HT)" and "montant estime ht" fold alike.
 */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Device names Windows refuses as a file name, whatever the extension (buyers/con.html). */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

    private Fold() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('œ', 'o').replace('æ', 'a').replace("Œ", "oe").toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(s).replaceAll(" ").trim();
    }

    /** A URL- and file-safe id from a name: "Ville de Lyon" gives "ville-de-lyon", "CON" gives "con-x". */
    public static String slug(String text, int maxLength) {
        String s = fold(text).replace(' ', '-');
        if (s.length() > maxLength) {
            s = s.substring(0, maxLength).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "x" : WINDOWS_DEVICE.matcher(s).matches() ? s + "-x" : s;
    }
}

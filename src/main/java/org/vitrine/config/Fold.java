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
        String ascii = foldAscii(text);
        if (ascii != null) {
            return ascii;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('œ', 'o').replace('æ', 'a').replace("Œ", "oe").toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(s).replaceAll(" ").trim();
    }

    /**
     * The same folding for plain ASCII text without Normalizer or regex (most headers, names and cells):
     * letters lowered, every run of other characters one space, trimmed. Null when the text is not ASCII.
     */
    public static String foldAscii(String text) {
        int n = text.length();
        StringBuilder b = null;
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
            if (!word) {
                gap = true;
                continue;
            }
            if (b == null) {
                b = new StringBuilder(n);
            } else if (gap) {
                b.append(' ');
            }
            gap = false;
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b == null ? "" : b.toString();
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

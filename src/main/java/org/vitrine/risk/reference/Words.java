package org.vitrine.risk.reference;

/**
 * Folds a title as the risk tables read it, fast: lower case, French and other Latin accents dropped (œ, æ as oe,
 * ae), every run of other characters one space, trimmed. The same result as {@code config.Fold} for French text,
 * without a Normalizer and a regular expression per title (the rules fold every title of a forecast).
 */
public final class Words {

    /** The folded form of each character up to U+017F: a letter or digit, 0 for a separator, 1 for "œ"/"æ" and beyond. */
    private static final char[] TABLE = new char[0x180];

    static {
        String from = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ";
        String to = "aaaaaaceeeeiiiinooooouuuuyy";
        for (char c = 0; c < TABLE.length; c++) {
            char l = Character.toLowerCase(c);
            int k = from.indexOf(l);
            TABLE[c] = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') ? l : k >= 0 ? to.charAt(k)
                    : l == 'œ' || l == 'æ' || Character.isLetterOrDigit(l) ? (char) 1 : (char) 0;
        }
    }

    private Words() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        char[] out = new char[text.length() * 2];
        int n = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = c < TABLE.length ? TABLE[c] : Character.isLetterOrDigit(c) ? (char) 1 : (char) 0;
            if (f > 1) {
                out[n++] = f;
                space = false;
            } else if (f == 1) {
                char l = Character.toLowerCase(c);
                if (l == 'œ' || l == 'æ') {
                    out[n++] = l == 'œ' ? 'o' : 'a';
                    out[n++] = 'e';
                } else {
                    out[n++] = l;
                }
                space = false;
            } else if (!space) {
                out[n++] = ' ';
                space = true;
            }
        }
        if (n > 0 && out[n - 1] == ' ') {
            n--;
        }
        return new String(out, 0, n);
    }
}

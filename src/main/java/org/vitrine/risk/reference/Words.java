package org.vitrine.risk.reference;

/**
 * Folds a title as the risk tables read it, fast: lower case, French and other Latin accents dropped (œ, æ as oe,
 * ae), every run of other characters one space, trimmed. The same result as {@code config.Fold} for French text,
 * without a Normalizer and a regular expression per title (the rules fold every title of a forecast).
 */
public final class Words {

    private static final String FROM = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ";
    private static final String TO = "aaaaaaceeeeiiiinooooouuuuyy";

    private Words() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
                space = false;
                continue;
            }
            int k = FROM.indexOf(c);
            if (k >= 0) {
                sb.append(TO.charAt(k));
                space = false;
            } else if (c == 'œ' || c == 'æ') {
                sb.append(c == 'œ' ? "oe" : "ae");
                space = false;
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(c);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int end = sb.length();
        return end > 0 && sb.charAt(end - 1) == ' ' ? sb.substring(0, end - 1) : sb.toString();
    }
}

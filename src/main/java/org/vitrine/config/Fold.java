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

    /** Single letters each followed by a dot, two or more ("C.H.U.", "C. C. A. S", "S.D.I.S."): an acronym spelt with dots. */
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L}\\.\\s?){2,}(?:\\p{L}(?![\\p{L}\\p{N}]))?");

    /**
     * Abbreviations of public bodies a buyer writes either way, folded, long form first (the brochure shortens
     * with the same forms, bro.short_forms): only those that name one kind of body whatever the file.
     */
    private static final java.util.List<String[]> SHORT_FORMS = java.util.List.of(
            new String[] {"centre hospitalier regional universitaire", "chru"},
            new String[] {"centre hospitalier universitaire", "chu"},
            new String[] {"centre hospitalier regional", "chr"},
            new String[] {"centre hospitalier", "ch"},
            new String[] {"service departemental d incendie et de secours", "sdis"},
            new String[] {"centre communal d action sociale", "ccas"},
            new String[] {"centre de gestion", "cdg"});

    /** "C.H.U. de Beaumont" as "CHU de Beaumont": the dots of an acronym removed, the rest of the text as it is. */
    public static String acronyms(String text) {
        if (text == null || text.indexOf('.') < 0) {
            return text;
        }
        java.util.regex.Matcher m = DOTTED_ACRONYM.matcher(text);
        StringBuilder b = new StringBuilder(text.length());
        while (m.find()) {
            boolean wordNext = m.end() < text.length() && Character.isLetterOrDigit(text.charAt(m.end()));
            boolean spaced = Character.isWhitespace(m.group().charAt(m.group().length() - 1));
            m.appendReplacement(b, m.group().replaceAll("[.\\s]", "") + (wordNext || spaced ? " " : ""));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * A buyer's name for matching: folded, dotted acronyms joined and public bodies' abbreviations spelt out, so
     * that « C.H.U. de Beaumont », « CHU de Beaumont » and « Centre hospitalier universitaire de Beaumont » match.
     */
    public static String buyerName(String name) {
        String f = " " + fold(acronyms(name)) + " ";
        for (String[] form : SHORT_FORMS) {
            f = f.replace(" " + form[1] + " ", " " + form[0] + " ");
        }
        return f.strip();
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

package org.vitrine.ingest;

/**
 * The text an xlsx print header or footer prints (« &amp;CCONFIDENTIEL » prints « CONFIDENTIEL »): XML escapes decoded,
 * Excel's codes dropped — sections &amp;L &amp;C &amp;R (a space between them), fields &amp;P &amp;N &amp;D &amp;T &amp;F
 * &amp;A &amp;Z &amp;G, styles &amp;B &amp;I &amp;U &amp;E &amp;S &amp;X &amp;Y &amp;O &amp;H, a font &amp;"Arial,Gras", a size
 * &amp;12, a colour &amp;KFF0000 or &amp;K01+000; « &amp;&amp; » prints one &amp;.
 */
final class HeaderFooterText {

    private HeaderFooterText() {
    }

    /** The printed text of a header or footer as written in the sheet part (XML escapes still in). */
    static String printed(String xml) {
        return codesDropped(unescaped(xml)).strip().replaceAll("\\s+", " ");
    }

    /** The five XML entities and character references decoded; anything else left as written. */
    static String unescaped(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int end = c == '&' ? s.indexOf(';', i) : -1;
            if (end < 0 || end - i > 10) {
                out.append(c);
                continue;
            }
            String entity = s.substring(i + 1, end);
            String decoded = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> codePoint(entity);
            };
            if (decoded == null) {
                out.append(c);
            } else {
                out.append(decoded);
                i = end;
            }
        }
        return out.toString();
    }

    private static String codePoint(String entity) {
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return Character.toString(Integer.parseInt(entity.substring(2), 16));
            }
            if (entity.startsWith("#")) {
                return Character.toString(Integer.parseInt(entity.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            // not a character: left as written
        }
        return null;
    }

    /** Excel's header and footer codes dropped (a section or a field is a space, so words on either side stay apart). */
    static String codesDropped(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '&' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char d = s.charAt(++i);
            if (d == '&') {
                out.append('&');
            } else if (d == '"') {
                int end = s.indexOf('"', i + 1);
                i = end < 0 ? s.length() : end;
            } else if (Character.isDigit(d)) {
                while (i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                    i++;
                }
            } else if (d == 'K' || d == 'k') {
                // a colour: six hex digits, or a theme colour « 01+000 » / « 01-050 »
                int j = i + 1;
                while (j < s.length() && j - i <= 6 && (Character.digit(s.charAt(j), 16) >= 0 || s.charAt(j) == '+' || s.charAt(j) == '-')) {
                    j++;
                }
                i = j - 1;
            } else {
                out.append(' '); // &L &C &R, &P, &A, &B…: none prints a word of the buyer's
            }
        }
        return out.toString();
    }
}

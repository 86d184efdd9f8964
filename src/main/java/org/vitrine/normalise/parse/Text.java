package org.vitrine.normalise.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.model.RawCell;

/** Text helpers shared by the parsers: cleaning of user text and accent-free folding for matching. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** An HTML or XML tag: "<b>", "</a>", "<img src=x>", "<!-- -->"; not "< 40 000" nor "a<b". */
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z!?][^<>]*>");

    private Text() {
    }

    /**
     * Removes control and bidi characters (they hide or reorder text), turns no-break spaces into
     * spaces, collapses white space and trims. Longer than maxChars code points: refused.
     */
    public static String clean(String s, int maxChars) throws ParseError {
        if (s == null) {
            return "";
        }
        // One pass: dropped characters skipped, every run of white space one space, trimmed.
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        int length = 0;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (dropped(c)) {
                continue;
            }
            if (space) {
                b.append(' ');
                length++;
                space = false;
            }
            b.appendCodePoint(c);
            length++;
        }
        if (length > maxChars) {
            throw new ParseError("parse.text.too_long", length, maxChars);
        }
        return b.toString();
    }

    /** What clean() turns into one space: tab, line ends, no-break and typographic spaces (other controls are dropped). */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x3000
                || c >= 0x2000 && c <= 0x200A;
    }

    /**
     * {@link #clean}, refusing markup: pages escape it, but the data exports (JSON, CSV) carry text as
     * it is, and whoever reuses them may not escape it.
     */
    public static String plain(String s, int maxChars) throws ParseError {
        return refuseMarkup(clean(s, maxChars));
    }

    /** The text itself, or a refusal quoting the first tag found. */
    public static String refuseMarkup(String text) throws ParseError {
        Matcher m = MARKUP.matcher(text);
        if (m.find()) {
            String tag = m.group();
            throw new ParseError("parse.text.html", tag.length() > 60 ? tag.substring(0, 60) + "…" : tag);
        }
        return text;
    }

    private static boolean dropped(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x200B || c == 0xFEFF;
    }

    /** Lower case without accents, punctuation kept; typographic apostrophes become '. */
    public static String unaccent(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String lower = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace("œ", "oe").replace("æ", "ae");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** For keyword matching: lower case, no accents, every run of punctuation or space a single space. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String ascii = org.vitrine.config.Fold.foldAscii(s);
        if (ascii != null) {
            return ascii;
        }
        return NOT_ALNUM.matcher(unaccent(s)).replaceAll(" ").trim();
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The cell's cleaned text; an error cell (#DIV/0!, #REF!...) is refused. */
    public static String of(RawCell cell, int maxChars) throws ParseError {
        requireValue(cell);
        return clean(cell.text(), maxChars);
    }

    /** Refuses missing, blank and error cells (callers should not pass them, but be safe). */
    public static void requireValue(RawCell cell) throws ParseError {
        if (cell == null || cell.isBlank() || cell.text() == null && cell.number() == null && cell.date() == null) {
            throw new ParseError("parse.cell.empty");
        }
        if (cell.type() == RawCell.Type.ERROR) {
            throw new ParseError("parse.cell.error", cell.text());
        }
    }

    /** True when the folded text, padded with spaces, contains the folded phrase as whole words. */
    static boolean hasWords(String folded, String phrase) {
        if (phrase.isEmpty()) {
            return (" " + folded + " ").contains("  ");
        }
        // The same as (" " + folded + " ").contains(" " + phrase + " "), without building strings.
        int len = phrase.length();
        for (int at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
            if ((at == 0 || folded.charAt(at - 1) == ' ')
                    && (at + len == folded.length() || folded.charAt(at + len) == ' ')) {
                return true;
            }
        }
        return false;
    }
}

package org.vitrine.normalise.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.model.RawCell;

/** Text helpers shared by the parsers: cleaning of user text and accent-free folding for matching. */
public final class Text {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u2000-\\u200A\\u3000]+");
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
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x2007) {
                b.append(' ');
            } else if (!dropped(c)) {
                b.appendCodePoint(c);
            }
        });
        String out = SPACES.matcher(b).replaceAll(" ").trim();
        int length = out.codePointCount(0, out.length());
        if (length > maxChars) {
            throw new ParseError("parse.text.too_long", length, maxChars);
        }
        return out;
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
        String lower = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace("œ", "oe").replace("æ", "ae");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** For keyword matching: lower case, no accents, every run of punctuation or space a single space. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        return NOT_ALNUM.matcher(unaccent(s)).replaceAll(" ").trim();
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
        return (" " + folded + " ").contains(" " + phrase + " ");
    }
}

package org.vitrine.normalise.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.model.RawCell;
import org.vitrine.text.CellText;

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
     * spaces, collapses white space and trims; a C1 control (U+0080..U+009F, left by Windows-1252 text
     * read as Latin-1) becomes the character Windows-1252 means ("d\u0092équipement" gives "d’équipement").
     * Longer than maxChars code points: refused.
     */
    public static String clean(String s, int maxChars) throws ParseError {
        return clean(s, maxChars, Repair.ignored());
    }

    /** {@link #clean}, telling each C1 character mapped in {@code repairs}. */
    public static String clean(String s, int maxChars, java.util.List<Repair> repairs) throws ParseError {
        return bounded(CellText.clean(s, notes(repairs)), maxChars);
    }

    /** The text, or a refusal when it is longer than maxChars code points. */
    private static String bounded(String s, int maxChars) throws ParseError {
        int length = s.length() <= maxChars ? s.length() : s.codePointCount(0, s.length());
        if (length > maxChars) {
            throw new ParseError("parse.text.too_long", length, maxChars);
        }
        return s;
    }

    /** The shared cleaning's notes as the buyer's repairs. */
    private static CellText.Notes notes(java.util.List<Repair> repairs) {
        return (key, value) -> repairs.add(new Repair(key, value));
    }

    /**
     * {@link #clean}, refusing markup: pages escape it, but the data exports (JSON, CSV) carry text as
     * it is, and whoever reuses them may not escape it.
     */
    public static String plain(String s, int maxChars) throws ParseError {
        return refuseMarkup(clean(s, maxChars));
    }

    /**
     * User text as a careful officer would publish it (CONTRACT §3): a formula error typed or exported
     * as text ("#REF!") is refused; HTML entities are decoded and every tag removed, closed or not
     * ("&lt;br /&gt;" and "<br>" become a space, nothing active is ever kept); C1 characters are mapped
     * as Windows-1252; a replacement character (U+FFFD, encoding damage upstream) is repaired when the
     * French word list finds exactly one accented letter that fits, else kept and reported. Each repair
     * is added to {@code repairs}. The result may be empty (a cell of control characters only).
     */
    public static String repaired(String s, int maxChars, java.util.List<Repair> repairs) throws ParseError {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        if (FormulaErrors.isError(t)) {
            throw new ParseError("parse.cell.error", t);
        }
        // the one copy of the cell cleaning, which the REST token check also applies (CellText)
        t = bounded(CellText.withoutMarkup(t, notes(repairs)), maxChars);
        if (t.indexOf('\uFFFD') >= 0) {
            t = Replacements.repair(t, repairs);
        }
        return t;
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
        if (cell.type() == RawCell.Type.TEXT && FormulaErrors.isError(cell.text().strip())) {
            throw new ParseError("parse.cell.error", cell.text().strip());
        }
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

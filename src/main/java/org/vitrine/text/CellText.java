package org.vitrine.text;

import java.text.Normalizer;

/**
 * The cell cleaning every stage shares (CONTRACT §3): control and invisible characters dropped, white space
 * collapsed, C1 characters mapped as Windows-1252, then markup removed until none is left. Below the stages so
 * that ingest (the REST token check compares what the cleaning will publish) and normalise use one copy.
 */
public final class CellText {

    /** Where a cleaning tells what it changed: a message key of {@code i18n/parse} and the value it quotes. */
    @FunctionalInterface
    public interface Notes {
        void note(String key, String value);
    }

    /** For callers that do not report what was changed. */
    public static final Notes IGNORED = (key, value) -> { };

    private CellText() {
    }

    /**
     * Removes control and bidi characters (they hide or reorder text), turns no-break spaces into spaces,
     * collapses white space and trims; a C1 control (U+0080..U+009F, left by Windows-1252 text read as
     * Latin-1) becomes the character Windows-1252 means ("d\u0092équipement" gives "d’équipement").
     */
    public static String clean(String s, Notes notes) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        StringBuilder mapped = null;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x80 && c <= 0x9F) {
                int w = windows1252(c);
                if (w >= 0) {
                    if (mapped == null) {
                        mapped = new StringBuilder();
                    }
                    mapped.append(mapped.length() == 0 ? "" : ", ").append(String.format("U+%04X → %c", c, (char) w));
                    c = w;
                }
            }
            if (isSpace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (dropped(c)) {
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.appendCodePoint(c);
        }
        if (mapped != null) {
            notes.note("parse.repair.c1", mapped.toString());
        }
        return b.toString();
    }

    /**
     * {@link #clean}, then HTML entities decoded and every tag removed, closed or not, again until nothing changes
     * (a removed tag or a decoded entity can join a new one: "<<b>img …>", "&amp;lt;img …&amp;gt;",
     * "<&#8203;img …>"), then what a browser could still take for a tag's start or end.
     */
    public static String withoutMarkup(String s, Notes notes) {
        // Control and invisible characters out before the tags are looked for: "<\u200Bimg src=x onerror=…>"
        // is no tag to a pattern, and became one once they were dropped (published whole).
        String t = clean(s, notes);
        for (int pass = 0; pass < 8; pass++) {
            String before = t;
            t = clean(Markup.strip(t, notes), notes);
            if (t.equals(before)) {
                break;
            }
        }
        return clean(Markup.inert(t, notes), notes);
    }

    /**
     * What {@link #withoutMarkup} leaves, compatibility forms folded and decomposed (NFKD), combining marks and so
     * accents dropped, every script's decimal digits as ASCII: a value as published, compared letter for letter (the
     * REST token check). Decomposed, so that a mark after each letter (« T́ḱ9x́… », attacker W) is a mark, not a letter.
     */
    public static String folded(String s) {
        return asciiDigits(withoutMarks(Normalizer.normalize(withoutMarkup(s, IGNORED), Normalizer.Form.NFKD)));
    }

    /** The letters and digits of {@code t}, lower-cased: what {@link #folded} texts are compared by. */
    public static String lettersAndDigits(String t) {
        StringBuilder b = new StringBuilder(t.length());
        t.codePoints().filter(Character::isLetterOrDigit).forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
        return b.toString();
    }

    /**
     * Every decimal digit as its ASCII digit: NFKC folds full-width and mathematical digits but not other scripts'
     * (« ٠٦ ١٢ ٣٤ ٥٦ ٨٠ », Arabic-Indic, was published), those beyond U+FFFF included.
     */
    public static String asciiDigits(String t) {
        StringBuilder b = null;
        for (int i = 0; i < t.length();) {
            int c = t.codePointAt(i);
            boolean other = c > 0x7F && Character.isDigit(c);
            if (other && b == null) {
                b = new StringBuilder(t.length()).append(t, 0, i);
            }
            if (b != null) {
                b.appendCodePoint(other ? '0' + Character.digit(c, 10) : c);
            }
            i += Character.charCount(c);
        }
        return b == null ? t : b.toString();
    }

    /**
     * The text without its combining marks (Unicode Mn, Me). After NFKC a letter's own accent is composed with it, so
     * what is left is drawn over or under the letters (« m̲a̲r̲i̲e̲ », « C̲O̲N̲F̲… », underlined with U+0332), no part
     * of a word; after NFKD the accents go too.
     */
    public static String withoutMarks(String t) {
        StringBuilder b = null;
        for (int i = 0; i < t.length();) {
            int c = t.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                if (b == null) {
                    b = new StringBuilder(t.length()).append(t, 0, i);
                }
            } else if (b != null) {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b == null ? t : b.toString();
    }

    /** The character Windows-1252 puts at byte c (0x80..0x9F), or -1 for its five unassigned bytes. */
    public static int windows1252(int c) {
        byte[] one = {(byte) c};
        String d = new String(one, WINDOWS_1252);
        char ch = d.charAt(0);
        return ch == '\uFFFD' || ch == c ? -1 : ch;
    }

    private static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");

    /**
     * What clean() turns into one space: tab, line ends, no-break and typographic spaces (other controls are dropped);
     * the line and paragraph separators U+2028, U+2029 too, which were published as « \\u2028 » escapes in needs.csv and
     * the calendar (attacker Y3): no field keeps its lines, a line break is a space there too.
     */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x3000
                || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029;
    }

    /**
     * What clean() drops: controls and every default-ignorable code point (Unicode DerivedCoreProperties: bidi marks,
     * zero-width characters, the soft hyphen, variation selectors, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0
     * that draw a letter blank, the tag characters U+E0000–E0FFF that hid a whole token in a title, attacker Y).
     * ContactsInText reads the same.
     */
    static boolean dropped(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x00AD || c == 0x034F || c == 0x061C
                || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 || (c >= 0x180B && c <= 0x180F)
                || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F)
                || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c == 0xFFA0 || (c >= 0xFFF0 && c <= 0xFFF8)
                || (c >= 0x1BCA0 && c <= 0x1BCA3) || (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE0000 && c <= 0xE0FFF);
    }
}

package org.vitrine.messages;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text as it may reach a terminal or a report: control characters (an ANSI escape in a file name, a
 * sheet name or a cell clears the screen, retitles the window or hides a line) and bidi overrides (which
 * reorder what is shown) are written as visible escapes ({@code \x1b}, {@code \u202e}). Line breaks and
 * tabs stay.
 */
public final class Visible {

    private Visible() {
    }

    /** Whether {@code c} is escaped. */
    static boolean hidden(char c) {
        return c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c >= 0x7f && c <= 0x9f
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }

    /** {@code s} with its hidden characters escaped (the same string when it has none). */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !hidden(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            append(b, s.charAt(i));
        }
        return b.toString();
    }

    /**
     * {@code s} on one line: its hidden characters and its line breaks escaped ({@code \x0a}); a tab stays.
     * For what a message quotes from input (a file, sheet or cell name): a line break in a file name
     * otherwise starts a false line on the console and a new record in rejects.csv.
     */
    public static String inline(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !hidden(s.charAt(i)) && !breaks(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (breaks(c)) {
                b.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else {
                append(b, c);
            }
        }
        return b.toString();
    }

    /** Line ends, which {@link #escape} keeps; also U+2028 and U+2029, line breaks to many readers. A tab stays. */
    private static boolean breaks(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static void append(StringBuilder b, char c) {
        if (!hidden(c)) {
            b.append(c);
        } else if (c <= 0xff) {
            b.append(String.format("\\x%02x", (int) c));
        } else {
            b.append(String.format("\\u%04x", (int) c));
        }
    }

    /** A console writer that escapes whatever is written through it. */
    public static PrintWriter writer(Writer console) {
        return new PrintWriter(new FilterWriter(console) {
            @Override
            public void write(int c) throws IOException {
                out.write(escape(String.valueOf((char) c)));
            }

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                out.write(escape(new String(cbuf, off, len)));
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                out.write(escape(str.substring(off, off + len)));
            }
        }, true);
    }
}

package org.vitrine.publish.brochure;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;

/**
 * Where the brochure may break a line: after white space, and after a slash inside a web address
 * only (written with its scheme, or from its host name on). openhtmltopdf's default breaker also breaks after hyphens and full stops, which split
 * "Beaumont-sur-|Saône" in headings, "achats@example-|chu.fr", "needs.|csv". A token without
 * spaces (a name, an e-mail, a file name, a phone number written with no-break spaces) stays whole;
 * a no-break space (U+00A0, U+202F) is not white space here, so "Durée :&#160;48 mois" never splits.
 * Follows {@link BreakIterator#next()}: each boundary in turn, the text's end last, then DONE.
 */
final class LineBreaks implements FSTextBreaker {

    private String text = "";
    private int pos;

    @Override
    public void setText(String newText) {
        // Called for every text laid out: where a stop (SIGTERM, Ctrl+C) ends a long layout, which has no
        // per-page callback (a 3,000-need brochure's layout took 18 s to notice).
        if (org.vitrine.context.StopSignal.requested()) {
            throw new java.io.UncheckedIOException(new org.vitrine.context.StopSignal.Stopped());
        }
        text = newText == null ? "" : newText;
        pos = 0;
    }

    @Override
    public int next() {
        if (pos >= text.length()) {
            return BreakIterator.DONE;
        }
        for (int i = pos + 1; i < text.length(); i++) {
            if (breaksBefore(text, i)) {
                pos = i;
                return i;
            }
        }
        pos = text.length();
        return pos;
    }

    /** Whether a line may start at {@code i} (0 &lt; i &lt; length). */
    static boolean breaksBefore(String t, int i) {
        char before = t.charAt(i - 1);
        char at = t.charAt(i);
        if (isSpace(before)) {
            return !isSpace(at); // after the whole run of spaces
        }
        if (before == '\u200B') {
            return true;
        }
        return before == '/' && at != '/' && !isSpace(at) && inWebAddress(t, i);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /**
     * The token around {@code i} is a web address before {@code i}: it holds "://", or starts with a host name
     * and its first slash ("achats.example.fr/needs/…", printed beside a QR code): it may break at its slashes.
     */
    private static boolean inWebAddress(String t, int i) {
        int start = i - 1;
        while (start > 0 && !isSpace(t.charAt(start - 1))) {
            start--;
        }
        int scheme = t.indexOf("://", start);
        if (scheme >= 0 && scheme + 3 < i) {
            return true;
        }
        int slash = t.indexOf('/', start);
        return slash > start && slash < i && HOST.matcher(t.substring(start, slash)).matches();
    }

    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)+");
}

package org.vitrine.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A byte-level scan of a worksheet or shared-strings part (UTF-8 or another ASCII-compatible encoding)
 * for the xlsx prepass: hands over each {@code <mergeCell ref>} and refuses a cell whose text is too
 * long, without parsing the XML. It keeps no text, resolves nothing (no DTD, no entity) and only reads
 * markup far enough to tell tags apart; fastexcel parses the part properly afterwards.
 *
 * <p>A cell's text is the bytes inside its {@code <v>}, {@code <t>} and {@code <f>} elements, summed
 * from one {@code <c>} or {@code <si>} start tag to the next: rich-text runs and comments cannot split a
 * huge value into pieces that each look small. Bytes bound characters from above, so the limit holds.
 */
final class SheetBytes {

    /** Receives the {@code ref} of each {@code <mergeCell>}. */
    interface MergeRefs {
        void accept(String ref);
    }

    /**
     * Receives the number (1-based) of each {@code <row>} of height zero ({@code ht="0"}), or without a height of its own
     * under {@code <sheetFormatPr zeroHeight="1">} (rows are of height zero by default): Excel shows it hidden.
     */
    interface ZeroHeightRows {
        void accept(int rowNumber);
    }

    /** The {@code r} and {@code ht} of the row start tag being read, null when absent; the last row's number. */
    private String rowR;
    private String rowHt;
    private int lastRow;
    /** The {@code zeroHeight} of the sheet's {@code <sheetFormatPr>} being read; whether it said rows are hidden by default. */
    private String formatZeroHeight;
    private boolean zeroHeightByDefault;

    /** Longest element or attribute name kept for comparison; longer ones are skipped, not stored. */
    private static final int NAME_MAX = 32;
    /** Longest {@code ref} kept: a range of two cell references is at most 21 characters. */
    private static final int REF_MAX = 64;

    /** The print headers and footers of the sheet: their element names, in the order of {@link #marks}. */
    private static final java.util.List<String> MARK_ELEMENTS = java.util.List.of("oddHeader", "oddFooter", "evenHeader", "evenFooter",
            "firstHeader", "firstFooter");
    /** Bytes of one print header or footer kept: Excel allows 255 characters, four bytes each at most. */
    private static final int MARK_MAX = 1024;
    /** The texts of the sheet's print headers and footers read so far, by element name, as written (escapes and « &amp;C » codes left). */
    private final java.util.Map<String, String> marks = new java.util.LinkedHashMap<>();
    /** The header or footer element being read, or null; its bytes so far. */
    private String markElement;
    private final java.io.ByteArrayOutputStream markBytes = new java.io.ByteArrayOutputStream();

    private final InputStream in;
    private final long maxText;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private final byte[] name = new byte[NAME_MAX];
    private int nameLen;

    SheetBytes(InputStream in, long maxText) {
        this.in = in;
        this.maxText = maxText;
    }

    private int next() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    /** The next bytes of the part into the buffer; false at its end. */
    private boolean fill() throws IOException {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
            len = 0;
            return false;
        }
        return true;
    }

    /** Reads the part to its end (so the zip budget counts every byte), handing over merge ranges. */
    void scan(MergeRefs merges) throws IOException, ReadFailure {
        scan(merges, r -> { });
    }

    /** {@link #scan(MergeRefs)}, handing over the rows of height zero too (a row without {@code r} follows the one before). */
    void scan(MergeRefs merges, ZeroHeightRows zeroHeight) throws IOException, ReadFailure {
        long text = 0;
        boolean inValue = false;
        while (pos < len || fill()) {
            // Text up to the next tag, run through in the buffer: most of the part's bytes.
            int start = pos;
            while (pos < len && buf[pos] != '<') {
                pos++;
            }
            if (inValue && (text += pos - start) > maxText) {
                throw huge();
            }
            if (markElement != null) {
                markBytes.write(buf, start, Math.min(pos - start, Math.max(0, MARK_MAX - markBytes.size())));
            }
            if (pos == len) {
                continue;
            }
            pos++; // the '<'
            int c = next();
            if (c == '/') {             // end tag
                inValue = false;
                skipTag();
                if (markElement != null) {
                    marks.putIfAbsent(markElement, markBytes.toString(StandardCharsets.UTF_8));
                    markElement = null;
                }
            } else if (c == '?') {      // processing instruction, XML declaration
                skipPastPi();
            } else if (c == '!') {
                int d = next();
                if (d == '[') {         // <![CDATA[ ... ]]>: text of the element it is in
                    text = cdata(inValue, text);
                } else if (d == '-') {  // <!-- comment -->
                    skipComment();
                } else {                // <!DOCTYPE ...>, with an internal subset perhaps: skipped, never read
                    skipDeclaration();
                }
            } else if (c >= 0) {        // start tag
                readName(c);
                if (is("c") || is("si")) {
                    text = 0;
                }
                boolean value = is("v") || is("t") || is("f");
                boolean merge = is("mergeCell");
                boolean row = is("row");
                boolean format = is("sheetFormatPr");
                rowR = null;
                rowHt = null;
                formatZeroHeight = null;
                boolean empty = attributes(merge ? merges : null, row, format);
                if (row) {
                    zeroHeightRow(zeroHeight);
                } else if (format) {
                    zeroHeightByDefault = zeroHeightByDefault(formatZeroHeight);
                }
                inValue = value && !empty;
                if (!empty) {
                    markElement = markElement(); // a print header or footer: what every printed page shows (attacker, 2d)
                    markBytes.reset();
                }
            }
        }
    }

    /** The print header or footer element whose start tag was just read ({@link #name}), or null. */
    private String markElement() {
        for (String m : MARK_ELEMENTS) {
            if (is(m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The sheet's print headers and footers read by {@link #scan}, by element name (« oddHeader »), as written: XML escapes
     * and Excel's « &amp;C » codes left ({@link HeaderFooterText} reads them).
     */
    java.util.Map<String, String> marks() {
        return marks;
    }

    private ReadFailure huge() {
        return new ReadFailure("ingest.huge_cell", maxText);
    }

    /**
     * The element or attribute name from its first byte, without namespace prefix, in {@link #name};
     * a name longer than NAME_MAX bytes is none we look for ({@code nameLen} -1).
     */
    private void readName(int first) throws IOException {
        nameLen = 0;
        boolean tooLong = false;
        int c = first;
        while (c >= 0 && c != '>' && c != '/' && c != '=' && !space(c)) {
            if (c == ':') {
                nameLen = 0;            // prefix: only the local name counts
                tooLong = false;
            } else if (nameLen < NAME_MAX) {
                name[nameLen++] = (byte) c;
            } else {
                tooLong = true;
            }
            c = next();
        }
        if (tooLong) {
            nameLen = -1;
        }
        if (c >= 0) {
            pos--;                      // the byte after the name is read again by the caller
        }
    }

    private boolean is(String local) {
        if (local.length() != nameLen) {
            return false;
        }
        for (int i = 0; i < nameLen; i++) {
            if (name[i] != local.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the attributes to the end of the start tag; hands over {@code ref} when {@code merges} is
     * given. True for an empty element ({@code <v/>}).
     */
    private boolean attributes(MergeRefs merges, boolean row, boolean format) throws IOException {
        int c;
        while ((c = next()) >= 0) {
            if (c == '>') {
                return false;
            }
            if (c == '/') {
                int d = next();
                if (d == '>') {
                    return true;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                skipPast(c);            // a value with no name before it: malformed, left to fastexcel
                continue;
            }
            if (space(c) || c == '=') {
                continue;
            }
            readName(c);
            boolean ref = merges != null && is("ref");
            boolean r = row && is("r");
            boolean ht = row && is("ht");
            boolean zero = format && is("zeroHeight");
            int q = next();
            while (q >= 0 && (space(q) || q == '=')) {
                q = next();
            }
            if (q != '"' && q != '\'') {
                if (q >= 0) {
                    pos--;
                }
                continue;
            }
            if (ref) {
                String value = quoted(q);
                if (value != null) {
                    merges.accept(value);
                }
            } else if (r) {
                rowR = quoted(q);
            } else if (ht) {
                rowHt = quoted(q);
            } else if (zero) {
                formatZeroHeight = quoted(q);
            } else {
                skipPast(q);
            }
        }
        return false;
    }

    /** The row just read: its number (its {@code r}, else the one after the last), handed over when its height is zero. */
    private void zeroHeightRow(ZeroHeightRows zeroHeight) {
        int n = lastRow + 1;
        if (rowR != null) {
            try {
                n = Integer.parseInt(rowR.strip());
            } catch (NumberFormatException e) {
                n = lastRow + 1; // an unreadable number is left to fastexcel; the count goes on
            }
        }
        lastRow = n;
        if ((OdsContent.zeroWidth(rowHt) || (zeroHeightByDefault && rowHt == null)) && n > 0) {
            zeroHeight.accept(n);
        }
    }

    /**
     * Whether a {@code zeroHeight} attribute of {@code <sheetFormatPr>} (an xsd:boolean) hides the rows without a height of their
     * own (attacker B, failure 2a: Excel shows them hidden, with no flag on the row).
     */
    static boolean zeroHeightByDefault(String zeroHeight) {
        if (zeroHeight == null) {
            return false;
        }
        String v = zeroHeight.strip();
        return v.equals("1") || v.equalsIgnoreCase("true");
    }

    /** A quoted value up to {@link #REF_MAX} bytes, or null (skipped) when longer. */
    private String quoted(int quote) throws IOException {
        byte[] v = new byte[REF_MAX];
        int n = 0;
        int c;
        while ((c = next()) >= 0 && c != quote) {
            if (n == REF_MAX) {
                skipPast(quote);
                return null;
            }
            v[n++] = (byte) c;
        }
        return new String(v, 0, n, StandardCharsets.US_ASCII);
    }

    /** Text of a CDATA section, counted when in a value; returns the new count. */
    private long cdata(boolean inValue, long text) throws IOException, ReadFailure {
        for (int i = 0; i < "CDATA[".length(); i++) {
            next();                     // the keyword itself is not text
        }
        int brackets = 0;
        int c;
        while ((c = next()) >= 0) {
            if (c == '>' && brackets >= 2) {
                return text;
            }
            brackets = c == ']' ? brackets + 1 : 0;
            if (inValue && ++text > maxText) {
                throw huge();
            }
        }
        return text;
    }

    /** Skips to the end of the tag, past quoted values. */
    private void skipTag() throws IOException {
        int c;
        while ((c = next()) >= 0 && c != '>') {
            if (c == '"' || c == '\'') {
                skipPast(c);
            }
        }
    }

    /** Skips a declaration ({@code <!DOCTYPE ... [ ... ]>}) to its end, past its internal subset and quotes. */
    private void skipDeclaration() throws IOException {
        int depth = 0;
        int c;
        while ((c = next()) >= 0) {
            if (c == '"' || c == '\'') {
                skipPast(c);
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '>' && depth == 0) {
                return;
            }
        }
    }

    private void skipPast(int end) throws IOException {
        int c;
        while ((c = next()) >= 0 && c != end) {
            // skipped
        }
    }

    /** Skips to the end of a processing instruction, "?>". */
    private void skipPastPi() throws IOException {
        int prev = -1;
        int c;
        while ((c = next()) >= 0 && !(c == '>' && prev == '?')) {
            prev = c;
        }
    }

    /** Skips to the end of a comment, "-->" (its opening "<!-" is read; the next "-" too, here). */
    private void skipComment() throws IOException {
        next();
        int prev2 = -1;
        int prev = -1;
        int c;
        while ((c = next()) >= 0 && !(c == '>' && prev == '-' && prev2 == '-')) {
            prev2 = prev;
            prev = c;
        }
    }

    private static boolean space(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}

package org.vitrine.normalise.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.model.Cpv;
import org.vitrine.model.RawCell;

/** Reads a CPV 2008 code ("30200000-1", "30.20.00.00-1", a number cell), possibly followed by its label. */
public final class CpvParser {

    // Leading digits (dots and spaces allowed between them), an optional "-d" check digit, then maybe a label.
    private static final Pattern CODE = Pattern.compile("^'?(?:cpv\\s*:?\\s*)?(\\d[\\d. ]*\\d|\\d)(?:\\s*-\\s*(\\d)(?!\\d))?(?:$|[\\s:–—-].*)", Pattern.CASE_INSENSITIVE);

    private CpvParser() {
    }

    /** Hyphens other than « - » (U+2010, U+2011, U+2012, U+2212; en and em dashes are read as such already). */
    private static final Pattern ODD_HYPHEN = Pattern.compile("[\u2010\u2011\u2012\u2212]");
    /** « 33-60-00-00 », « 33/60/00/00-6 »: digit pairs split by hyphens or slashes. */
    private static final Pattern PAIRS = Pattern.compile("^(\\d{2})[-/](\\d{2})[-/](\\d{2})[-/](\\d{2})(?:\\s*[-/]\\s*(\\d))?$");
    /** « 33600000/6 »: the check digit after a slash. */
    private static final Pattern SLASH = Pattern.compile("^(\\d{8})\\s*/\\s*(\\d)$");
    /**
     * What stands after the hyphen where a check digit should be but is none: a letter (« 33600000-X », a template's
     * placeholder) or two or three digits (« 33600000-06 »). CODE reads it as a label; a word after « - » stays one.
     */
    private static final Pattern NOT_A_CHECK_DIGIT = Pattern.compile("^\\s*-\\s*(\\p{L}|[Xx?]{1,3}|\\d{2,3})(?=$|\\s)");

    /** The code as CODE reads it: the separators buyers use in its place written as « - » (the text unchanged otherwise). */
    static String written(String text) {
        String s = ODD_HYPHEN.matcher(text.strip()).replaceAll("-");
        Matcher m = PAIRS.matcher(s);
        if (m.matches()) {
            return m.group(1) + m.group(2) + m.group(3) + m.group(4) + (m.group(5) == null ? "" : "-" + m.group(5));
        }
        m = SLASH.matcher(s);
        if (m.matches()) {
            return m.group(1) + "-" + m.group(2);
        }
        return s.equals(text.strip()) ? text : s;
    }

    public static Cpv parse(RawCell cell, CpvCatalogue catalogue) throws ParseError {
        return parse(cell, catalogue, Repair.ignored());
    }

    /**
     * {@link #parse}, with the repairs a careful officer makes (CONTRACT §3), each added to {@code repairs}:
     * a code of 7 digits lost its leading zero (a number cell, or text copied from one) and is left-padded;
     * a wrong check digit on a code that exists is corrected.
     */
    public static Cpv parse(RawCell cell, CpvCatalogue catalogue, java.util.List<Repair> repairs) throws ParseError {
        return parse(cell, catalogue, "fr", repairs);
    }

    /** {@link #parse}, a repair naming the code with its label in {@code lang} (fr or en). */
    public static Cpv parse(RawCell cell, CpvCatalogue catalogue, String lang, java.util.List<Repair> repairs) throws ParseError {
        Text.requireValue(cell);
        String digits;
        boolean rewritten = false;
        String check = null;
        String notACheck = null;
        String shown;
        if (cell.type() == RawCell.Type.NUMBER && cell.number() != null) {
            double n = cell.number();
            shown = cell.text();
            if (n != Math.rint(n) || n <= 0 || n > 999_999_999) {
                throw new ParseError("parse.cpv.format", shown);
            }
            // A number cell loses leading zeros: 3000000 is 03000000.
            digits = String.format("%08d", (long) n);
            if (n < 10_000_000 && n >= 1_000_000 && catalogue.exists(digits)) {
                repairs.add(new Repair("parse.repair.cpv_padded", shown, catalogue.fullCode(digits)));
            }
        } else {
            shown = Text.of(cell, 500);
            String written = written(shown);
            // « 33600000/6 », « 33-60-00-00 », « 33600000‑6 » (a non-breaking hyphen): the eight digits are right
            rewritten = !written.equals(shown);
            Matcher m = CODE.matcher(written);
            if (!m.matches()) {
                throw new ParseError("parse.cpv.format", shown);
            }
            digits = m.group(1).replace(".", "").replace(" ", "");
            check = m.group(2);
            Matcher after = NOT_A_CHECK_DIGIT.matcher(written.substring(m.end(1)));
            if (check == null && after.find()) {
                notACheck = after.group(1);
            }
            if (digits.length() == 7 && catalogue.exists("0" + digits)) {
                // Text copied from a number cell: the leading zero is gone ("3111000" is 03111000, seeds).
                digits = "0" + digits;
                repairs.add(new Repair("parse.repair.cpv_padded", shown, catalogue.fullCode(digits)));
            }
        }
        if (digits.length() == 9 && check == null) {
            check = digits.substring(8);
            digits = digits.substring(0, 8);
        }
        if (digits.length() != 8) {
            throw new ParseError("parse.cpv.format", shown);
        }
        String full = catalogue.fullCode(digits);
        if (full == null) {
            throw new ParseError("parse.cpv.unknown", check == null ? digits : digits + "-" + check);
        }
        String expected = full.substring(full.indexOf('-') + 1);
        if (check != null && !check.equals(expected)) {
            // The eight digits name a real code: only the check digit is wrong, so the code is the one meant.
            repairs.add(new Repair("parse.repair.cpv_check_digit", digits + "-" + check, full + " " + catalogue.label(digits, lang)));
        }
        if (notACheck != null) {
            // The eight digits are read; the buyer learns the code's own check digit (CPV 2008) to write instead.
            repairs.add(new Repair("parse.repair.cpv_not_a_check_digit", shown, full, expected));
        }
        if (rewritten) {
            repairs.add(new Repair("parse.repair.cpv_written", shown, full));
        }
        return catalogue.cpv(digits);
    }
}

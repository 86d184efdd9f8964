package org.vitrine.ingest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.vitrine.model.RawCell;
import org.vitrine.text.AmountUnits;

/**
 * The euro unit a spreadsheet number format shows (issue 22, outside officer U): a cell holding 45 formatted
 * {@code #,##0 "k€"} shows « 45 k€ » and means 45 000 €; one holding 45 000 formatted {@code #,##0,"k€"} shows the
 * same (each comma right of the last digit placeholder divides the display by 1 000). The buyer sees the display,
 * so the display and its unit are what the cell says. A format that names no euro unit changes nothing: the stored
 * number is the value (a scaling comma alone only hides the thousands).
 */
final class NumberFormats {

    /** A literal that is only a euro unit: « k€ », « K€ », « M€ », « keur », « k€ HT », « milliers d'euros ». */
    private static final Pattern UNIT = Pattern.compile("^(?:(" + AmountUnits.letters() + ")\\s*(?:€|" + AmountUnits.euros()
            + ")?|(" + AmountUnits.codes() + ")|(" + AmountUnits.words() + ")\\s*(?:d'|de )?\\s*" + AmountUnits.euros() + "?)"
            + "\\s*(?:ht|h\\.t\\.)?$");

    private NumberFormats() {
    }

    /**
     * The cell a number formatted {@code format} is: the plain number, or — when the format names a euro unit — the
     * amount in euros with the display as its text (« 45 k€ »), so that messages quote what the buyer sees and the
     * amount's parser knows the cell states its unit.
     */
    static RawCell number(double value, String format) {
        if (format == null || format.indexOf('"') < 0 && format.indexOf('\\') < 0 && format.indexOf('[') < 0) {
            return RawCell.number(value);
        }
        Parsed p = memo(PARSED, format, NumberFormats::parse);
        if (p.unit == null) {
            return RawCell.number(value);
        }
        long factor = AmountUnits.factor(p.unit);
        if (factor <= 1) {
            return RawCell.number(value);
        }
        BigDecimal shown = BigDecimal.valueOf(value).movePointLeft(3 * p.scalingCommas);
        BigDecimal euros = shown.multiply(BigDecimal.valueOf(factor));
        String text = shown.stripTrailingZeros().toPlainString().replace('.', ',') + " " + p.literal;
        return RawCell.numberShown(euros.doubleValue(), text);
    }

    /**
     * The cell a date formatted {@code format} is: a month when the format shows a month and no day nor time
     * (« mmm-yy », Excel's built-in 17, « mmmm yyyy », « mm/yyyy », « [$-40C]mmm-yy »), so that no day is invented;
     * else the day.
     */
    static RawCell date(java.time.LocalDateTime value, String format) {
        boolean month = showsMonthNotDay(format);
        // messages quote the cell as the buyer sees it (« oct.-26 »), the parsers read its ISO text
        return (month ? RawCell.month(value) : RawCell.date(value)).withDisplay(DateDisplay.of(value, format, month));
    }

    static boolean showsMonthNotDay(String format) {
        return format != null && memo(MONTH_NOT_DAY, format, NumberFormats::readsMonthNotDay);
    }

    private static boolean readsMonthNotDay(String format) {
        // the first section's codes, without quoted literals, escaped characters and [..] (locale, colour)
        String codes = QUOTED.matcher(format.split(";", 2)[0]).replaceAll("");
        codes = BRACKETED.matcher(ESCAPED.matcher(codes).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
        return codes.indexOf('m') >= 0 && codes.indexOf('d') < 0 && codes.indexOf('h') < 0 && codes.indexOf('s') < 0;
    }

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"?");
    private static final Pattern ESCAPED = Pattern.compile("\\\\.");
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*\\]?");

    /**
     * What a format means, read once per format string: a workbook has a few formats and thousands of cells. Bounded,
     * as a hostile file may bring any number of formats (the ones past the bound are read each time).
     */
    private static final int MEMO_LIMIT = 1_000;
    private static final Map<String, Boolean> MONTH_NOT_DAY = new ConcurrentHashMap<>();
    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

    private static <V> V memo(Map<String, V> memo, String format, Function<String, V> read) {
        V known = memo.get(format);
        if (known == null) {
            known = read.apply(format);
            if (memo.size() < MEMO_LIMIT) {
                memo.put(format, known);
            }
        }
        return known;
    }

    private record Parsed(String literal, String unit, int scalingCommas) {
    }

    /** The first section's literal text and its scaling commas (those right of the last digit placeholder). */
    static Parsed parse(String format) {
        StringBuilder literal = new StringBuilder();
        int commas = 0;
        boolean afterDigits = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == ';') {
                break; // the positive section only
            } else if (c == '"') {
                int end = format.indexOf('"', i + 1);
                end = end < 0 ? format.length() : end;
                literal.append(format, i + 1, end);
                i = end;
            } else if (c == '\\' && i + 1 < format.length()) {
                literal.append(format.charAt(++i));
            } else if (c == '[') {
                int end = format.indexOf(']', i + 1);
                end = end < 0 ? format.length() : end;
                String inside = format.substring(i + 1, end);
                if (inside.startsWith("$")) { // a currency such as [$k€-40C]: its text before the locale
                    int dash = inside.indexOf('-');
                    literal.append(inside, 1, dash < 0 ? inside.length() : dash);
                }
                i = end;
            } else if (c == '0' || c == '#' || c == '?') {
                afterDigits = true;
                commas = 0;
            } else if (c == ',' && afterDigits) {
                commas++;
            } else if (c == '€') {
                literal.append(c);
            } else if (c != ' ' && c != '_' && c != '*' && c != '.') {
                afterDigits = afterDigits && c == ',';
            }
        }
        String lit = literal.toString().strip();
        String folded = java.text.Normalizer.normalize(lit.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('\u2019', '\'');
        var m = UNIT.matcher(folded);
        String unit = !m.matches() ? null : m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        // a comma before a decimal point is a thousands separator, not a scaling one: only trailing commas count
        return new Parsed(lit, unit, Math.min(commas, 3));
    }

    /**
     * The text a cell shows through its text format (the section with « @ »: `"CONFIDENTIEL – "@` shows « CONFIDENTIEL –
     * Achat de licences »), or null when the format adds no literal text. Attacker A, failure 3e: a displayed stamp is a
     * stamp, so the stamp check reads this too; nothing of it is published.
     */
    public static String textShown(String text, String format) {
        if (text == null || format == null || format.indexOf('"') < 0 && format.indexOf('\\') < 0) {
            return null;
        }
        StringBuilder section = new StringBuilder();
        StringBuilder shown = null;
        boolean quoted = false;
        for (int i = 0; i <= format.length(); i++) {
            char ch = i < format.length() ? format.charAt(i) : ';';
            if (!quoted && ch == ';') {
                String s = section.toString();
                if (s.indexOf('\u0000') >= 0) { // the text section: its literals around the text
                    shown = new StringBuilder(s.replace("\u0000", text));
                    break;
                }
                section.setLength(0);
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (quoted) {
                section.append(ch);
            } else if (ch == '\\' && i + 1 < format.length()) {
                section.append(format.charAt(++i));
            } else if (ch == '@') {
                section.append('\u0000');
            } else if (ch == '_' || ch == '*') {
                i++; // a padding or repeated character: space, not text
            }
        }
        String out = shown == null ? null : shown.toString().strip();
        return out == null || out.equals(text.strip()) ? null : out;
    }
}

package org.vitrine.model;

import java.time.LocalDateTime;

/**
 * One cell as a reader found it, before any parsing. {@code text} is always set (the display text,
 * or the plain number, or the error code such as {@code #DIV/0!}); {@code number} is set for number
 * cells, {@code date} for cells the file itself marks as dates. {@code formula} tells a formula
 * result (used to spot summary rows such as {@code =SUM(...)}). {@code display} is what the buyer sees when it
 * differs from {@code text}: a date cell's text is ISO for the parsers ({@code 2026-10-15}, {@code 2026-10}), its
 * display the cell's own format ({@code 15/10/2026}, {@code oct.-26}); null when the text is the display.
 */
public record RawCell(Type type, String text, Double number, LocalDateTime date, String formula, String display) {

    public RawCell(Type type, String text, Double number, LocalDateTime date, String formula) {
        this(type, text, number, date, formula, null);
    }

    public enum Type { TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    public static RawCell text(String text) {
        return new RawCell(Type.TEXT, text, null, null, null);
    }

    public static RawCell number(double value) {
        return new RawCell(Type.NUMBER, plain(value), value, null, null);
    }

    /** A number shown with its unit by the cell's format (« 45 k€ » for 45 000): the text is what the buyer sees. */
    public static RawCell numberShown(double value, String shown) {
        return new RawCell(Type.NUMBER, shown, value, null, null);
    }

    public static RawCell date(LocalDateTime value) {
        return new RawCell(Type.DATE, value.toLocalDate().toString(), null, value, null);
    }

    /**
     * A date cell whose number format shows no day (Excel's « mmm-yy », « mmmm yyyy »): the buyer typed a month, so
     * the text is the month ({@code 2027-03}), which the date parser reads as the whole month.
     */
    public static RawCell month(LocalDateTime value) {
        return new RawCell(Type.DATE, value.toLocalDate().toString().substring(0, 7), null, value, null);
    }

    public static RawCell error(String code) {
        return new RawCell(Type.ERROR, code, null, null, null);
    }

    public static RawCell bool(boolean value) {
        return new RawCell(Type.BOOLEAN, value ? "TRUE" : "FALSE", null, null, null);
    }

    /** The same cell, remembering the formula that produced it. */
    public RawCell withFormula(String f) {
        return new RawCell(type, text, number, date, f, display);
    }

    /** The same cell, shown to the buyer as {@code shown} (a date cell's format applied); unchanged when null. */
    public RawCell withDisplay(String shown) {
        return shown == null || shown.equals(text) ? this : new RawCell(type, text, number, date, formula, shown);
    }

    /** The cell as a message quotes it (« Valeur lue »): what the buyer sees in the spreadsheet. */
    public String shown() {
        return display != null ? display : text;
    }

    /** True when the cell holds nothing but white space. */
    public boolean isBlank() {
        return type == Type.TEXT && (text == null || text.isBlank());
    }

    /** A number without a useless ".0" and without exponent: 2027.0 gives "2027". */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

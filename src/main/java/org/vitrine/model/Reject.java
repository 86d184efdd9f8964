package org.vitrine.model;

/**
 * One problem a person can act on: where (file, sheet, row as seen in the spreadsheet, column
 * header), the raw value, why, and what to do. {@code row} is null for a whole-file problem.
 * {@code buyer} routes the line to that buyer's feedback file. {@code kind} is {@link #REJECT} (the row
 * or file is not published) or {@link #WARNING} (published, with a field left empty or a value repaired:
 * CONTRACT §3).
 */
public record Reject(String source, String file, String sheet, Integer row, String column, String value,
        String reason, String fix, String buyer, String kind) {

    public static final String REJECT = "reject";
    public static final String WARNING = "warning";

    /** A reject line (the row or the file is not published). */
    public Reject(String source, String file, String sheet, Integer row, String column, String value,
            String reason, String fix, String buyer) {
        this(source, file, sheet, row, column, value, reason, fix, buyer, REJECT);
    }

    public boolean isWarning() {
        return WARNING.equals(kind);
    }

    /** The same line as a warning. */
    public Reject asWarning() {
        return new Reject(source, file, sheet, row, column, value, reason, fix, buyer, WARNING);
    }

    /** The same line routed to another buyer's feedback. */
    public Reject withBuyer(String newBuyer) {
        return new Reject(source, file, sheet, row, column, value, reason, fix, newBuyer, kind);
    }
}

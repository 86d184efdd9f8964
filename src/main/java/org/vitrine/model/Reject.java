package org.vitrine.model;

/**
 * One problem a person can act on: where (file, sheet, row as seen in the spreadsheet, column
 * header), the raw value, why, and what to do. {@code row} is null for a whole-file problem.
 * {@code buyer} routes the line to that buyer's feedback file.
 */
public record Reject(String source, String file, String sheet, Integer row, String column, String value,
        String reason, String fix, String buyer) {
}

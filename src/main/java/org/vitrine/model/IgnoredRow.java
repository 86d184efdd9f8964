package org.vitrine.model;

/**
 * A row read and skipped as no need — a total ({@code total}), a note under the table ({@code note}), a section
 * heading ({@code heading}) — with its text, so the buyer can see which rows they were (officer Z2, N2: « 2 lignes
 * … ignorées » left the CHU unable to tell its headings from a lost need).
 */
public record IgnoredRow(String sheet, int row, String kind, String text) {

    public static final String TOTAL = "total";
    public static final String NOTE = "note";
    public static final String HEADING = "heading";
}

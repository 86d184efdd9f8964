package org.vitrine.model;

/** Where a record came from, as the user sees it: source name, file, sheet and 1-based row number. */
public record Location(String source, String file, String sheet, int row) {
}

package org.vitrine.model;

import java.util.List;

/**
 * A rejected row of a known buyer, with the text of its cells that may name a current contract (reference, remarks,
 * framework) and why it was rejected: a missing renewal whose award id it names points to it instead of asking for a
 * row the buyer already wrote (officer Z3). Internal: the text is never published.
 */
public record RejectedRow(String buyer, String file, String sheet, int row, String text, String reason) {

    /** The fields whose text may name the current contract, as the award matcher reads them (reference, remarks). */
    static final List<String> NAMING = List.of("reference", "remarks", "framework_award");

    /** The row's naming text and first reason, or null when no buyer is known or nothing in it could name a contract. */
    public static RejectedRow of(RawRecord raw, List<Reject> rejects) {
        Reject first = rejects.stream().filter(r -> !r.isWarning() && r.buyer() != null).findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String f : NAMING) {
            RawCell c = raw.get(f);
            if (c != null && c.text() != null && !c.text().isBlank()) {
                text.append(text.length() == 0 ? "" : " ").append(c.text().strip());
            }
        }
        if (text.length() == 0) {
            return null;
        }
        String value = first.value() == null || first.value().isBlank() ? "" : " « " + first.value() + " »";
        return new RejectedRow(first.buyer(), raw.location().file(), raw.location().sheet(), raw.location().row(), text.toString(),
                first.column() + value + " : " + first.reason());
    }
}

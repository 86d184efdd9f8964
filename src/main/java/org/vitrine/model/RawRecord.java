package org.vitrine.model;

import java.util.Map;
import java.util.Set;

/**
 * One planned purchase as read from a source, before parsing: canonical field name to raw cell,
 * and canonical field name to the header the user wrote (for messages). {@code others} holds the
 * cells no field reads — columns not recognised (by header) and cell comments (by "comment " + header)
 * — which are never published but say whether the row is confidential. {@code absent} names the
 * required fields whose column the sheet lacks: the file-level diagnosis tells that once, not per row.
 */
public record RawRecord(Location location, Map<String, RawCell> fields, Map<String, String> headers,
        Map<String, String> others, Set<String> absent) {

    public RawRecord(Location location, Map<String, RawCell> fields, Map<String, String> headers) {
        this(location, fields, headers, Map.of(), Set.of());
    }

    public RawCell get(String field) {
        return fields.get(field);
    }

    public String header(String field) {
        return headers.getOrDefault(field, field);
    }
}

package org.vitrine.model;

import java.util.Map;

/**
 * One planned purchase as read from a source, before parsing: canonical field name to raw cell,
 * and canonical field name to the header the user wrote (for messages).
 */
public record RawRecord(Location location, Map<String, RawCell> fields, Map<String, String> headers) {

    public RawCell get(String field) {
        return fields.get(field);
    }

    public String header(String field) {
        return headers.getOrDefault(field, field);
    }
}

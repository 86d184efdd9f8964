package org.vitrine.model;

/** One field that changed since the previous edition, with its old and new values as text. */
public record FieldChange(String field, String old, String value) {
}

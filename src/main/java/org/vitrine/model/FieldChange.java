package org.vitrine.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One field that changed since the previous edition, with its old and new values as text. Published
 * as {@code {field, old, new}} (CONTRACT §4); {@code new} is a Java keyword, hence {@code value} here.
 */
public record FieldChange(String field, String old, @JsonProperty("new") String value) {
}

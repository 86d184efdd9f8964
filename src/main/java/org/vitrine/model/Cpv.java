package org.vitrine.model;

import java.util.Map;

/** A CPV 2008 code with its check digit ({@code 30200000-1}) and its labels by language. */
public record Cpv(String code, Map<String, String> labels) {
}

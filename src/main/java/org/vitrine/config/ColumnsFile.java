package org.vitrine.config;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * config/columns.yaml as written: canonical field to its French and English header names, for the
 * needs ({@code fields}) and for the public questions and answers of {@code qa} sources ({@code questions}).
 */
public record ColumnsFile(LinkedHashMap<String, Field> fields, LinkedHashMap<String, Field> questions) {

    public record Field(Boolean required, List<String> fr, List<String> en) {
    }
}

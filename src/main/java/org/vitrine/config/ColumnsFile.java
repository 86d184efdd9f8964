package org.vitrine.config;

import java.util.LinkedHashMap;
import java.util.List;

/** config/columns.yaml as written: canonical field to its French and English header names. */
public record ColumnsFile(LinkedHashMap<String, Field> fields) {

    public record Field(Boolean required, List<String> fr, List<String> en) {
    }
}

package org.vitrine.config;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * config/columns.yaml as written: canonical field to its French and English header names, for the
 * needs ({@code fields}), for the public questions and answers of {@code qa} sources ({@code questions}) and
 * for a workbook's sheet of lots ({@code lots}: one row per lot of a need).
 */
public record ColumnsFile(LinkedHashMap<String, Field> fields, LinkedHashMap<String, Field> questions,
        LinkedHashMap<String, Field> lots) {

    public record Field(Boolean required, List<String> fr, List<String> en) {
    }
}

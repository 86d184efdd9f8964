package org.vitrine.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Recognises headers (config/columns.yaml): folded header text to canonical field. */
public final class ColumnMap {

    private final Map<String, String> fieldByFoldedHeader = new HashMap<>();
    /** Second chance: the header's meaning ({@link HeaderKey}); a key two fields share is left out. */
    private final Map<String, String> fieldByKey = new HashMap<>();
    private final LinkedHashMap<String, ColumnsFile.Field> fields;

    /** The needs' columns of columns.yaml, or another table of fields (the questions' columns). */
    ColumnMap(LinkedHashMap<String, ColumnsFile.Field> table) throws ConfigError {
        this.fields = table;
        for (Map.Entry<String, ColumnsFile.Field> e : fields.entrySet()) {
            List<String> names = new ArrayList<>();
            if (e.getValue().fr() != null) {
                names.addAll(e.getValue().fr());
            }
            if (e.getValue().en() != null) {
                names.addAll(e.getValue().en());
            }
            for (String name : names) {
                String previous = fieldByFoldedHeader.putIfAbsent(Fold.fold(name), e.getKey());
                if (previous != null && !previous.equals(e.getKey())) {
                    throw new ConfigError("config.columns.ambiguous", name, previous, e.getKey());
                }
                String key = HeaderKey.of(name);
                if (!key.isEmpty()) {
                    String before = fieldByKey.putIfAbsent(key, e.getKey());
                    if (before != null && !before.equals(e.getKey())) {
                        fieldByKey.put(key, AMBIGUOUS);
                    }
                }
            }
        }
    }

    private static final String AMBIGUOUS = "";

    /** The headers of a sheet of lots (columns.yaml {@code lots}), or null when there is none. */
    private ColumnMap lots;

    public ColumnMap lots() {
        return lots;
    }

    void lots(ColumnMap table) {
        this.lots = table;
    }

    /** The canonical field for a header as written, or null when unknown. */
    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("[(\\[][^()\\[\\]]*[)\\]]");
    private static final java.util.regex.Pattern TAX = java.util.regex.Pattern.compile("\\b(?:ttc|ht|tva|vat|hors taxes?|toutes taxes)\\b");

    public String fieldFor(String header) {
        if (header == null) {
            return null;
        }
        String f = fieldByFoldedHeader.get(Fold.fold(header));
        if (f == null) {
            f = fieldByKey.get(HeaderKey.of(header));
        }
        // the values a template lists in brackets after the header (« Famille d'achat (travaux / fournitures /
        // services) », officer Z3) are no part of its name; a tax in brackets is (« Montant (TTC) » is no HT amount)
        String bare = BRACKETS.matcher(header).replaceAll(" ").strip();
        if (f == null && !bare.equals(header.strip()) && !bare.isEmpty() && !TAX.matcher(Fold.fold(header)).find()) {
            f = fieldFor(bare);
        }
        return f == null || f.isEmpty() ? null : f;
    }

    /** True when a header shares a meaningful word with one of the field's names ("Montant TTC" and the amount). */
    public boolean related(String field, String header) {
        java.util.Set<String> words = java.util.Set.of(HeaderKey.of(header).split(" "));
        for (String name : names(field)) {
            for (String w : HeaderKey.of(name).split(" ")) {
                if (!w.isEmpty() && words.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The header names of a field as columns.yaml lists them (French, then English). */
    public List<String> names(String field) {
        ColumnsFile.Field f = fields.get(field);
        List<String> names = new ArrayList<>();
        if (f != null && f.fr() != null) {
            names.addAll(f.fr());
        }
        if (f != null && f.en() != null) {
            names.addAll(f.en());
        }
        return names;
    }

    public boolean isRequired(String field) {
        ColumnsFile.Field f = fields.get(field);
        return f != null && Boolean.TRUE.equals(f.required());
    }

    /** The fields in the file's order. */
    public List<String> fields() {
        return List.copyOf(fields.keySet());
    }

    /**
     * The headers to suggest for a column the buyer's file lacks: the field's first {@code max} names in the language,
     * a name that is another's singular or plural not counted again (« Remarques, Commentaire, Observations »).
     */
    public List<String> suggested(String field, String lang, int max) {
        ColumnsFile.Field f = fields.get(field);
        List<String> names = f == null ? null : ("en".equals(lang) ? f.en() : f.fr());
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String n : names == null ? List.<String>of() : names) {
            if (out.size() < max && seen.add(n.endsWith("s") ? n.substring(0, n.length() - 1) : n)) {
                out.add(n);
            }
        }
        return out.isEmpty() ? List.of(field) : out;
    }

    /** The header to show for a field: its first name in the language. */
    public String headerFor(String field, String lang) {
        ColumnsFile.Field f = fields.get(field);
        List<String> names = f == null ? null : ("en".equals(lang) ? f.en() : f.fr());
        return names == null || names.isEmpty() ? field : names.get(0);
    }
}

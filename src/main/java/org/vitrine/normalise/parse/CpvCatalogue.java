package org.vitrine.normalise.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.vitrine.model.Cpv;

/**
 * The CPV 2008 vocabulary shipped in /reference/cpv2008.csv; check digits are looked up, never computed. The official
 * file is kept as published; its few typos are corrected as it is read, each listed in /reference/cpv-errata.csv.
 */
public final class CpvCatalogue {

    private static final String RESOURCE = "/reference/cpv2008.csv";
    private static final String ERRATA = "/reference/cpv-errata.csv";

    /** One code with its check digit ("30200000-1") and its labels, errata applied. */
    public record Entry(String code, String fr, String en) {
    }

    private final Map<String, Entry> byDigits;
    private final List<Entry> entries;

    private CpvCatalogue(Map<String, Entry> byDigits, List<Entry> entries) {
        this.byDigits = byDigits;
        this.entries = entries;
    }

    private static final class Holder {
        static final CpvCatalogue INSTANCE = read();
    }

    /** The shared catalogue, read once. */
    public static CpvCatalogue load() {
        return Holder.INSTANCE;
    }

    private static CpvCatalogue read() {
        Map<String, Entry> map = new LinkedHashMap<>(16384);
        for (CSVRecord rec : ReferenceCsv.read(RESOURCE)) {
            String code = rec.get("code").trim();
            map.put(digits(code), new Entry(code, rec.get("label_fr").trim(), rec.get("label_en").trim()));
        }
        correct(map, ReferenceCsv.read(ERRATA));
        return new CpvCatalogue(Map.copyOf(map), List.copyOf(map.values()));
    }

    /**
     * Applies the errata table ({@code code,lang,official,corrected,source}) to {@code map}. An erratum whose official
     * label is not the file's (a new official file, corrected or changed) stops the load: it is re-checked, never
     * applied to another text.
     */
    static void correct(Map<String, Entry> map, List<CSVRecord> errata) {
        for (CSVRecord rec : errata) {
            String code = rec.get("code").trim();
            Entry e = map.get(digits(code));
            String lang = rec.get("lang").trim();
            String official = e == null ? null : "en".equals(lang) ? e.en() : e.fr();
            if (!rec.get("official").trim().equals(official)) {
                throw new IllegalStateException(ERRATA + " erratum " + rec.getRecordNumber() + ": " + code
                        + " (" + lang + ") no longer reads « " + rec.get("official").trim() + " » in " + RESOURCE + " but « " + official + " »");
            }
            String corrected = rec.get("corrected").trim();
            map.put(digits(code), "en".equals(lang) ? new Entry(e.code(), e.fr(), corrected) : new Entry(e.code(), corrected, e.en()));
        }
    }

    /** Every code in the official file's order, errata applied: what the suggester and the risk rules read. */
    public List<Entry> entries() {
        return entries;
    }

    /** The eight digits of a code with or without its check digit. */
    static String digits(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }

    public int size() {
        return byDigits.size();
    }

    /** True when the eight digits (a check digit may follow) name a CPV 2008 code. */
    public boolean exists(String code) {
        return code != null && byDigits.containsKey(digits(code));
    }

    /** The full code with its check digit ("30200000-1"), or null when unknown. */
    public String fullCode(String code) {
        Entry e = code == null ? null : byDigits.get(digits(code));
        return e == null ? null : e.code();
    }

    /** The label in "fr" or "en" (French for any other language), or null when the code is unknown. */
    public String label(String code, String lang) {
        Entry e = code == null ? null : byDigits.get(digits(code));
        if (e == null) {
            return null;
        }
        return "en".equals(lang) ? e.en() : e.fr();
    }

    /** The code as the model holds it, labels in the order fr, en; null when unknown. */
    public Cpv cpv(String code) {
        Entry e = code == null ? null : byDigits.get(digits(code));
        if (e == null) {
            return null;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("fr", e.fr());
        labels.put("en", e.en());
        return new Cpv(e.code(), Collections.unmodifiableMap(labels));
    }

    /** The division: the first two digits ("30" for 30200000-1). */
    public static String division(String code) {
        return classCode(code, 2);
    }

    /** The first depth digits of the code: 2 division, 3 group, 4 class, 5 category. */
    public static String classCode(String code, int depth) {
        String d = digits(code);
        if (depth < 1 || depth > d.length()) {
            throw new IllegalArgumentException("depth " + depth + " for " + code);
        }
        return d.substring(0, depth);
    }
}

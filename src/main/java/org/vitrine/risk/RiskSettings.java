package org.vitrine.risk;

import java.util.List;
import java.util.Map;

/**
 * config/risks.yaml: per rule code, {@code enabled}, {@code severity} and the rule's own parameters.
 * A rule absent from the file runs with its defaults.
 */
public final class RiskSettings {

    /** The stable codes of CONTRACT §6. */
    public static final List<String> CODES = List.of("PARTIAL_COVERAGE", "LOW_COMPETITION", "CALENDAR_CLASH",
            "TIGHT_SCHEDULE", "CONTINUITY_GAP", "THRESHOLD_EDGE", "SPLIT_SUSPECT", "NOT_ALLOTTED", "AMOUNT_CUT",
            "WORKLOAD_PEAK", "GROUPING_OPPORTUNITY", "CPV_IMPRECISE", "SHORT_NOTICE", "INCOMPLETE");

    private final Map<String, Map<String, Object>> rules;

    public RiskSettings(Map<String, Map<String, Object>> rules) {
        this.rules = rules == null ? Map.of() : rules;
    }

    public static RiskSettings defaults() {
        return new RiskSettings(Map.of());
    }

    private Map<String, Object> of(String code) {
        Map<String, Object> m = rules.get(code);
        return m == null ? Map.of() : m;
    }

    public boolean enabled(String code) {
        return !Boolean.FALSE.equals(of(code).get("enabled"));
    }

    public String severity(String code, String fallback) {
        Object s = of(code).get("severity");
        return s == null ? fallback : s.toString();
    }

    public int intParam(String code, String name, int fallback) {
        Object v = of(code).get(name);
        return v instanceof Number n ? n.intValue() : v == null ? fallback : Integer.parseInt(v.toString().strip());
    }

    public double doubleParam(String code, String name, double fallback) {
        Object v = of(code).get(name);
        return v instanceof Number n ? n.doubleValue() : v == null ? fallback : Double.parseDouble(v.toString().strip());
    }

    public String stringParam(String code, String name, String fallback) {
        Object v = of(code).get(name);
        return v == null ? fallback : v.toString();
    }

    @SuppressWarnings("unchecked")
    public List<String> listParam(String code, String name, List<String> fallback) {
        Object v = of(code).get(name);
        return v instanceof List<?> l ? (List<String>) l.stream().map(Object::toString).toList() : fallback;
    }

    /** A map of numbers, e.g. days per procedure code; missing entries fall back to the defaults given. */
    public Map<String, Integer> intMapParam(String code, String name, Map<String, Integer> fallback) {
        Object v = of(code).get(name);
        if (!(v instanceof Map<?, ?> m)) {
            return fallback;
        }
        Map<String, Integer> out = new java.util.HashMap<>(fallback);
        m.forEach((k, x) -> out.put(k.toString(), x instanceof Number n ? n.intValue() : Integer.parseInt(x.toString().strip())));
        return out;
    }
}

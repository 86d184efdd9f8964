package org.vitrine.config;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * config/risks.yaml (docs/RISKS.md version 2): per rule code {@code enabled}, {@code severity} and the rule's own
 * parameters; {@code common}, the tables several rules share; {@code tracking}, the staff's status file. A rule
 * absent from the file runs with its defaults. {@link #check} refuses unknown codes, codes of version 1 that no
 * longer exist (naming their replacement), unknown parameters and values of the wrong type.
 */
public final class RiskSettings {

    /** The stable codes of docs/RISKS.md version 2, in the order of its sections. */
    public static final List<String> CODES = List.of("LIVE_DURING_EVENT", "MAPA_ABOVE_THRESHOLD", "THRESHOLD_EDGE",
            "AMOUNT_CUT", "SPLIT_SUSPECT", "NOT_ALLOTTED", "DESIGN_CONTEST_MISSING", "TIGHT_SCHEDULE", "BID_PERIOD_SHORT", "CONTINUITY_GAP",
            "FRAMEWORK_DURATION", "FRAMEWORK_MAXIMUM", "SHORT_NOTICE",
            "HOLIDAY_DEADLINE", "PARTIAL_COVERAGE", "LOW_COMPETITION", "COVERAGE_UNKNOWN", "INCOMPLETE", "CPV_IMPRECISE",
            "CPV_MISMATCH", "DEADLINE_CONGESTION", "SHARED_START", "GROUPING_OPPORTUNITY", "WORKLOAD_PEAK");

    /** Codes of version 1 that version 2 removed, with the code that replaces them. */
    public static final Map<String, String> RETIRED = Map.of("CALENDAR_CLASH", "DEADLINE_CONGESTION");

    /** The only codes that may ever be shown in public files (RISKS.md §5): the buyer's statement or a calendar fact. */
    public static final List<String> PUBLIC_ALLOWED = List.of("PARTIAL_COVERAGE", "LOW_COMPETITION", "COVERAGE_UNKNOWN",
            "DEADLINE_CONGESTION");

    /** The tracking file's default name, in the config folder. */
    public static final String DEFAULT_TRACKING = "suivi-risques.csv";

    private enum Type { BOOLEAN, TEXT, INT, NUMBER, INT_MAP }

    private static final Map<String, Type> EVERY_RULE = Map.of("enabled", Type.BOOLEAN, "severity", Type.TEXT);

    /** Each rule's own parameters and their type. */
    private static final Map<String, Map<String, Type>> PARAMS = params();

    private static final Map<String, Type> COMMON = Map.of("responseDays", Type.INT_MAP, "minimumDays", Type.INT_MAP,
            "entityMinimumDays", Type.INT_MAP,
            "legalityCheckDays", Type.INT, "legalityCheckFrom", Type.NUMBER, "dueWeeksBeforeLaunch", Type.INT,
            "nearPercent", Type.NUMBER);

    private final Map<String, Map<String, Object>> rules;
    private final Map<String, Object> common;
    private final String tracking;

    public RiskSettings(Map<String, Map<String, Object>> rules) {
        this(rules, Map.of(), null);
    }

    public RiskSettings(Map<String, Map<String, Object>> rules, Map<String, Object> common, String tracking) {
        this.rules = rules == null ? Map.of() : rules;
        this.common = common == null ? Map.of() : common;
        this.tracking = tracking;
    }

    public static RiskSettings defaults() {
        return new RiskSettings(Map.of());
    }

    private static Map<String, Map<String, Type>> params() {
        Map<String, Map<String, Type>> p = new HashMap<>();
        for (String code : CODES) {
            p.put(code, new LinkedHashMap<>(EVERY_RULE));
        }
        p.get("MAPA_ABOVE_THRESHOLD").put("socialSeverity", Type.TEXT);
        p.get("THRESHOLD_EDGE").put("nearPercent", Type.NUMBER);
        p.get("THRESHOLD_EDGE").put("fittedPercent", Type.NUMBER);
        p.get("AMOUNT_CUT").put("nearPercent", Type.NUMBER);
        p.get("SPLIT_SUSPECT").put("worksMonths", Type.INT);
        p.get("SPLIT_SUSPECT").put("worksSeverity", Type.TEXT);
        p.get("SPLIT_SUSPECT").put("programmeSeverity", Type.TEXT);
        p.get("NOT_ALLOTTED").put("multiTradeWorksFrom", Type.NUMBER);
        p.get("SHORT_NOTICE").put("weeks", Type.INT);
        p.get("SHORT_NOTICE").put("maxSuppliers", Type.INT);
        p.get("SHORT_NOTICE").put("frozenDays", Type.INT);
        p.get("SHORT_NOTICE").put("supplyMaxSuppliers", Type.INT);
        p.get("SHORT_NOTICE").put("moveEventShare", Type.INT);
        p.get("CONTINUITY_GAP").put("minGapDays", Type.INT);
        p.get("CONTINUITY_GAP").put("windowShare", Type.NUMBER);
        p.get("BID_PERIOD_SHORT").put("mapaDays", Type.INT);
        p.get("SHARED_START").put("firstOfJanuary", Type.BOOLEAN);
        p.get("GROUPING_OPPORTUNITY").put("dueMonthsBeforeLaunch", Type.INT);
        p.get("GROUPING_OPPORTUNITY").put("minTotal", Type.NUMBER);
        p.get("HOLIDAY_DEADLINE").put("summerDays", Type.INT);
        p.get("HOLIDAY_DEADLINE").put("winterDays", Type.INT);
        p.get("HOLIDAY_DEADLINE").put("clearDays", Type.INT);
        p.get("LOW_COMPETITION").put("maxSuppliers", Type.INT);
        p.get("INCOMPLETE").put("launchSeverity", Type.TEXT);
        p.get("INCOMPLETE").put("maxRangeRatio", Type.NUMBER);
        p.get("DEADLINE_CONGESTION").put("windowDays", Type.INT);
        p.get("DEADLINE_CONGESTION").put("maxDeadlineWindowDays", Type.INT);
        p.get("DEADLINE_CONGESTION").put("minNeeds", Type.INT);
        p.get("DEADLINE_CONGESTION").put("fewSuppliers", Type.INT);
        p.get("DEADLINE_CONGESTION").put("widelySupplied", Type.BOOLEAN);
        p.get("DEADLINE_CONGESTION").put("energy", Type.BOOLEAN);
        p.get("DEADLINE_CONGESTION").put("maxListed", Type.INT);
        p.get("SHARED_START").put("minNeeds", Type.INT);
        p.get("SHARED_START").put("maxSuppliers", Type.INT);
        p.get("SHARED_START").put("maxListed", Type.INT);
        p.get("GROUPING_OPPORTUNITY").put("withinDays", Type.INT);
        p.get("GROUPING_OPPORTUNITY").put("maxRatio", Type.NUMBER);
        p.get("GROUPING_OPPORTUNITY").put("maxListed", Type.INT);
        p.get("SPLIT_SUSPECT").put("maxListed", Type.INT);
        p.get("WORKLOAD_PEAK").put("capacity", Type.INT_MAP);
        p.get("WORKLOAD_PEAK").put("maxListed", Type.INT);
        return p;
    }

    /** Refuses what the rules could not use, naming the file, the rule and the key (exit 2). */
    public static void check(RisksFile file, String fileName) throws ConfigError {
        Map<String, Map<String, Object>> rules = file.rules() == null ? Map.of() : file.rules();
        for (Map.Entry<String, Map<String, Object>> e : rules.entrySet()) {
            String code = e.getKey();
            if (RETIRED.containsKey(code)) {
                throw new ConfigError("config.risks.retired_code", fileName, code, RETIRED.get(code));
            }
            if (!CODES.contains(code)) {
                throw new ConfigError("config.risks.unknown_code", code, String.join(", ", CODES));
            }
            Map<String, Type> known = PARAMS.get(code);
            if (e.getValue() == null) {
                continue;
            }
            for (Map.Entry<String, Object> p : e.getValue().entrySet()) {
                Type t = known.get(p.getKey());
                if (t == null) {
                    throw new ConfigError("config.risks.unknown_param", fileName, code, p.getKey(),
                            String.join(", ", known.keySet()));
                }
                checkValue(fileName, code + "." + p.getKey(), t, p.getValue());
            }
        }
        Map<String, Object> common = file.common() == null ? Map.of() : file.common();
        for (Map.Entry<String, Object> p : common.entrySet()) {
            Type t = COMMON.get(p.getKey());
            if (t == null) {
                throw new ConfigError("config.risks.unknown_param", fileName, "common", p.getKey(),
                        String.join(", ", COMMON.keySet()));
            }
            checkValue(fileName, "common." + p.getKey(), t, p.getValue());
        }
    }

    private static void checkValue(String fileName, String key, Type t, Object v) throws ConfigError {
        boolean ok = switch (t) {
            case BOOLEAN -> v instanceof Boolean;
            case TEXT -> v == null || v instanceof String;
            case INT -> v instanceof Integer || v instanceof Long;
            case NUMBER -> v instanceof Number;
            case INT_MAP -> v instanceof Map<?, ?> m && m.values().stream().allMatch(x -> x instanceof Integer || x instanceof Long);
        };
        if (key.endsWith(".severity") || key.endsWith("Severity")) {
            ok = ok && List.of("high", "medium", "low").contains(String.valueOf(v));
        }
        if (!ok) {
            throw new ConfigError("config.risks.bad_value", fileName, key, String.valueOf(v));
        }
    }

    /** Refuses a public code that is not allowed (RISKS.md §5) or does not exist, naming it (exit 2). */
    public static void checkPublicCodes(List<String> codes) throws ConfigError {
        if (codes == null) {
            return;
        }
        for (String code : codes) {
            if (RETIRED.containsKey(code)) {
                throw new ConfigError("config.risks.public_retired", code, RETIRED.get(code), String.join(", ", PUBLIC_ALLOWED));
            }
            if (!PUBLIC_ALLOWED.contains(code)) {
                throw new ConfigError(CODES.contains(code) ? "config.risks.public_not_allowed" : "config.risks.public_unknown",
                        code, String.join(", ", PUBLIC_ALLOWED));
            }
        }
    }

    private Map<String, Object> of(String code) {
        Map<String, Object> m = rules.get(code);
        return m == null ? Map.of() : m;
    }

    public boolean enabled(String code) {
        return !Boolean.FALSE.equals(of(code).get("enabled"));
    }

    public String severity(String code, String fallback) {
        return stringParam(code, "severity", fallback);
    }

    public int intParam(String code, String name, int fallback) {
        return of(code).get(name) instanceof Number n ? n.intValue() : fallback;
    }

    public boolean boolParam(String code, String name, boolean fallback) {
        return of(code).get(name) instanceof Boolean b ? b : fallback;
    }

    public double doubleParam(String code, String name, double fallback) {
        return of(code).get(name) instanceof Number n ? n.doubleValue() : fallback;
    }

    public String stringParam(String code, String name, String fallback) {
        Object v = of(code).get(name);
        return v == null ? fallback : v.toString();
    }

    /** A map of numbers (days per procedure, capacity per buyer); the entries given replace the defaults'. */
    public Map<String, Integer> intMapParam(String code, String name, Map<String, Integer> fallback) {
        return intMap(of(code).get(name), fallback);
    }

    /** A table of {@code common} (read once: rules ask for it for every need). */
    public Map<String, Integer> commonIntMap(String name, Map<String, Integer> fallback) {
        return commonMaps.computeIfAbsent(name, k -> Map.copyOf(intMap(common.get(name), fallback)));
    }

    private final Map<String, Map<String, Integer>> commonMaps = new java.util.concurrent.ConcurrentHashMap<>();

    public int commonInt(String name, int fallback) {
        return common.get(name) instanceof Number n ? n.intValue() : fallback;
    }

    public double commonDouble(String name, double fallback) {
        return common.get(name) instanceof Number n ? n.doubleValue() : fallback;
    }

    /** The staff's status file, relative to the config folder. */
    public String tracking() {
        return tracking == null ? DEFAULT_TRACKING : tracking;
    }

    private static Map<String, Integer> intMap(Object v, Map<String, Integer> fallback) {
        if (!(v instanceof Map<?, ?> m)) {
            return fallback;
        }
        Map<String, Integer> out = new HashMap<>(fallback);
        m.forEach((k, x) -> out.put(k.toString(), ((Number) x).intValue()));
        return out;
    }
}

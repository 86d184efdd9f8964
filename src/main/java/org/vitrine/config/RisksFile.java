package org.vitrine.config;

import java.util.Map;

/**
 * config/risks.yaml as written: {@code rules}, rule code to its settings (enabled, severity, parameters);
 * {@code common}, the tables several rules share (bid periods, minimum days, legality check); {@code tracking},
 * the staff's status file, relative to the config folder.
 */
public record RisksFile(Map<String, Map<String, Object>> rules, Map<String, Object> common, String tracking) {
}

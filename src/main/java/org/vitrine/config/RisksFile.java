package org.vitrine.config;

import java.util.Map;

/** config/risks.yaml as written: rule code to its settings (enabled, severity, parameters). */
public record RisksFile(Map<String, Map<String, Object>> rules) {
}

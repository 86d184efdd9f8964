package org.vitrine.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;
import org.vitrine.publish.PublicView;

/** config/risks.yaml and risks.publicCodes are checked: retired, unknown and private codes are refused with their reason. */
class RiskSettingsTest {

    private static String message(ConfigError e) {
        return Messages.of("fr").get(e.key(), e.args());
    }

    @Test
    void refusesCalendarClashNamingItsReplacement() {
        ConfigError e = assertThrows(ConfigError.class, () -> RiskSettings.check(
                new RisksFile(Map.of("CALENDAR_CLASH", Map.of("enabled", true)), null, null), "risks.yaml"));
        assertTrue(message(e).contains("CALENDAR_CLASH n’existe plus") && message(e).contains("remplacée par DEADLINE_CONGESTION"), message(e));
    }

    @Test
    void refusesAnUnknownParameterOrAWrongValue() {
        ConfigError e = assertThrows(ConfigError.class, () -> RiskSettings.check(
                new RisksFile(Map.of("LOW_COMPETITION", Map.of("minSuppliers", 3)), null, null), "risks.yaml"));
        assertTrue(message(e).contains("« minSuppliers »") && message(e).contains("maxSuppliers"), message(e));
        assertThrows(ConfigError.class, () -> RiskSettings.check(
                new RisksFile(Map.of("LOW_COMPETITION", Map.of("severity", "grave")), null, null), "risks.yaml"));
        assertThrows(ConfigError.class, () -> RiskSettings.check(new RisksFile(Map.of(), Map.of("legalityDays", 15), null), "risks.yaml"));
    }

    @Test
    void refusesAPublicCodeThatMayNotBePublic() {
        ConfigError e = assertThrows(ConfigError.class, () -> RiskSettings.checkPublicCodes(List.of("PARTIAL_COVERAGE", "GROUPING_OPPORTUNITY")));
        assertTrue(message(e).contains("GROUPING_OPPORTUNITY, qui ne peut pas être publié"), message(e));
        assertThrows(ConfigError.class, () -> RiskSettings.checkPublicCodes(List.of("CALENDAR_CLASH")));
        assertThrows(ConfigError.class, () -> RiskSettings.checkPublicCodes(List.of("NOPE")));
        assertDoesNotThrow(() -> RiskSettings.checkPublicCodes(PublicView.DEFAULT_PUBLIC_RISKS));
    }

    @Test
    void theShippedFileIsValidAndSetsEveryParameterOfEveryRule() throws Exception {
        RisksFile file = new ObjectMapper(new YAMLFactory()).readValue(Path.of("config/risks.yaml").toFile(), RisksFile.class);
        assertDoesNotThrow(() -> RiskSettings.check(file, "risks.yaml"));
        assertEquals(RiskSettings.CODES.size(), file.rules().size(), "every rule is in the file");
        String text = Files.readString(Path.of("config/risks.yaml"));
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#") && l.contains(":") && !l.endsWith(":")) {
                assertTrue(l.contains("#") || line.startsWith("      ") || l.startsWith("tracking") || l.startsWith("enabled"),
                        "a comment on: " + line);
            }
        }
        for (Map.Entry<String, Map<String, Object>> e : file.rules().entrySet()) {
            assertTrue(e.getValue().containsKey("enabled") && e.getValue().containsKey("severity"), e.getKey());
        }
    }

    @Test
    void aRuleAbsentFromTheFileRunsWithItsDefaults() {
        RiskSettings s = RiskSettings.defaults();
        assertTrue(s.enabled("DEADLINE_CONGESTION"));
        assertEquals("medium", s.severity("DEADLINE_CONGESTION", "medium"));
        assertEquals(RiskSettings.DEFAULT_TRACKING, s.tracking());
    }
}

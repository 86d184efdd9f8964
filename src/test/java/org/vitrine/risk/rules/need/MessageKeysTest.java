package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.Threshold;
import org.vitrine.risk.Thresholds;

/** Both bundles hold every key the rules use: English must not fall back to French unnoticed. */
class MessageKeysTest {

    private static final Path SOURCES = Path.of("src/main/java/org/vitrine/risk/rules/need");
    private static final Pattern KEY = Pattern.compile("\"(risk\\.[A-Z][A-Z_]*(?:\\.[a-z_]+)*)\"");

    private static Properties load(String name) throws IOException {
        try (InputStream in = MessageKeysTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static final Properties FR;
    private static final Properties EN;

    static {
        try {
            FR = load("risk-need");
            EN = load("risk-need_en");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> keysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static void inBoth(String key) {
        assertTrue(FR.containsKey(key), "French bundle lacks " + key);
        assertTrue(EN.containsKey(key), "English bundle lacks " + key);
    }

    @Test
    void everyKeyTheRulesUseIsInBothLanguages() throws IOException {
        Set<String> keys = keysInSources();
        assertTrue(keys.size() >= 15, "the scan found the message keys: " + keys);
        keys.forEach(MessageKeysTest::inBoth);
    }

    @Test
    void everyRuleHasATitleAndAPublicInvitationInBothLanguages() {
        for (RiskRule r : NeedRules.all()) {
            inBoth("risk." + r.code() + ".title");
            inBoth("risk." + r.code() + ".public");
            inBoth("risk." + r.code());
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(FR.stringPropertyNames()), new TreeSet<>(EN.stringPropertyNames()));
    }

    @Test
    void everyPatternParses() {
        for (Properties p : new Properties[] {FR, EN}) {
            for (String key : p.stringPropertyNames()) {
                new MessageFormat(p.getProperty(key), Locale.FRENCH); // throws on a broken pattern
            }
        }
    }

    @Test
    void englishHasNoSingleStraightApostrophe() {
        // MessageFormat swallows a lone ' and the text after it
        for (String key : EN.stringPropertyNames()) {
            assertFalse(EN.getProperty(key).replace("''", "").contains("'"), key);
        }
    }

    @Test
    void everyIncompleteItemHasALabel() {
        for (String item : new String[] {"contact", "amount_range", "launch_precision", "procedure", "duration", "separator"}) {
            inBoth("label.risk.INCOMPLETE." + item);
        }
    }

    @Test
    void everyThresholdTheRulesCanQuoteHasALabel() {
        Set<String> ids = new HashSet<>();
        for (String kind : new String[] {"central", "local", "utility", "defence", ""}) {
            for (String category : new String[] {"works", "supplies", "services"}) {
                for (LocalDate d : new LocalDate[] {LocalDate.of(2026, 2, 1), LocalDate.of(2027, 6, 1), LocalDate.of(2029, 1, 1)}) {
                    Thresholds.load().applicable(kind, category, d).stream().map(Threshold::id).forEach(ids::add);
                }
            }
        }
        assertTrue(ids.size() >= 8, ids.toString());
        ids.forEach(id -> inBoth("label.risk.threshold." + id));
    }

    @Test
    void eachRuleHasItsCodeAndDefaultSeverity() {
        var expected = new java.util.LinkedHashMap<String, String>();
        expected.put("PARTIAL_COVERAGE", "medium");
        expected.put("LOW_COMPETITION", "medium");
        expected.put("TIGHT_SCHEDULE", "high");
        expected.put("CONTINUITY_GAP", "high");
        expected.put("THRESHOLD_EDGE", "medium");
        expected.put("NOT_ALLOTTED", "medium");
        expected.put("AMOUNT_CUT", "medium");
        expected.put("CPV_IMPRECISE", "low");
        expected.put("SHORT_NOTICE", "medium");
        expected.put("INCOMPLETE", "low");
        var actual = new java.util.LinkedHashMap<String, String>();
        NeedRules.all().forEach(r -> actual.put(r.code(), r.defaultSeverity()));
        assertEquals(expected, actual);
        Set<String> open = new TreeSet<>();
        NeedRules.all().stream().filter(RiskRule::openOpportunitiesOnly).forEach(r -> open.add(r.code()));
        assertEquals(Set.of("TIGHT_SCHEDULE", "THRESHOLD_EDGE", "NOT_ALLOTTED"), open);
    }
}

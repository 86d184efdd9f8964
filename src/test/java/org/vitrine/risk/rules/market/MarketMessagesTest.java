package org.vitrine.risk.rules.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vitrine.risk.RiskRule;

/** Every key the market rules use is in both bundles, with the same figures, and formats. */
class MarketMessagesTest {

    /** Per code, the two argument indexes of the CPV label (French, English). */
    private static final java.util.Map<String, List<String>> LABELS = java.util.Map.of("CALENDAR_CLASH", List.of("5", "6"),
            "SPLIT_SUSPECT", List.of("4", "5"), "WORKLOAD_PEAK", List.of(), "GROUPING_OPPORTUNITY", List.of("3", "4"));

    private static final Pattern ARG = Pattern.compile("\\{(\\d+)");

    private static Properties bundle(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MarketMessagesTest.class.getResourceAsStream("/i18n/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (RiskRule rule : MarketRules.all()) {
            for (String suffix : List.of("", ".title", ".public")) {
                keys.add("risk." + rule.code() + suffix);
            }
        }
        keys.add("risk.CALENDAR_CLASH.possible");
        keys.add("risk.SPLIT_SUSPECT.works");
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"risk-market.properties", "risk-market_en.properties"})
    void everyUsedKeyIsInTheBundleAndFormats(String file) throws IOException {
        Properties p = bundle(file);
        Properties fr = bundle("risk-market.properties");
        Object[] args = {2, 2, 2, 2, 2, 2, 2, 2, 2};
        for (String key : keys()) {
            String pattern = p.getProperty(key);
            assertTrue(pattern != null && !pattern.isBlank(), file + " lacks " + key);
            // the CPV label comes in French and English: each bundle uses one of the two
            TreeSet<String> own = args(pattern);
            TreeSet<String> french = args(fr.getProperty(key));
            own.removeAll(LABELS.get(key.split("\\.")[1]));
            french.removeAll(LABELS.get(key.split("\\.")[1]));
            assertEquals(french, own, key + ": same figures in both languages");
            String text = new MessageFormat(pattern, Locale.ROOT).format(args);
            assertFalse(text.contains("{"), key + ": " + text);
        }
        assertEquals(new TreeSet<>(bundle("risk-market.properties").stringPropertyNames()),
                new TreeSet<>(p.stringPropertyNames()), "same keys in both languages");
    }

    private static TreeSet<String> args(String pattern) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}

package org.vitrine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.vitrine.config.RiskSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vitrine.risk.reference.Markets;

/**
 * Both languages hold every risk message the rules use, each code's title and known false-alarm causes, and a public
 * text for exactly the codes that may be public; French apostrophes are typographic.
 */
class MessageKeysTest {

    private static Properties load(String name) throws IOException {
        Properties all = new Properties();
        for (String b : new String[] {"risk-need", "risk-market"}) {
            try (InputStream in = MessageKeysTest.class.getResourceAsStream("/i18n/" + b + name + ".properties")) {
                all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return all;
    }

    private static final Pattern KEY = Pattern.compile("\"(risk\\.[A-Z][A-Z_]*(?:\\.[a-z_]+)*)\"");

    @Test
    void everyKeyTheRulesUseIsInBothLanguages() throws IOException {
        Properties fr = load("");
        Properties en = load("_en");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/vitrine/risk"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 20, used.toString());
        for (String k : used) {
            assertTrue(fr.containsKey(k), "fr " + k);
            assertTrue(en.containsKey(k), "en " + k);
        }
        assertEquals(fr.keySet(), en.keySet(), "the same keys in both languages");
    }

    @Test
    void everyCodeHasATitleAndItsFalseAlarmCausesAndOnlyPublicCodesAPublicText() throws IOException {
        for (Properties p : new Properties[] {load(""), load("_en")}) {
            for (String code : RiskSettings.CODES) {
                assertTrue(p.containsKey("risk." + code + ".title"), code);
                assertTrue(p.containsKey("risk." + code + ".fp"), code);
                assertEquals(RiskSettings.PUBLIC_ALLOWED.contains(code), p.containsKey("risk." + code + ".public"), code);
            }
        }
    }

    @Test
    void everyMarketFamilyHasALabel() throws IOException {
        Properties fr = load("");
        for (String line : Files.readAllLines(Path.of("src/main/resources/reference/markets.csv"))) {
            String[] cells = line.split(",");
            if (!line.startsWith("#") && cells.length > 2 && !cells[1].equals("bespoke") && !cells[1].equals("kind")
                    && !cells[2].equals("own-code")) { // a line keeping its code's own market names no family
                assertTrue(fr.containsKey("label.market." + cells[2]), cells[2]);
                // a line with title words (its last cell) is reached by a title holding its first word
                String title = cells[cells.length - 1].split("\\|")[0];
                assertTrue(Markets.load().of((cells[0] + "00000000").substring(0, 8), title) != null, cells[0]);
            }
        }
    }

    @Test
    void frenchApostrophesAreTypographic() throws IOException {
        load("").forEach((k, v) -> assertFalse(v.toString().contains("'"), k + " = " + v));
    }

    /** A count followed by a noun that takes its number: « 1 jours » (lawyer F, D13) is a choice format missing. */
    private static final Pattern SINGULAR_OF_PLURAL = Pattern.compile(
            "(?<![\\d,.\u00A0\u202F])1 (jours|semaines|besoins|offres|acheteurs|marchés|lots|days|weeks|needs|bids|buyers|contracts)\\b");

    @Test
    void aCountOfOneTakesTheSingularInEveryRiskAndReportMessage() throws IOException {
        for (String lang : new String[] {"", "_en"}) {
            Properties all = load(lang);
            try (InputStream in = MessageKeysTest.class.getResourceAsStream("/i18n/app" + lang + ".properties")) {
                Properties app = new Properties();
                app.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                app.forEach((k, v) -> {
                    if (k.toString().startsWith("risk") || k.toString().startsWith("awards")) {
                        all.put(k, v);
                    }
                });
            }
            // every argument 1: a choice picks its « 1# » branch, a bare {n,number,integer} prints 1
            Object[] ones = new Object[30];
            java.util.Arrays.fill(ones, 1);
            Set<String> wrong = new TreeSet<>();
            for (String k : all.stringPropertyNames()) {
                String text;
                try {
                    text = new java.text.MessageFormat(all.getProperty(k), java.util.Locale.FRENCH).format(ones);
                } catch (IllegalArgumentException e) {
                    continue; // an argument that must be a date or a string: not a count
                }
                Matcher m = SINGULAR_OF_PLURAL.matcher(text);
                // a count inside a choice branch cannot take a choice of its own (ChoiceFormat splits at every « | »):
                // there, procedure days, never under 15 by law (R2161-2 ff.)
                if (m.find() && !k.equals("risk.CONTINUITY_GAP.estimate")) {
                    wrong.add(k + ": « " + m.group() + " »");
                }
            }
            assertTrue(wrong.isEmpty(), lang + " " + wrong);
        }
    }
}

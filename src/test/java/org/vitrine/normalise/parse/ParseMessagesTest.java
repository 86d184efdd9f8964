package org.vitrine.normalise.parse;

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
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;

/** Every key a parser throws has a reason and a fix, in French and in English. */
class ParseMessagesTest {

    private static final Pattern THROWN = Pattern.compile("\"(parse\\.[a-z_]+(?:\\.[a-z_]+)+)\"");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ParseMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> thrownKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/vitrine/normalise/parse"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = THROWN.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyThrownKeyHasReasonAndFixInBothLanguages() throws IOException {
        Properties fr = bundle("parse");
        Properties en = bundle("parse_en");
        Set<String> thrown = thrownKeys();
        assertTrue(thrown.size() > 30, "keys found: " + thrown);
        for (String key : thrown) {
            for (String k : new String[] {key, key + ".fix"}) {
                assertTrue(fr.containsKey(k), "missing in parse.properties: " + k);
                assertTrue(en.containsKey(k), "missing in parse_en.properties: " + k);
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysEachWithAFix() throws IOException {
        Properties fr = bundle("parse");
        Properties en = bundle("parse_en");
        assertEquals(new TreeSet<>(fr.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : fr.stringPropertyNames()) {
            if (!key.endsWith(".fix")) {
                assertTrue(fr.containsKey(key + ".fix"), "no fix for " + key);
            }
        }
    }

    @Test
    void messagesAreValidMessageFormatPatterns() throws IOException {
        for (String name : new String[] {"parse", "parse_en"}) {
            Properties p = bundle(name);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                assertFalse(LONE_APOSTROPHE.matcher(pattern).find(), name + " " + key + ": write an apostrophe as ''");
                String out = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"A", "B", "C"});
                assertFalse(out.contains("{"), name + " " + key + ": " + out);
            }
        }
    }

    @Test
    void theApplicationBundlesShowTheParseMessages() {
        assertEquals("Chiffre de contrôle erroné dans « 30200000-7 » : le chiffre de contrôle attendu est 1",
                Messages.of("fr").get("parse.cpv.check_digit", "30200000-7", "1"));
        assertEquals("Wrong check digit in \"30200000-7\": the expected check digit is 1",
                Messages.of("en").get("parse.cpv.check_digit", "30200000-7", "1"));
        assertEquals("Écrivez une durée d'au moins un mois.", Messages.of("fr").get("parse.duration.zero.fix"));
    }
}

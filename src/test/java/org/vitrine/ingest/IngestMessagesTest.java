package org.vitrine.ingest;

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

/** Every ingest.* key used in the readers exists, with its .fix, in French and English. */
class IngestMessagesTest {

    private static Set<String> keysInCode() throws IOException {
        return keysInCode(Pattern.compile("\"(ingest\\.[a-z_]+)\""));
    }

    /** Every key the code names, sub-keys included (« ingest.no_buyer.organiser », « ingest.no_buyer.fix_column »). */
    private static Set<String> keysAndSubKeysInCode() throws IOException {
        return keysInCode(Pattern.compile("\"(ingest\\.[a-z_.]+)\""));
    }

    private static Set<String> keysInCode(Pattern key) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/vitrine/ingest"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    /** The named bundle, empty when it does not exist (bundles are owned by different parts of the code). */
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = IngestMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    /** Reads the files themselves: a ResourceBundle would fall back on French for a missing English key. */
    private static boolean defined(String key, String suffix) throws IOException {
        for (String base : new String[] {"ingest", "app", "parse", "template", "cli"}) {
            String pattern = bundle(base + suffix).getProperty(key);
            if (pattern != null && !pattern.isBlank()) {
                new MessageFormat(pattern, Locale.ROOT); // throws on a broken pattern
                return true;
            }
        }
        return false;
    }

    @Test
    void everyKeyInCodeHasReasonAndFixInBothLanguages() throws IOException {
        Set<String> keys = keysInCode();
        assertTrue(keys.containsAll(Set.of("ingest.empty", "ingest.encrypted", "ingest.zip_bomb", "ingest.too_many_rows")), keys.toString());
        for (String k : keys) {
            for (String full : new String[] {k, k + ".fix"}) {
                assertTrue(defined(full, ""), "French bundles lack " + full);
                assertTrue(defined(full, "_en"), "English bundles lack " + full);
            }
        }
    }

    @Test
    void ingestBundlesHoldNoUnusedKeyAndTheSameKeysInBothLanguages() throws IOException {
        Set<String> keys = keysAndSubKeysInCode();
        Properties fr = bundle("ingest");
        Properties en = bundle("ingest_en");
        assertEquals(fr.keySet(), en.keySet());
        for (Object k : fr.keySet()) {
            String key = k.toString().replaceFirst("\\.fix$", "");
            assertTrue(keys.contains(key) || keys.contains(k.toString()), "unused key " + k);
        }
    }

    @Test
    void messagesRenderAccentsAndApostrophes() {
        String fr = Messages.of("fr").get("ingest.too_many_rows", "Besoins", 10);
        assertEquals("L'onglet « Besoins » dépasse la limite de 10 lignes remplies (limits.maxRowsPerSheet dans vitrine.yaml).", fr);
        assertFalse(Messages.of("en").get("ingest.encrypted.fix").contains("''"));
        assertTrue(Messages.of("fr").get("ingest.encrypted").contains("protégé"));
    }
}

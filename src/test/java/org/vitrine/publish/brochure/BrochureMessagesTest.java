package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vitrine.messages.Messages;

/** Every brochure label exists in French and English, and every key the templates use exists. */
class BrochureMessagesTest {

    @Test
    void sameKeysInBothLanguages() throws Exception {
        assertEquals(keys("/i18n/brochure.properties"), keys("/i18n/brochure_en.properties"));
    }

    @Test
    void templatesUseKnownKeys() throws Exception {
        Messages fr = Messages.of("fr");
        Messages en = Messages.of("en");
        // A key built from a prefix ("cat.reserved.who." + type) is not matched: BrochureTextTest reads its texts.
        Pattern key = Pattern.compile("msg\\.get\\([\"']([a-z_.]+[a-z_])[\"']");
        try (var files = Files.list(Path.of("templates/brochure"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    assertTrue(fr.has(m.group(1)) && en.has(m.group(1)), f + ": " + m.group(1));
                }
            }
        }
    }

    private static TreeSet<String> keys(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = BrochureMessagesTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}

package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every message with a choice gives, for many figures, the text MessageFormat itself gives. */
class CompiledMessageTest {

    private static final String[] BUNDLES = {"i18n/app", "i18n/ingest", "i18n/parse", "i18n/template", "i18n/risk-need",
        "i18n/risk-market", "i18n/catalogue", "i18n/brochure"};

    @Test
    void choicesWithFiguresFormatAsMessageFormatDoes() {
        int checked = 0;
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            for (String name : BUNDLES) {
                ResourceBundle b = ResourceBundle.getBundle(name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String key : b.keySet()) {
                    String pattern = b.getString(key);
                    if (!pattern.contains("choice")) {
                        continue;
                    }
                    CompiledMessage compiled = new CompiledMessage(pattern, locale);
                    MessageFormat reference = new MessageFormat(pattern, locale);
                    for (Object[] args : args()) {
                        assertEquals(reference.format(args), compiled.format(args), key + " " + locale);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 100, "messages with a choice were found: " + checked);
    }

    /** Figures on every argument (0, 1, 2, 12, 1,500, -3, 2.5), then text on all but one. */
    private static Object[][] args() {
        Object[] values = {0, 1, 2, 12, 1500, -3, 2.5};
        Object[][] out = new Object[values.length * 2][];
        for (int v = 0; v < values.length; v++) {
            Object[] all = new Object[10];
            java.util.Arrays.fill(all, values[v]);
            out[v] = all;
            Object[] mixed = new Object[10];
            for (int i = 0; i < 10; i++) {
                mixed[i] = i == v % 4 ? values[v] : Integer.valueOf(values.length - i + v);
            }
            out[values.length + v] = mixed;
        }
        return out;
    }
}

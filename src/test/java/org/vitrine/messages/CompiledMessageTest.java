package org.vitrine.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every message gives, for many figures, texts and dates, the text MessageFormat itself gives. */
class CompiledMessageTest {

    private static final String[] BUNDLES = {"i18n/app", "i18n/ingest", "i18n/parse", "i18n/template", "i18n/risk-need",
        "i18n/risk-market", "i18n/catalogue", "i18n/brochure"};

    @Test
    void everyMessageFormatsAsMessageFormatDoes() {
        int checked = 0;
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            for (String name : BUNDLES) {
                ResourceBundle b = ResourceBundle.getBundle(name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String key : b.keySet()) {
                    String pattern = b.getString(key);
                    MessageFormat reference;
                    try {
                        reference = new MessageFormat(pattern, locale);
                    } catch (IllegalArgumentException e) {
                        continue; // not a pattern ("{n}" in a help text): only ever shown without arguments
                    }
                    CompiledMessage compiled = new CompiledMessage(pattern, locale);
                    for (Object[] args : args()) {
                        String expected;
                        try {
                            expected = reference.format(args);
                        } catch (IllegalArgumentException e) { // a text given to a choice or a number format
                            assertThrows(IllegalArgumentException.class, () -> compiled.format(args), key);
                            continue;
                        }
                        assertEquals(expected, compiled.format(args), key + " " + locale);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 1000, "messages were found: " + checked);
    }

    /**
     * Figures on every argument (0, 1, 2, 12, 1,500, -3, 2.5, 1.5 billion), then one of them among other
     * figures; then texts, a date, a null and a BigDecimal among figures (a choice is only given figures).
     */
    private static Object[][] args() {
        Object[] values = {0, 1, 2, 12, 1500, -3, 2.5, 1_500_000_000L};
        Object[][] out = new Object[values.length * 2 + 1][];
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
        out[values.length * 2] = new Object[] {"texte", new java.math.BigDecimal("1234567.891"), 3, "Île-de-France",
            new java.util.Date(0), null, 7L, "x", 2.25, "y"};
        return out;
    }
}

package org.vitrine.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All user text, French by default, English with {@code --lang en}. The bundles live in
 * {@code src/main/resources/i18n/}: {@code app} (commands, reports), {@code ingest} (file-level
 * problems), {@code parse} (cell-level problems), {@code template} (the buyer workbook). A key {@code k} is the reason; {@code k.fix} says
 * what to do.
 */
public final class Messages {

    private static final List<String> BUNDLES = List.of("i18n/app", "i18n/ingest", "i18n/parse", "i18n/template", "i18n/risk-need", "i18n/risk-market");

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundles = BUNDLES.stream()
                .map(name -> ResourceBundle.getBundle(name, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)))
                .toList();
    }

    public static Messages of(String lang) {
        return new Messages("en".equals(lang) ? Locale.ENGLISH : Locale.FRENCH);
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The message for key with its placeholders filled; the key itself if no bundle has it. */
    public String get(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            try {
                String pattern = b.getString(key);
                return args == null || args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(args);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return key;
    }
}

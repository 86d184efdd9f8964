package org.vitrine.messages;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * All user text, French by default, English with {@code --lang en}. The bundles live in
 * {@code src/main/resources/i18n/}: {@code app} (commands, reports), {@code ingest} (file-level
 * problems), {@code parse} (cell-level problems), {@code template} (the buyer workbook). A key {@code k} is the reason; {@code k.fix} says
 * what to do.
 */
public final class Messages {

    private static final List<String> BUNDLES = List.of("i18n/app", "i18n/ingest", "i18n/parse", "i18n/template",
            "i18n/risk-need", "i18n/risk-market", "i18n/catalogue", "i18n/brochure");

    private final Locale locale;
    private final List<ResourceBundle> bundles;
    /** Parsed patterns by key: risk rules format hundreds of thousands of messages on big forecasts. */
    private final java.util.concurrent.ConcurrentHashMap<String, Object> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Object MISSING = new Object();
    /**
     * Compiled formats by key, one map per thread (a MessageFormat is not thread-safe): compiling the
     * pattern at every call was most of the risk stage's time.
     */
    private final ThreadLocal<java.util.Map<String, MessageFormat>> formats = ThreadLocal.withInitial(java.util.HashMap::new);

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
        return pattern(key) != MISSING;
    }

    /** The message for key with its placeholders filled; the key itself if no bundle has it. */
    public String get(String key, Object... args) {
        Object p = pattern(key);
        if (p == MISSING) {
            return key;
        }
        String raw = (String) p;
        if (args == null || args.length == 0) {
            return raw.replace("''", "'");
        }
        return formats.get().computeIfAbsent(key, k -> new MessageFormat(raw, locale)).format(oneLine(args));
    }

    /**
     * What a message quotes comes from input (a file, sheet or cell name): each text argument on one line, its
     * controls shown ({@link Visible#inline}); a line break in a file name otherwise starts a false line on the
     * console and a new record in rejects.csv. Numbers and dates stay for their placeholders' formats.
     */
    private static Object[] oneLine(Object[] args) {
        Object[] out = null;
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null || a instanceof Number || a instanceof java.util.Date) {
                continue;
            }
            String s = a instanceof String str ? str : String.valueOf(a);
            String t = Visible.inline(s);
            if (t != s || !(a instanceof String)) {
                if (out == null) {
                    out = args.clone();
                }
                out[i] = t;
            }
        }
        return out == null ? args : out;
    }

    private Object pattern(String key) {
        return cache.computeIfAbsent(key, k -> {
            for (ResourceBundle b : bundles) {
                if (b.containsKey(k)) {
                    return b.getString(k);
                }
            }
            return MISSING;
        });
    }
}

package org.vitrine.run;

import org.vitrine.messages.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigError;
import org.vitrine.config.ConfigLoader;

/**
 * What the job and the verbs take when an option is not given (the config folder, out/, the year, the date,
 * the language), and the configuration loaded with a readable error.
 */
public final class Defaults {

    /** The public body's time zone: the edition's date when none is given. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Paris");

    private Defaults() {
    }

    /** --config, else ./config, else the installation's config folder. */
    public static Path configDir(Path option) {
        if (option != null) {
            return option;
        }
        Path local = Path.of("config");
        String home = System.getProperty("vitrine.home");
        if (!Files.isDirectory(local) && home != null) {
            return Path.of(home, "config");
        }
        return local;
    }

    /**
     * --out, else the {@code out/} folder beside the config folder: with the installation's config, the
     * installation's out/ whatever the working folder (a service started from / wrote to /out).
     */
    public static Path outDir(Path option, Path configDir) {
        if (option != null) {
            return option;
        }
        Path parent = configDir.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("out") : parent.resolve("out");
    }

    /** Loads the config, or prints why it cannot be used and returns null (exit code 2). */
    public static Config load(Path dir, Messages m, java.io.PrintWriter err) {
        try {
            return ConfigLoader.load(dir);
        } catch (ConfigError e) {
            err.println(m.get("cli.config_error", m.get(e.key(), e.args())));
            return null;
        }
    }

    /** The forecast year when none is given: this year from January to June, next year from July. */
    public static int defaultYear() {
        return forecastYear(null, null, editionDate(null));
    }

    /** --year, else forecastYear of the config, else by the date (CONTRACT §1). */
    public static int forecastYear(Integer option, Config config, java.time.LocalDate date) {
        if (option != null) {
            return option;
        }
        if (config != null && config.vitrine().forecastYear() != null) {
            return config.vitrine().forecastYear();
        }
        return date.getMonthValue() <= 6 ? date.getYear() : date.getYear() + 1;
    }

    public static Messages messages(String lang) {
        return Messages.of(lang == null ? System.getenv().getOrDefault("VITRINE_LANG", "fr") : lang);
    }

    /** The one precedence rule of the edition's day: --date, else SOURCE_DATE_EPOCH when set, else today. */
    public static org.vitrine.config.DayOrigin dayOrigin(String option) {
        return option != null ? org.vitrine.config.DayOrigin.GIVEN : epoch() != null ? org.vitrine.config.DayOrigin.EPOCH : org.vitrine.config.DayOrigin.TODAY;
    }

    /** --date, else SOURCE_DATE_EPOCH (seconds), else today in Paris, as {@link #dayOrigin} chooses. */
    public static java.time.LocalDate editionDate(String option) {
        return switch (dayOrigin(option)) {
            case GIVEN -> java.time.LocalDate.parse(option);
            case EPOCH -> java.time.Instant.ofEpochSecond(Long.parseLong(epoch())).atZone(ZONE).toLocalDate();
            case TODAY -> java.time.LocalDate.now(ZONE);
        };
    }

    /** SOURCE_DATE_EPOCH stripped, or null when it is not set or blank. */
    private static String epoch() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        return epoch == null || epoch.isBlank() ? null : epoch.strip();
    }
}

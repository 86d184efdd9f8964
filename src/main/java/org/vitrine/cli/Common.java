package org.vitrine.cli;

import org.vitrine.messages.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigError;
import org.vitrine.config.ConfigLoader;

/** What several verbs share: finding the config folder and loading it with a readable error. */
public final class Common {

    private Common() {
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
    static Path outDir(Path option, Path configDir) {
        if (option != null) {
            return option;
        }
        Path parent = configDir.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("out") : parent.resolve("out");
    }

    /** Loads the config, or prints why it cannot be used and returns null (exit code 2). */
    static Config load(Path dir, Messages m, java.io.PrintWriter err) {
        try {
            return ConfigLoader.load(dir);
        } catch (ConfigError e) {
            err.println(m.get("cli.config_error", m.get(e.key(), e.args())));
            return null;
        }
    }

    /** The forecast year when none is given: this year from January to June, next year from July. */
    static int defaultYear() {
        return forecastYear(null, null, RunCommand.editionDate(null));
    }

    /** --year, else forecastYear of the config, else by the date (CONTRACT §1). */
    static int forecastYear(Integer option, Config config, java.time.LocalDate date) {
        if (option != null) {
            return option;
        }
        if (config != null && config.vitrine().forecastYear() != null) {
            return config.vitrine().forecastYear();
        }
        return date.getMonthValue() <= 6 ? date.getYear() : date.getYear() + 1;
    }

    static Messages messages(String lang) {
        return Messages.of(lang == null ? System.getenv().getOrDefault("VITRINE_LANG", "fr") : lang);
    }
}

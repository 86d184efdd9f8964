package org.vitrine.config;

import org.vitrine.model.Problem;

/** The configuration cannot be used (exit code 2). {@code key} names a message in i18n/app. */
public class ConfigError extends Problem {

    public ConfigError(String key, Object... args) {
        super(null, key, args);
    }
}

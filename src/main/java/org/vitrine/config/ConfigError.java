package org.vitrine.config;

/** The configuration cannot be used (exit code 2). {@code key} names a message in i18n/app. */
public class ConfigError extends Exception {

    private final String key;
    private final transient Object[] args;

    public ConfigError(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}

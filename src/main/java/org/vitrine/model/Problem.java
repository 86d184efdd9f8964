package org.vitrine.model;

/**
 * A problem a person must act on, told through the message bundles: {@code key} is the reason,
 * {@code key.fix} says what to do, {@code args} are the figures. The common base of configuration,
 * file, cell and source problems; never shown as a stack trace.
 */
public abstract class Problem extends Exception {

    private final String key;
    private final transient Object[] args;

    protected Problem(Throwable cause, String key, Object... args) {
        super(key, cause, false, false);
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

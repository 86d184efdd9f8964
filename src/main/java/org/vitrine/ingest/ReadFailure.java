package org.vitrine.ingest;

/**
 * A whole file cannot be read (corrupt, encrypted, not a spreadsheet, over the limits). {@code key}
 * names the message in {@code messages*.properties} ({@code key} = the reason, {@code key.fix} = what
 * to do); {@code args} fill its placeholders. Never shown as a stack trace.
 */
public class ReadFailure extends Exception {

    private final String key;
    private final transient Object[] args;

    public ReadFailure(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public ReadFailure(Throwable cause, String key, Object... args) {
        super(key, cause);
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

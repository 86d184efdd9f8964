package org.vitrine.ingest.rest;

/**
 * A whole source failed (connection refused, timeout, HTTP error after retries, malformed JSON, a page
 * missing mid-way). {@code key} names the reason in i18n/app; the source's policy decides what follows.
 */
public class SourceFailure extends Exception {

    private final String source;
    private final String key;
    private final transient Object[] args;

    public SourceFailure(String source, String key, Object... args) {
        super(source + ": " + key, null, false, false);
        this.source = source;
        this.key = key;
        this.args = args;
    }

    public String source() {
        return source;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}

package org.vitrine.ingest.rest;

import org.vitrine.model.Problem;

/**
 * A whole source failed (connection refused, timeout, HTTP error after retries, malformed JSON, a page
 * missing mid-way). {@code key} names the reason in i18n/app; the source's policy decides what follows.
 */
public class SourceFailure extends Problem {

    private final String source;

    public SourceFailure(String source, String key, Object... args) {
        super(null, key, args);
        this.source = source;
    }

    public String source() {
        return source;
    }
}

package org.vitrine.ingest;

import org.vitrine.model.Problem;

/**
 * A whole file cannot be read (corrupt, encrypted, not a spreadsheet, over the limits). {@code key}
 * names the message in {@code i18n/ingest}; the file becomes one reject line and the run goes on.
 */
public class ReadFailure extends Problem {

    public ReadFailure(String key, Object... args) {
        super(null, key, args);
    }

    public ReadFailure(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}

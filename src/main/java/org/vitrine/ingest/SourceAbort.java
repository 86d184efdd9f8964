package org.vitrine.ingest;

/**
 * A source failed and its policy is to stop the run (exit 3): nothing is published. The message is
 * the sentence shown to staff (which source, why, what to do); there is no stack trace to show.
 */
public final class SourceAbort extends RuntimeException {

    public SourceAbort(String message) {
        super(message, null, false, false);
    }
}

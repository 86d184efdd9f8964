package org.vitrine.context;

/**
 * A run stopped on purpose before its edition is committed, whose message is already the sentence for the operator
 * (which file, what to do): said as it is, never with a class name. Exit 3, as a failed source: the edition is not
 * put online and the run's closing line says which edition is (YearlyJob.whatIsOnline).
 */
public class RunRefused extends RuntimeException {
    public RunRefused(String message) {
        super(message, null, false, false);
    }
}

package org.vitrine.camel;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.vitrine.context.Run;

/**
 * Route bean of the error handling (routes/error-handling.camel.yaml) and of the job's filters
 * (routes/run.camel.yaml): keeps a failure on the run for the command to report, and tells the job route
 * when to stop, so that no stage bean has to re-check the run's state.
 */
public final class RunErrors {

    public void fail(Exchange exchange, @ExchangeProperty(VitrineCamel.RUN) Run run) {
        Throwable t = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (run != null && t != null) {
            run.fail(t);
        }
    }

    /** A source failed (its rule: abort) or a step threw: nothing more is done, the previous edition stays online. */
    public boolean failed(@ExchangeProperty(VitrineCamel.RUN) Run run) {
        return run.failure() != null;
    }

    /** Failed, or nothing changed since the edition online: the later stages have nothing to do. */
    public boolean stopped(@ExchangeProperty(VitrineCamel.RUN) Run run) {
        return run.stopped();
    }
}

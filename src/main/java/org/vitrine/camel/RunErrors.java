package org.vitrine.camel;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.vitrine.context.Run;

/** Route bean of the error-handling configuration: keeps the failure on the run for the command to report. */
public final class RunErrors {

    public void fail(Exchange exchange, @ExchangeProperty(VitrineCamel.RUN) Run run) {
        Throwable t = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (run != null && t != null) {
            run.fail(t);
        }
    }
}

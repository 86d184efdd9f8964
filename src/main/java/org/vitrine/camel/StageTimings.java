package org.vitrine.camel;

import java.util.Collection;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.vitrine.context.CpuClock;
import org.vitrine.context.Run;
import org.vitrine.ingest.SourceFile;

/**
 * The stage timings, taken by Camel: every {@code step} of routes/*.camel.yaml (its id is the stage's name) adds its
 * wall time and CPU time to the run's {@link org.vitrine.context.Timings}, so no stage bean times itself. A step on a
 * reading thread (one file, one batch of records, several at once) counts its own thread's CPU; any other step runs
 * alone and counts the whole process's (the worker threads it spreads onto, garbage collection).
 */
public final class StageTimings extends EventNotifierSupport {

    private static final String STARTED = "vitrine.step.";

    public StageTimings() {
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreExchangeEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeFailedEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreStepEvents(false);
    }

    /** Times the steps of {@code context}'s routes, before it starts (the product's Camel Main, the route tests). */
    public static void register(org.apache.camel.CamelContext context) {
        context.getManagementStrategy().addEventNotifier(new StageTimings());
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.StepEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        CamelEvent.StepEvent step = (CamelEvent.StepEvent) event;
        Exchange exchange = step.getExchange();
        Run run = exchange.getProperty(VitrineCamel.RUN, Run.class);
        if (run == null) {
            return;
        }
        Thread thread = Thread.currentThread();
        if (event instanceof CamelEvent.StepStartedEvent) {
            exchange.setProperty(STARTED + step.getStepId(),
                    new long[] {System.nanoTime(), CpuClock.now(), CpuClock.process(), thread.getId()});
            return;
        }
        long[] started = exchange.getProperty(STARTED + step.getStepId(), long[].class);
        if (started == null) {
            return;
        }
        exchange.removeProperty(STARTED + step.getStepId());
        // One clock for both ends: the thread's own when the step began and ended on the same reading thread, else
        // the process's (a step that begins on one thread and ends on another gave negative seconds with mixed clocks)
        boolean reader = started[3] == thread.getId() && thread.getName().startsWith(VitrineCamel.READER_THREAD);
        double cpu = reader ? (CpuClock.now() - started[1]) / 1e9 : (CpuClock.process() - started[2]) / 1e9;
        long items = items(exchange.getMessage().getBody(), run);
        run.timings().time(step.getStepId(), (System.nanoTime() - started[0]) / 1e9, items);
        run.timings().time(step.getStepId() + ".cpu", cpu, items);
    }

    /**
     * What a step handled: a file's rows, a file's batches' records, a list's records or needs, else the run's needs
     * (or rows read before there are needs).
     */
    static long items(Object body, Run run) {
        if (body instanceof SourceFile f) {
            return run.report().counts(f.source(), f.name()).rowsRead;
        }
        if (body instanceof Collection<?> c) {
            return c.stream().allMatch(Collection.class::isInstance) && !c.isEmpty()
                    ? c.stream().mapToLong(batch -> ((Collection<?>) batch).size()).sum() : c.size();
        }
        return run.needs().isEmpty() ? run.report().totals().rowsRead : run.needs().size();
    }
}

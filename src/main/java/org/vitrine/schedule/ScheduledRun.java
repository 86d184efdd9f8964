package org.vitrine.schedule;

import java.io.PrintWriter;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntSupplier;
import org.quartz.CronExpression;
import org.vitrine.run.Status;

/**
 * Route bean of the schedule: each Quartz fire runs the yearly job (the same code path as
 * {@code vitrine run}) and logs a health line. Quartz keeps nothing across restarts, so a run
 * missed while the machine was down is caught up at start-up from state/status.json. On a stop
 * request, no new run starts and a run in progress is given a few seconds to finish.
 */
public final class ScheduledRun {

    /** The serve log's sentences, from the message bundles: {@code key} and its arguments. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    private final IntSupplier job;
    private final CronExpression cron;
    private final PrintWriter log;
    private final Texts texts;
    private final CountDownLatch remaining;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final Object lock = new Object();
    private boolean running;
    private boolean stopped;

    /**
     * @param job runs the yearly job once and returns its exit code
     * @param runs how many runs before {@link #awaitDone()} returns (Integer.MAX_VALUE: forever)
     */
    public ScheduledRun(IntSupplier job, String cron, String timeZone, PrintWriter log, Texts texts, int runs) throws ParseException {
        this.job = job;
        this.cron = new CronExpression(cron);
        this.cron.setTimeZone(TimeZone.getTimeZone(ZoneId.of(timeZone)));
        this.log = log;
        this.texts = texts;
        this.remaining = new CountDownLatch(runs);
    }

    /** Called by the Quartz route at each fire time; does nothing once a stop was asked. */
    public void fire() {
        synchronized (lock) {
            if (stopped || remaining.getCount() == 0 || running) {
                return;
            }
            running = true;
        }
        int exit;
        try {
            exit = job.getAsInt();
        } finally {
            synchronized (lock) {
                running = false;
                lock.notifyAll();
            }
        }
        Date next = cron.getNextValidTimeAfter(new Date());
        log.println(texts.get("serve.finished", Instant.now().toString(), exit, next == null ? "-" : next.toInstant().toString()));
        log.flush();
        remaining.countDown();
    }

    /**
     * Stops the schedule: no run starts after this; a run in progress may finish within {@code grace}.
     * Returns false if it was still running then (it is abandoned: an edition is switched in at once
     * or not at all, so what is online stays whole).
     */
    public boolean stop(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (lock) {
            stopped = true;
            stopRequested.countDown();
            while (running) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** True while a run is in progress. */
    public boolean running() {
        synchronized (lock) {
            return running;
        }
    }

    /**
     * True when the last scheduled time passed without a run after it (the machine was down or
     * Vitrine was not serving): then the missed run happens now.
     */
    public boolean missed(Instant lastRun, Instant now) {
        Date previousFire = cron.getTimeBefore(Date.from(now));
        return previousFire != null && (lastRun == null || lastRun.isBefore(previousFire.toInstant()));
    }

    /** Catches up a missed run at start-up. */
    public void catchUp(java.nio.file.Path yearDir) {
        if (missed(Status.lastRun(yearDir), Instant.now())) {
            log.println(texts.get("serve.missed", cron.getTimeBefore(new Date()).toInstant().toString()));
            log.flush();
            fire();
        }
    }

    /** Returns when the requested number of runs is done, or a stop was asked. */
    public void awaitDone() throws InterruptedException {
        while (remaining.getCount() > 0) {
            if (stopRequested.await(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    public Date nextFire() {
        return cron.getNextValidTimeAfter(new Date());
    }
}

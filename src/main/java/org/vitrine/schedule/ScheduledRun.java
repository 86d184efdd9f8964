package org.vitrine.schedule;

import java.io.PrintWriter;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.apache.camel.ExchangeProperty;
import org.quartz.CronExpression;
import org.vitrine.run.Status;
import org.vitrine.run.YearlyJob;

/**
 * Route bean of the schedule (routes/serve/schedule.camel.yaml): at each Quartz fire, the route scheduled-run lets
 * one run by ({@link #begin}), sends serve's {@link #job} to direct:yearly-job (the route of {@code vitrine run}) and,
 * on completion, logs a health line ({@link #end}). Quartz keeps nothing across restarts, so a run missed while the
 * machine was down is caught up at start-up from state/status.json. On a stop request, no new run starts and a run
 * in progress is given a few seconds to finish.
 */
public final class ScheduledRun {

    /** The serve log's sentences, from the message bundles: {@code key} and its arguments. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    private final Supplier<YearlyJob.Job> jobs;
    private final CronExpression cron;
    private final PrintWriter log;
    private final Texts texts;
    private final CountDownLatch remaining;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final Object lock = new Object();
    private boolean running;
    /** The job of the run in progress, once the route took it. */
    private YearlyJob.Job current;
    private boolean stopped;

    /**
     * @param jobs a new yearly job of serve's options, at each run
     * @param runs how many runs before {@link #awaitDone()} returns (Integer.MAX_VALUE: forever)
     */
    public ScheduledRun(Supplier<YearlyJob.Job> jobs, String cron, String timeZone, PrintWriter log, Texts texts, int runs)
            throws ParseException {
        this.jobs = jobs;
        this.cron = new CronExpression(cron);
        this.cron.setTimeZone(TimeZone.getTimeZone(ZoneId.of(timeZone)));
        this.log = log;
        this.texts = texts;
        this.remaining = new CountDownLatch(runs);
    }

    /**
     * The route's filter at each fire: true when a run may start (no stop asked, runs left, none in progress); from
     * then on {@link #running()} until {@link #finished}.
     */
    public boolean begin() {
        synchronized (lock) {
            if (stopped || remaining.getCount() == 0 || running) {
                return false;
            }
            running = true;
            return true;
        }
    }

    /** The job the route sends to direct:yearly-job, once {@link #begin} let it by. */
    public YearlyJob.Job job() {
        YearlyJob.Job job = jobs.get();
        synchronized (lock) {
            current = job;
        }
        return job;
    }

    /** On completion of the route scheduled-run: the run over, if this exchange had one (a job). */
    public void end(@ExchangeProperty(YearlyJob.JOB) YearlyJob.Job job) {
        if (job != null) {
            finished(job.exit());
        }
    }

    /**
     * A run now (the catch-up at start-up) through {@code route}, direct:scheduled-run: if Camel, shutting down, refused
     * the rest of the route and its completion, the job is ended here, on its own thread, as the route would have.
     */
    public void runNow(Runnable route) {
        try {
            route.run();
        } catch (RuntimeException refused) {
            YearlyJob.Job job;
            synchronized (lock) {
                job = running ? current : null;
            }
            if (job != null) {
                finished(job.ended(refused));
            }
        }
    }

    /** The run begun by {@link #begin} is over with {@code exit}: logged with the next fire time. */
    public void finished(int exit) {
        synchronized (lock) {
            running = false;
            current = null;
            lock.notifyAll();
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

    /** At start-up: true (and said in the log) when a run was missed, which serve then runs at once. */
    public boolean missedAtStart(java.nio.file.Path yearDir) {
        if (missed(Status.lastRun(yearDir), Instant.now())) {
            log.println(texts.get("serve.missed", cron.getTimeBefore(new Date()).toInstant().toString()));
            log.flush();
            return true;
        }
        return false;
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

package org.vitrine.schedule;

import java.io.PrintWriter;
import java.text.ParseException;
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
 * missed while the machine was down is caught up at start-up from state/status.json.
 */
public final class ScheduledRun {

    private final IntSupplier job;
    private final CronExpression cron;
    private final PrintWriter log;
    private final CountDownLatch remaining;

    /**
     * @param job runs the yearly job once and returns its exit code
     * @param runs how many runs before {@link #awaitDone()} returns (Integer.MAX_VALUE: forever)
     */
    public ScheduledRun(IntSupplier job, String cron, String timeZone, PrintWriter log, int runs) throws ParseException {
        this.job = job;
        this.cron = new CronExpression(cron);
        this.cron.setTimeZone(TimeZone.getTimeZone(ZoneId.of(timeZone)));
        this.log = log;
        this.remaining = new CountDownLatch(runs);
    }

    /** Called by the Quartz route at each fire time. */
    public synchronized void fire() {
        if (remaining.getCount() == 0) {
            return;
        }
        int exit = job.getAsInt();
        Date next = cron.getNextValidTimeAfter(new Date());
        log.println("vitrine serve: " + Instant.now() + " run finished, exit " + exit + "; next run "
                + (next == null ? "-" : next.toInstant()));
        log.flush();
        remaining.countDown();
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
            log.println("vitrine serve: the scheduled run of " + cron.getTimeBefore(new Date()).toInstant()
                    + " was missed: running now");
            fire();
        }
    }

    public void awaitDone() throws InterruptedException {
        remaining.await();
    }

    public Date nextFire() {
        return cron.getNextValidTimeAfter(new Date());
    }
}

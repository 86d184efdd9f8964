package org.vitrine.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The catch-up of a run missed while the machine was down (Quartz's own store forgets it). */
class ScheduledRunTest {

    final AtomicInteger runs = new AtomicInteger();

    ScheduledRun yearly() throws Exception {
        return new ScheduledRun(() -> null, "0 0 6 15 1 ?", "Europe/Paris", new PrintWriter(new StringWriter()),
                (key, args) -> key, 1);
    }

    /** What the route scheduled-run does at a fire, with {@code job} for direct:yearly-job (begin, the job, finished). */
    static void fire(ScheduledRun s, java.util.function.IntSupplier job) {
        if (s.begin()) {
            int exit = 3;
            try {
                exit = job.getAsInt();
            } finally {
                s.finished(exit);
            }
        }
    }

    @Test
    void aRunBeforeTheLastFireTimeMeansTheFireWasMissed() throws Exception {
        Instant now = Instant.parse("2027-02-01T10:00:00Z");
        assertTrue(yearly().missed(Instant.parse("2026-03-01T10:00:00Z"), now), "down on 15 January 2027");
        assertTrue(yearly().missed(null, now), "never ran");
    }

    @Test
    void aRunAfterTheLastFireTimeIsUpToDate() throws Exception {
        assertFalse(yearly().missed(Instant.parse("2027-01-15T05:00:01Z"), Instant.parse("2027-02-01T10:00:00Z")),
                "06:00 Paris is 05:00 UTC in winter");
        assertTrue(yearly().missed(Instant.parse("2027-01-15T04:59:59Z"), Instant.parse("2027-02-01T10:00:00Z")));
    }

    @Test
    void firesTheJobAndCountsDown() throws Exception {
        ScheduledRun s = yearly();
        fire(s, runs::incrementAndGet);
        fire(s, runs::incrementAndGet);
        s.awaitDone();
        assertEquals(1, runs.get(), "after the asked number of runs, further fires do nothing");
    }

    @Test
    void aStopWaitsForTheRunInProgressWithinItsGraceThenNoRunStarts() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        ScheduledRun s = new ScheduledRun(() -> null, "0 0 6 15 1 ?", "Europe/Paris", new PrintWriter(new StringWriter()), (key, args) -> key, 5);
        java.util.function.IntSupplier job = () -> {
            started.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return runs.incrementAndGet();
        };
        Thread fire = new Thread(() -> fire(s, job));
        fire.start();
        started.await();
        assertTrue(s.running());
        assertFalse(s.stop(java.time.Duration.ofMillis(10)), "still running after 10 ms: reported as abandoned");
        assertTrue(s.stop(java.time.Duration.ofSeconds(5)), "finished within the grace");
        fire.join();
        fire(s, job);
        assertEquals(1, runs.get(), "no run after a stop");
        s.awaitDone(); // returns at once: a stop was asked, although 4 runs remain
    }
}

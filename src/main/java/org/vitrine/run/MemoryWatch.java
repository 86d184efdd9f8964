package org.vitrine.run;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.LongSupplier;
import org.vitrine.context.EditionWriter;
import org.vitrine.messages.Messages;

/**
 * A heap too small for the forecast does not always end in an {@link OutOfMemoryError}: with G1 (Java's default
 * collector) a run whose live data fills the heap can spend nearly all its time collecting and go on for hours,
 * a yearly job that never ends (the stress run of 99,000 rows under 200 MiB did, for 10 minutes). G1 has no
 * "GC overhead limit" of its own (the Parallel collector's: 98 % of the time collecting), so the run keeps one:
 * when, over the last {@link #WINDOW_MS}, the pauses took at least {@link #GC_SHARE} of the time and the heap is
 * still {@link #FULL} full after collecting, memory ran out. The run then ends as an out-of-memory failure does:
 * the sentence with what to change, what is online (read from the {@code current} link; an edition switch is
 * one rename, so it is either done or not), its scratch removed, exit {@link ExitCode#WRITE_FAILED}.
 */
final class MemoryWatch implements AutoCloseable {

    static final long WINDOW_MS = 20_000;
    static final double GC_SHARE = 0.9;
    static final double FULL = 0.85;
    private static final long TICK_MS = 500;

    private final Thread thread;
    private volatile boolean closed;

    /**
     * Watches until {@link #close}; {@code rowsRead} for the sentence, {@code onOutOfMemory} says what is online and
     * removes the scratch before the process ends.
     */
    MemoryWatch(Messages m, PrintWriter err, LongSupplier rowsRead, Runnable onOutOfMemory) {
        // The sentence's bundle is loaded now: nothing is loaded once memory is short.
        m.get("run.out_of_memory", 0, 0);
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
        Window window = new Window(WINDOW_MS);
        thread = new Thread(() -> {
            while (!closed) {
                try {
                    Thread.sleep(TICK_MS);
                } catch (InterruptedException e) {
                    return;
                }
                long gc = 0;
                for (GarbageCollectorMXBean c : collectors) {
                    gc += Math.max(0, c.getCollectionTime());
                }
                window.add(System.nanoTime() / 1_000_000, gc);
                if (!closed && window.collecting(GC_SHARE) && fullAfterCollecting(pools) >= FULL) {
                    err.println(m.get("run.out_of_memory", rowsRead.getAsLong(), Runtime.getRuntime().maxMemory() >> 20));
                    onOutOfMemory.run();
                    err.flush();
                    Runtime.getRuntime().halt(ExitCode.WRITE_FAILED);
                }
            }
        }, "vitrine-memory-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** The share of the heap still used after the last collection of each pool (0 when the JVM does not say). */
    static double fullAfterCollecting(List<MemoryPoolMXBean> pools) {
        long used = 0;
        for (MemoryPoolMXBean p : pools) {
            MemoryUsage u = p.getCollectionUsage();
            used += u == null ? 0 : u.getUsed();
        }
        long max = Runtime.getRuntime().maxMemory();
        return max <= 0 ? 0 : (double) used / max;
    }

    /** The watch of a job: what is online said and its scratch removed, as when it is stopped. */
    static MemoryWatch of(YearlyJob.Job j) {
        Path work = j.work;
        EditionWriter editions = j.editions;
        java.util.Optional<String> before = j.online;
        Messages m = j.m;
        m.get("run.online.previous", "");
        return new MemoryWatch(m, j.err, () -> j.run == null ? 0 : j.run.report().totals().rowsRead, () -> {
            YearlyJob.StopOnSignal.scratch(work.resolve("state").resolve("fetch"));
            YearlyJob.StopOnSignal.scratchEditions(work.resolve("editions"));
            Status.ended(editions.yearDir(), ExitCode.WRITE_FAILED, "failed");
            j.err.println(YearlyJob.whatIsOnline(editions, before, m));
        });
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    /**
     * The collectors' total time, sampled: whether, over the last {@code span} milliseconds (a full span sampled),
     * collecting took at least a given share of the time.
     */
    static final class Window {
        private final long span;
        private final ArrayDeque<long[]> samples = new ArrayDeque<>();

        Window(long span) {
            this.span = span;
        }

        /** A sample: the time now and the collectors' total time so far, both in milliseconds. */
        void add(long nowMs, long gcMs) {
            samples.addLast(new long[] {nowMs, gcMs});
            while (samples.size() > 2) { // the oldest goes once the next one alone covers the span
                long[] oldest = samples.removeFirst();
                if (nowMs - samples.peekFirst()[0] < span) {
                    samples.addFirst(oldest);
                    break;
                }
            }
        }

        boolean collecting(double share) {
            if (samples.size() < 2) {
                return false;
            }
            long[] first = samples.peekFirst();
            long[] last = samples.peekLast();
            long elapsed = last[0] - first[0];
            return elapsed >= span && last[1] - first[1] >= share * elapsed;
        }
    }
}

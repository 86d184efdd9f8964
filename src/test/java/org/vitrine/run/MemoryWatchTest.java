package org.vitrine.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The G1 "overhead limit" of a run: collecting nearly all the time over a whole window (OutOfMemoryStressTest runs it). */
class MemoryWatchTest {

    /** Samples every 500 ms for {@code seconds}, collecting {@code gcPerTick} ms of each tick. */
    private static MemoryWatch.Window sampled(int seconds, long gcPerTick) {
        MemoryWatch.Window w = new MemoryWatch.Window(MemoryWatch.WINDOW_MS);
        long gc = 0;
        for (long t = 0; t <= seconds * 1000L; t += 500) {
            w.add(10_000 + t, gc);
            gc += gcPerTick;
        }
        return w;
    }

    @Test
    void collectingNearlyAllTheTimeOverTheWindowIsOutOfMemory() {
        assertTrue(sampled(25, 480).collecting(MemoryWatch.GC_SHARE));
    }

    @Test
    void aBusyCollectorOrAShortBurstIsNot() {
        assertFalse(sampled(60, 300).collecting(MemoryWatch.GC_SHARE), "60 % of the time: a busy heap, not a full one");
        assertFalse(sampled(15, 500).collecting(MemoryWatch.GC_SHARE), "15 s of collecting: shorter than the window");
    }

    @Test
    void aBurstThatEndedLeavesTheWindow() {
        MemoryWatch.Window w = new MemoryWatch.Window(MemoryWatch.WINDOW_MS);
        long gc = 0;
        for (long t = 0; t <= 60_000; t += 500) {
            w.add(t, gc);
            gc += t < 30_000 ? 500 : 10; // 30 s collecting, then 30 s of work
        }
        assertFalse(w.collecting(MemoryWatch.GC_SHARE));
    }

    @Test
    void theHeapShareAfterCollectingIsAShare() {
        System.gc();
        double full = MemoryWatch.fullAfterCollecting(ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.isCollectionUsageThresholdSupported()).toList());
        assertTrue(full > 0 && full < 1, String.valueOf(full));
    }
}

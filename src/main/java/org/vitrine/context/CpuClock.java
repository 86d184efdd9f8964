package org.vitrine.context;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the calling thread, in nanoseconds: what a stage really computed, unlike wall time,
 * which on a shared machine also counts the time other programs had the cores. The benchmark reports
 * both. Falls back to wall time where the JVM cannot tell.
 */
public final class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported();

    private CpuClock() {
    }

    public static long now() {
        return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os : null;

    /**
     * CPU time of the whole process (every thread, garbage collection and compilation included), for a
     * stage that runs on several threads; wall time where the JVM cannot tell.
     */
    public static long process() {
        long t = OS == null ? -1 : OS.getProcessCpuTime();
        return t < 0 ? System.nanoTime() : t;
    }
}

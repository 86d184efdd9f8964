package org.vitrine.context;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A stop asked of the whole process (SIGTERM or Ctrl+C to {@code vitrine serve} or {@code vitrine run}):
 * from then on no edition is switched in, so what the stop message says is online stays true until the
 * process has ended; a run checks it between long steps to end early and remove its scratch folders.
 */
public final class StopSignal {

    /** The switch of an edition was refused because a stop was asked. */
    public static final class Stopped extends IOException {
        public Stopped() {
            super("stop requested", null);
        }
    }

    /** Something that switches an edition in. */
    @FunctionalInterface
    public interface Commit {
        void run() throws IOException;
    }

    private static final ReentrantLock SWITCH = new ReentrantLock();
    private static volatile boolean requested;
    /** A stop was signalled, though a run in progress may still finish and switch (serve's grace). */
    private static volatile boolean asked;

    private StopSignal() {
    }

    /** Switches the edition in, unless a stop was asked (then {@link Stopped}). */
    public static void commit(Commit commit) throws IOException {
        SWITCH.lock();
        try {
            if (requested) {
                throw new Stopped();
            }
            commit.run();
        } finally {
            SWITCH.unlock();
        }
    }

    /**
     * Says a stop was signalled before the grace a run in progress gets: whatever fails from then on (Camel's own
     * shutdown hook refusing work: RejectedExecutionException) is the stop's doing, said as the stop (exit 7).
     */
    public static void ask() {
        asked = true;
    }

    /** Whether a stop was signalled ({@link #ask}) or requested. */
    public static boolean asked() {
        return asked || requested;
    }

    /** Whether a stop was asked. */
    public static boolean requested() {
        return requested;
    }

    /** Throws {@link Stopped} if a stop was asked: a run checks between its long steps, to end early. */
    public static void check() throws Stopped {
        if (requested) {
            throw new Stopped();
        }
    }

    /**
     * Asks every run of this process to stop before its switch; waits up to {@code wait} for a switch in
     * progress to end, and returns false if it did not (the process is ending anyway).
     */
    public static boolean request(Duration wait) throws InterruptedException {
        requested = true;
        if (SWITCH.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            SWITCH.unlock();
            return true;
        }
        return false;
    }

    /** Forgets a stop: only for tests that stop in-process (a real process ends after a stop). */
    public static void clearForTests() {
        asked = false;
        requested = false;
    }
}

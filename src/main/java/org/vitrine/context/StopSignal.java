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
}

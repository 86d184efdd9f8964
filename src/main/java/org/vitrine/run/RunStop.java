package org.vitrine.run;

import java.io.PrintWriter;
import org.vitrine.messages.Messages;

/**
 * The stop handler of {@code vitrine run}, installed by its first line: SIGTERM or Ctrl+C at any moment
 * ends with {@link ExitCode#STOPPED} and a true sentence. Until the run has taken its lock and begun
 * ({@link YearlyJob}'s own handler, handed over by {@link #hand}), nothing has been read or written: it
 * says so. It used to be installed once the lock was held, after the configuration was read and while
 * another run's lock was waited for: a signal then ended the process with 143, silently.
 */
public final class RunStop implements AutoCloseable {

    private static final Object LOCK = new Object();
    /** The handler installed for this process's run, if any. */
    private static RunStop installed;

    private final Thread hook;
    /** The run's own handler, once it has begun: it runs in this one's place. */
    private Thread delegate;
    private boolean stopping;

    private RunStop(Messages m, PrintWriter err) {
        hook = new Thread(() -> {
            Thread d;
            synchronized (LOCK) {
                stopping = true;
                d = delegate;
            }
            if (d != null) {
                d.run(); // ends the process, having said what is online
                return;
            }
            try {
                org.vitrine.context.StopSignal.request(java.time.Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                // ending anyway
            }
            err.println(m.get("run.signal.before_start"));
            err.flush();
            Runtime.getRuntime().halt(ExitCode.STOPPED);
        }, "vitrine-run-stop-early");
    }

    /** Installs the handler; {@link #close} removes it when the command returns. */
    public static RunStop install(Messages m, PrintWriter err) {
        RunStop stop = new RunStop(m, err);
        // The sentence's bundle is loaded now: the hook must not fail on a class or a file to load.
        m.get("run.signal.before_start");
        synchronized (LOCK) {
            installed = stop;
            Runtime.getRuntime().addShutdownHook(stop.hook);
        }
        return stop;
    }

    /**
     * The run's own stop handler, once it holds the lock: run by the handler installed first, or installed
     * as a shutdown hook when there is none (a run started without {@code vitrine run}).
     */
    static void hand(Thread runHook) {
        synchronized (LOCK) {
            if (installed == null) {
                Runtime.getRuntime().addShutdownHook(runHook);
            } else if (!installed.stopping) {
                installed.delegate = runHook;
            }
            // else: the signal came first, and its handler is ending the process without the run.
        }
    }

    @Override
    public void close() {
        synchronized (LOCK) {
            if (installed == this) {
                installed = null;
            }
            if (stopping) {
                return; // the hook is running: it ends the process
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it ends the process
        }
    }
}

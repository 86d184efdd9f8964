package org.vitrine.run;

/** Exit codes of CONTRACT §1 (the highest that applies). */
public final class ExitCode {

    public static final int OK = 0;
    public static final int REJECTS = 1;
    public static final int USAGE = 2;
    public static final int SOURCE_FAILED = 3;
    public static final int DEGRADED = 4;
    public static final int LOCKED = 5;
    public static final int WRITE_FAILED = 6;
    /** {@code vitrine run} stopped by SIGTERM or Ctrl+C; the message says which edition is online. */
    public static final int STOPPED = 7;

    private ExitCode() {
    }
}

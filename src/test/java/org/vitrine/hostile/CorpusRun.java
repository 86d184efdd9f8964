package org.vitrine.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.vitrine.cli.TestConfig;

/**
 * Runs {@code vitrine} as a user does, in a separate JVM with a small heap, and keeps everything it
 * printed (stdout and stderr together: library logs and stack traces included) and how long it took.
 */
final class CorpusRun {

    static final String DATE = "2026-11-26";
    static final long MAX_FILE_BYTES = 1L << 20;
    static final int MAX_ROWS = 500;
    static final long MAX_UNZIPPED_BYTES = 16L << 20;
    /** The heap the issue asks the hostile files to be read within. */
    static final String HEAP = "-Xmx512m";

    /** The exit reported when the run was killed after its time ({@link #run}'s {@code timeoutSeconds}). */
    static final int TIMED_OUT = -1;
    /**
     * The exit reported when the JVM quit on an OutOfMemoryError: {@code -XX:+ExitOnOutOfMemoryError} ends the process
     * with status 3, Vitrine's own SOURCE_FAILED, so an exhausted heap (or no native thread left on a loaded machine)
     * would read as a source that failed — or pass a test that expects one.
     */
    static final int OUT_OF_MEMORY = -3;
    /** What the JVM prints before it quits on an OutOfMemoryError (HotSpot, -XX:+ExitOnOutOfMemoryError). */
    static final String JVM_OUT_OF_MEMORY = "Terminating due to java.lang.OutOfMemoryError";

    /** The run's exit, everything it printed, its wall seconds; as text, all three (an assertion's message). */
    record Result(int exit, String output, double seconds) {
        @Override
        public String toString() {
            String why = exit == TIMED_OUT ? " (killed: still running after the test's time)"
                    : exit == OUT_OF_MEMORY ? " (the JVM quit on an OutOfMemoryError)" : "";
            return String.format(java.util.Locale.ROOT, "exit %d%s after %.1f s, console:%n%s", exit, why, seconds, output);
        }
    }

    private CorpusRun() {
    }

    /**
     * The shipped configuration pointed at {@code spreadsheets}, brochure on; {@code small}: the
     * corpus' small input limits instead of the shipped ones; {@code extraSources} after the spreadsheets source.
     */
    static Path config(Path tmp, Path spreadsheets, boolean small, TestConfig.Source... extraSources) throws IOException {
        TestConfig config = TestConfig.in(tmp).spreadsheets(spreadsheets);
        for (TestConfig.Source s : extraSources) {
            config.source(s);
        }
        if (small) {
            small(config);
        }
        return config.write();
    }

    /** The corpus' small input limits instead of the shipped ones. */
    static TestConfig small(TestConfig config) {
        return config.limits(MAX_FILE_BYTES, MAX_ROWS, MAX_UNZIPPED_BYTES);
    }

    /**
     * {@code vitrine run} in a fresh JVM; killed (and reported as {@link #TIMED_OUT}) after {@code timeoutSeconds}; a JVM
     * that quit on an OutOfMemoryError is reported as {@link #OUT_OF_MEMORY}, not as its status 3.
     */
    static Result run(Path config, Path out, Map<String, String> env, long timeoutSeconds, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+ExitOnOutOfMemoryError", "-Duser.timezone=Europe/Paris", "-Duser.language=fr", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.vitrine.cli.VitrineCli",
                "run", "--config", config.toString(), "--out", out.toString(), "--date", DATE));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Path log = Files.createTempFile(out.getParent(), "run-", ".log");
        pb.redirectOutput(log.toFile());
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        int exit = !done ? TIMED_OUT : output.contains(JVM_OUT_OF_MEMORY) ? OUT_OF_MEMORY : p.exitValue();
        return new Result(exit, output, seconds);
    }
}

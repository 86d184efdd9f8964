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

    record Result(int exit, String output, double seconds) {
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

    /** {@code vitrine run} in a fresh JVM; killed (and reported as exit -1) after {@code timeoutSeconds}. */
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
        return new Result(done ? p.exitValue() : -1, Files.readString(log, StandardCharsets.UTF_8), seconds);
    }
}

package org.vitrine.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.vitrine.context.Run;

/**
 * The yearly job on the shipped examples, run several times in one JVM: the first round pays for
 * everything a fresh {@code vitrine run} pays for once (loading and compiling Camel, the readers,
 * Freemarker, openhtmltopdf and PDFBox); the last round, on warm code, is the work itself. So the
 * report can say how much of a run of the examples is start-up and how much is work.
 */
public final class ExamplesBench {

    /** One round: wall and process CPU seconds, and the job's own stage timings. */
    public record Round(double seconds, double cpuSeconds, int exit, double camelStartSeconds, java.util.Map<String, Double> stages) {
    }

    /** The job's stages reported per round. */
    private static final List<String> STAGES = List.of("spreadsheets", "dedupe", "flagging", "exports", "catalogue", "brochure");

    /**
     * {@code jvmStartSeconds}: from the JVM's start to this measurement (JVM and class-path start-up, picocli).
     * {@code startUp}: JVM start plus what the first round took beyond the last (loading and compiling the code).
     * {@code work}: the last round.
     */
    public record Result(double jvmStartSeconds, List<Round> rounds, double startUpSeconds, double workSeconds) {
    }

    private ExamplesBench() {
    }

    /** One yearly job on the shipped examples into {@code out}; gives the exit code and hands over the finished run. */
    @FunctionalInterface
    public interface YearlyRun {
        int run(Path out, PrintWriter log, java.util.function.Consumer<Run> done) throws Exception;
    }

    /** The caller (the cli, which owns the yearly job) says how to run it, so the bench does not depend upward. */
    public static Result run(Path out, int rounds, YearlyRun job) throws Exception {
        double jvmStart = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        List<Round> list = new ArrayList<>();
        for (int i = 1; i <= Math.max(2, rounds); i++) {
            AtomicReference<Run> done = new AtomicReference<>();
            StringWriter log = new StringWriter();
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            // The shipped config and examples, a fixed date, a fresh folder each round (no previous edition).
            int exit = job.run(out.resolve("round-" + i), new PrintWriter(log), done::set);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
            Run run = done.get();
            java.util.Map<String, Double> stages = new java.util.LinkedHashMap<>();
            double camel = Double.NaN;
            if (run != null) {
                camel = run.timings().byStage().getOrDefault("camel-start", new double[] {Double.NaN})[0];
                for (String s : STAGES) {
                    double[] t = run.timings().byStage().get(s);
                    if (t != null) {
                        stages.put(s, Math.round(t[0] * 1000) / 1000.0);
                    }
                }
            }
            list.add(new Round(seconds, cpuSeconds, exit, camel, stages));
        }
        double first = list.get(0).seconds();
        double last = list.get(list.size() - 1).seconds();
        return new Result(jvmStart, list, jvmStart + first - last, last);
    }

    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return System.nanoTime();
    }
}

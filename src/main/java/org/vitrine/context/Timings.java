package org.vitrine.context;

import java.util.Map;

/**
 * Time spent in each stage of one run and the items it handled, for the benchmark. The stages are the routes' named
 * steps, timed by Camel ({@code camel/StageTimings}: {@code <step>} wall seconds, {@code <step>.cpu} CPU seconds); the
 * job itself adds what no route holds (reading the previous edition, Camel's start, the whole job) and the risk stage
 * its rules' own CPU.
 */
public final class Timings {
    private final Map<String, double[]> timings = new java.util.LinkedHashMap<>();

    /** Adds time spent in a stage (seconds) and the items it handled, for the summary and the benchmark. */
    public synchronized void time(String stage, double seconds, long items) {
        double[] t = timings.computeIfAbsent(stage, k -> new double[2]);
        t[0] += seconds;
        t[1] += items;
    }

    /** Stage name to {seconds, items}, in the order stages ran. */
    public Map<String, double[]> byStage() {
        return timings;
    }
}

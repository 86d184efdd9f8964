package org.vitrine.context;

import java.util.Map;

/** Time spent in each stage of one run and the items it handled, for the summary and the benchmark. */
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

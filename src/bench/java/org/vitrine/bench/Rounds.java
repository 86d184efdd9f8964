package org.vitrine.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Two pieces of work timed against each other over several rounds, each in turn first (A then B, then B then A):
 * neither always pays for the JIT, the page cache or the garbage of the other. Each keeps its wall and CPU seconds of
 * every round, so that a report gives the median and the spread, not one lucky round: on this shared machine the DECP
 * ratio moved from 1.34 to 2.50 × between four runs of the best of two rounds in a fixed order.
 */
public final class Rounds {

    /** One timed piece of work. */
    interface Work {
        void run(Samples into) throws IOException;
    }

    private Rounds() {
    }

    /** {@code rounds} rounds of {@code a} and {@code b}, alternating which goes first. */
    static void alternate(int rounds, Samples aSamples, Work a, Samples bSamples, Work b) throws IOException {
        for (int round = 0; round < Math.max(1, rounds); round++) {
            if (round % 2 == 0) {
                a.run(aSamples);
                b.run(bSamples);
            } else {
                b.run(bSamples);
                a.run(aSamples);
            }
        }
    }

    /** Wall and CPU seconds of every round of one piece of work. */
    public static final class Samples {
        private final List<Double> wall = new ArrayList<>();
        private final List<Double> cpu = new ArrayList<>();

        void add(double wallSeconds, double cpuSeconds) {
            wall.add(wallSeconds);
            cpu.add(cpuSeconds);
        }

        public int size() {
            return wall.size();
        }

        public double medianWall() {
            return median(wall);
        }

        public double medianCpu() {
            return median(cpu);
        }

        /** The fastest round in wall time and the cheapest in CPU, each on its own. */
        public double bestWall() {
            return wall.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        public double bestCpu() {
            return cpu.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        public double worstWall() {
            return wall.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        public double worstCpu() {
            return cpu.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        static double median(List<Double> values) {
            if (values.isEmpty()) {
                return Double.NaN;
            }
            double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int m = v.length / 2;
            return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
        }
    }
}

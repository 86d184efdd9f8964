package org.vitrine.risk.rules.market;

import java.util.Arrays;

/**
 * Symmetric, capped "related" links between the members of a group. Candidate pairs come with a
 * cost (lower is nearer); they are taken nearest first (ties by index) and a pair is kept while
 * both ends have fewer than {@code cap} links — a greedy b-matching. So A lists B exactly when B
 * lists A, no list is longer than the cap, and the result depends only on the candidates, not on the
 * order they were added in. Pairs are packed in longs (cost, low, high: 21 bits each) and sorted as
 * primitives: O(p log p) for p candidates.
 */
final class Links {

    static final int MAX = (1 << 21) - 1;

    /** Receives one unique pair. */
    interface PairVisitor {
        void visit(int lo, int hi);
    }

    private long[] pairs = new long[64];
    private int size;
    private boolean sorted;

    /** Adds a candidate pair; indexes must be in 0..MAX, cost is clamped to it (duplicates are fine). */
    void add(int i, int j, int cost) {
        if (i == j) {
            return;
        }
        if (Math.max(i, j) > MAX) {
            throw new IllegalArgumentException("a market of more than " + MAX + " needs");
        }
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
        }
        pairs[size++] = ((long) Math.max(0, Math.min(cost, MAX)) << 42) | ((long) Math.min(i, j) << 21) | Math.max(i, j);
        sorted = false;
    }

    /** Visits the unique candidate pairs, nearest first. */
    void forEach(PairVisitor visitor) {
        if (!sorted) {
            Arrays.sort(pairs, 0, size);
            int unique = 0;
            for (int k = 0; k < size; k++) {
                if (unique == 0 || pairs[k] != pairs[unique - 1]) {
                    pairs[unique++] = pairs[k];
                }
            }
            size = unique;
            sorted = true;
        }
        for (int k = 0; k < size; k++) {
            visitor.visit((int) (pairs[k] >>> 21) & MAX, (int) pairs[k] & MAX);
        }
    }

    /** For each of n members, the indexes it is linked to (at most cap each, symmetric). */
    int[][] build(int n, int cap) {
        int[][] out = new int[n][];
        int[] degree = new int[n];
        forEach((a, b) -> {
            if (degree[a] < cap && degree[b] < cap) {
                out[a] = push(out[a], degree[a]++, b);
                out[b] = push(out[b], degree[b]++, a);
            }
        });
        for (int k = 0; k < n; k++) {
            out[k] = out[k] == null ? new int[0] : Arrays.copyOf(out[k], degree[k]);
        }
        return out;
    }

    private static int[] push(int[] list, int at, int value) {
        int[] l = list == null ? new int[4] : at == list.length ? Arrays.copyOf(list, at * 2) : list;
        l[at] = value;
        return l;
    }
}

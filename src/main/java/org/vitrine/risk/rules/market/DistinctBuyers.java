package org.vitrine.risk.rules.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * For each window of a market, how many distinct buyers have a window overlapping it, exactly and in
 * O(n log n) without listing the pairs. Each buyer's windows are merged into disjoint blocks; the
 * blocks of one buyer that overlap a query are consecutive, so that buyer counts once as
 * (blocks overlapping) − (gaps between two consecutive blocks that both overlap). A gap (g1, g2),
 * g1 the end of a block and g2 the start of the next, is bridged by [s, e] when s ≤ g1 and g2 ≤ e:
 * a 2-D dominance count done offline (queries by decreasing s, gaps inserted in a Fenwick tree by g2).
 */
final class DistinctBuyers {

    private DistinctBuyers() {
    }

    /** buyer[k] is a small int per buyer; returns the number of distinct buyers overlapping each window, its own included. */
    static int[] count(int[] start, int[] end, int[] buyer, int buyers) {
        int n = start.length;
        List<List<Integer>> byBuyer = new ArrayList<>(buyers);
        for (int b = 0; b < buyers; b++) {
            byBuyer.add(new ArrayList<>());
        }
        for (int k = 0; k < n; k++) {
            byBuyer.get(buyer[k]).add(k);
        }
        int[] bs = new int[n];
        int[] be = new int[n];
        int blocks = 0;
        int[] g1 = new int[n];
        int[] g2 = new int[n];
        int gaps = 0;
        for (List<Integer> ks : byBuyer) {
            ks.sort(Comparator.comparingInt(k -> start[k]));
            int first = blocks;
            for (int k : ks) {
                if (blocks > first && start[k] <= be[blocks - 1]) {
                    be[blocks - 1] = Math.max(be[blocks - 1], end[k]);
                } else {
                    if (blocks > first) {
                        g1[gaps] = be[blocks - 1];
                        g2[gaps++] = start[k];
                    }
                    bs[blocks] = start[k];
                    be[blocks++] = end[k];
                }
            }
        }
        Overlaps blockOverlaps = new Overlaps(Arrays.copyOf(bs, blocks), Arrays.copyOf(be, blocks));
        int[] bridged = bridged(start, end, Arrays.copyOf(g1, gaps), Arrays.copyOf(g2, gaps));
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = blockOverlaps.count(start[k], end[k]) - bridged[k];
        }
        return out;
    }

    /** For each query [s, e], the number of gaps with s ≤ g1 and g2 ≤ e. */
    private static int[] bridged(int[] s, int[] e, int[] g1, int[] g2) {
        int[] values = g2.clone();
        Arrays.sort(values);
        Integer[] gapOrder = order(g1);
        Integer[] queryOrder = order(s);
        int[] tree = new int[values.length + 1];
        int[] out = new int[s.length];
        int g = gapOrder.length - 1;
        for (int q = queryOrder.length - 1; q >= 0; q--) {
            int k = queryOrder[q];
            while (g >= 0 && g1[gapOrder[g]] >= s[k]) {
                for (int x = Overlaps.atMost(values, g2[gapOrder[g]]); x <= values.length; x += x & -x) {
                    tree[x]++;
                }
                g--;
            }
            int c = 0;
            for (int x = Overlaps.atMost(values, e[k]); x > 0; x -= x & -x) {
                c += tree[x];
            }
            out[k] = c;
        }
        return out;
    }

    private static Integer[] order(int[] key) {
        Integer[] o = new Integer[key.length];
        for (int k = 0; k < o.length; k++) {
            o[k] = k;
        }
        Arrays.sort(o, Comparator.comparingInt(k -> key[k]));
        return o;
    }
}

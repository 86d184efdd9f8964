package org.vitrine.risk.rules.market;

import java.util.Arrays;

/**
 * Counts the closed day intervals of a set that overlap a query interval, in O(log n): an interval
 * overlaps [s, e] unless it ends before s or starts after e, and the two cases exclude each other,
 * so the count is (starts at or before e) − (ends before s), each a binary search on a sorted array.
 */
final class Overlaps {

    private final int[] starts;
    private final int[] ends;

    Overlaps(int[] starts, int[] ends) {
        this.starts = starts.clone();
        this.ends = ends.clone();
        Arrays.sort(this.starts);
        Arrays.sort(this.ends);
    }

    int count(int s, int e) {
        return atMost(starts, e) - atMost(ends, s - 1);
    }

    /** Number of values at or under x in a sorted array. */
    static int atMost(int[] sorted, int x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

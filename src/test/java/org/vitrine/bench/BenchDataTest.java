package org.vitrine.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.bench.BenchRead.Counts;

/** The synthetic data set: deterministic, the announced format mix and row spread, readable in production. */
class BenchDataTest {

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalFiles() throws Exception {
        List<Path> a = BenchData.write(tmp.resolve("a"), 600, 40, 7);
        Thread.sleep(2_100); // zip times have a 2-second resolution: a clock leak would show
        List<Path> b = BenchData.write(tmp.resolve("b"), 600, 40, 7);
        assertEquals(40, a.size());
        assertEquals(names(a), names(b));
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(sha256(a.get(i)), sha256(b.get(i)), a.get(i).getFileName().toString());
        }
        List<Path> c = BenchData.write(tmp.resolve("c"), 600, 40, 8);
        assertFalse(Arrays.equals(sha256(a.get(0)), sha256(c.get(0))), "another seed, other data");
    }

    @Test
    void seventyFifteenFifteenFormatsWithBuyerNumberedNames() throws Exception {
        List<Path> files = BenchData.write(tmp, 400, 200, 1);
        Map<String, Integer> byExt = new HashMap<>();
        for (Path f : files) {
            String n = f.getFileName().toString();
            byExt.merge(n.substring(n.lastIndexOf('.') + 1), 1, Integer::sum);
        }
        assertEquals(Map.of("xlsx", 140, "csv", 30, "ods", 30), byExt);
        assertEquals("bench-buyer-00001.xlsx", files.get(0).getFileName().toString());
        assertEquals("bench-buyer-00200.ods", files.get(199).getFileName().toString());
    }

    @Test
    void rowsAddUpAndAFewBuyersHoldMost() {
        int[] counts = BenchData.rowCounts(100_000, 1_000, new SplittableRandom(3));
        assertEquals(100_000, Arrays.stream(counts).sum());
        assertTrue(Arrays.stream(counts).allMatch(n -> n >= 1));
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        assertTrue(sorted[999] > 5_000, "the largest buyer has thousands of rows");
        assertTrue(Arrays.stream(counts).filter(n -> n >= 1_000).count() >= 5, "a few big buyers");
        assertTrue(sorted[500] < 100, "the median buyer has a handful");
        assertEquals(50, Arrays.stream(BenchData.rowCounts(50, 80, new SplittableRandom(3))).sum());
    }

    @Test
    void productionReadersSeeEveryRowAndTheHeader() throws Exception {
        int needs = 1_500;
        int buyers = 40;
        List<Path> files = BenchData.write(tmp, needs, buyers, 11);
        Counts c = BenchRead.production(files);
        assertEquals(needs + buyers, c.rows(), "data rows + one header per file");
        assertEquals(buyers, c.sheets());
    }

    @Test
    void aFewPercentRejectedAFewDuplicatedAndTheMarketRulesFire() throws Exception {
        int needs = 2_500;
        BenchRead.Outcome o = BenchRead.normalise(BenchData.write(tmp, needs, 30, 5));
        assertEquals(needs, o.records(), "every data row becomes a record");
        double rejected = (double) o.rejectedRows() / needs;
        assertTrue(rejected > 0.02 && rejected < 0.05, "rejected " + rejected + ": " + o.reasons());
        // A wrong check digit on an existing code is corrected with a warning now (issue 22): unreadable amounts remain.
        assertTrue(o.reasons().keySet().stream().anyMatch(r -> r.toLowerCase().contains("montant illisible")),
                "an unreadable amount is among the reasons: " + o.reasons().keySet());
        assertTrue(o.duplicateRows() > needs / 100 && o.duplicateRows() < needs / 25, "duplicates " + o.duplicateRows());
        assertTrue(o.sharedMarkets() >= 20, "markets bought by several buyers: " + o.sharedMarkets());
        assertTrue(o.needs() < needs - o.rejectedRows(), "duplicates merged");
        for (String rule : List.of("DEADLINE_CONGESTION", "SPLIT_SUSPECT", "THRESHOLD_EDGE", "NOT_ALLOTTED", "LIVE_DURING_EVENT")) {
            assertTrue(o.flags().getOrDefault(rule, 0) > 0, rule + " fires: " + o.flags());
        }
    }

    private static List<String> names(List<Path> files) {
        List<String> out = new ArrayList<>();
        files.forEach(f -> out.add(f.getFileName().toString()));
        return out;
    }

    static byte[] sha256(Path f) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
    }
}

package org.vitrine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DECP bench's synthetic file is what the awards source reads: same seed, same bytes; the configured buyers' awards kept. */
class DecpBenchTest {

    @Test
    void theSyntheticFileIsReadAndOnlyTheConfiguredBuyersAwardsAreKept(@TempDir Path dir) throws IOException {
        DecpBench.Result r = DecpBench.run(dir, 2, 1, 7);
        assertTrue(r.bytes() >= 2L << 20, "size " + r.bytes());
        assertTrue(r.records() > 1000, "records " + r.records());
        // 100 buyers of 20,000: about half a percent of the records
        assertTrue(r.kept() > 0 && r.kept() < r.records() / 50, "kept " + r.kept());
        assertTrue(DecpBench.scan(dir.resolve("decp-synthetic.json")) > r.records() * 20);
    }

    @Test
    void theSameSeedWritesTheSameFile(@TempDir Path dir) throws IOException {
        DecpBench.write(dir.resolve("a.json"), 300_000, 3);
        DecpBench.write(dir.resolve("b.json"), 300_000, 3);
        assertEquals(-1, Files.mismatch(dir.resolve("a.json"), dir.resolve("b.json")));
    }
}

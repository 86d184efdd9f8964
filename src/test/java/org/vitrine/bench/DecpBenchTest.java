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

    /**
     * The awards source's whole output on a small synthetic file (20,000 buyers: the other-buyer path on nearly every
     * record) is the one the reader gave before its speed work (its SHA-256 in the golden folder, see DecpFiguresTest).
     */
    @Test
    void theFiguresOnTheSyntheticFileAreUnchanged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("decp.json");
        DecpBench.write(file, 2L << 20, 7);
        String dump = org.vitrine.ingest.awards.DecpFiguresTest.dump(file);
        String sha = org.vitrine.ingest.awards.DecpFiguresTest.sha256(dump);
        Path expected = Path.of("src/test/resources/decp/golden/synthetic-2mb-seed7.sha256");
        if (Boolean.getBoolean("decp.golden.write")) {
            Files.writeString(expected, sha + "\n");
        }
        assertTrue(dump.lines().filter(l -> l.startsWith("figure ")).count() > 100, "figures counted");
        assertEquals(Files.readString(expected).strip(), sha);
    }

    @Test
    void theSameSeedWritesTheSameFile(@TempDir Path dir) throws IOException {
        DecpBench.write(dir.resolve("a.json"), 300_000, 3);
        DecpBench.write(dir.resolve("b.json"), 300_000, 3);
        assertEquals(-1, Files.mismatch(dir.resolve("a.json"), dir.resolve("b.json")));
    }
}

package org.vitrine.context;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source's raw inputs are kept only while the source is configured (they hold personal contacts). */
class SnapshotsTest {

    @TempDir
    Path tmp;

    @Test
    void theSnapshotOfASourceNoLongerConfiguredIsRemoved() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path file = Files.writeString(in.resolve("a.csv"), "Objet;Contact\nx;marie.dupont@example.fr\n");
        Snapshots s = new Snapshots(tmp.resolve("out/2027"));
        s.save("gardee", List.of(file), in, LocalDate.of(2026, 11, 26));
        s.save("retiree", List.of(file), in, LocalDate.of(2026, 11, 26));
        s.retainOnly(Set.of("gardee"));
        assertTrue(s.has("gardee"));
        assertFalse(s.has("retiree"));
        assertFalse(Files.exists(s.dir("retiree")) || Files.exists(tmp.resolve("out/2027/state/snapshots/retiree.json")));
    }
}

package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while an edition is written (issue 16, second round): exit 6, a sentence naming
 * the cause and the edition still online (read from {@code current}), no half edition, status.json whole.
 * The disk is a small tmpfs, which only root may mount: elsewhere the test is skipped.
 */
class DiskFullTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path disk;

    static boolean sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor() == 0;
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            sh("umount", disk.toString());
        }
    }

    @Test
    void aDiskFullWhilePublishingKeepsThePreviousEditionOnline() throws Exception {
        Path mountPoint = Files.createDirectories(tmp.resolve("disk"));
        Assumptions.assumeTrue(OutNotWritableTest.root(), "skipped: the full disk is a 16 MiB tmpfs, and only root may mount one"
                + " (run the tests as root, or check a full disk by hand: docs/HOSTILE.md)");
        Assumptions.assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mountPoint.toString()),
                "skipped: root, but mount -t tmpfs was refused (a container without CAP_SYS_ADMIN?)");
        disk = mountPoint;
        Path sheets = SourceFolderSafetyTest.manyFiles(tmp.resolve("sheets"), 3);
        Path config = CorpusRun.config(tmp, sheets, false);
        Path out = disk.resolve("out");
        CorpusRun.Result firstRun = CorpusRun.run(config, out, Map.of(), 120);
        assertEquals(0, firstRun.exit(), () -> "first edition: " + firstRun);
        String first = Files.readSymbolicLink(out.resolve("2027/current")).getFileName().toString();

        // Fill the disk but for 60 KiB: the next edition starts to be written, then the disk is full.
        FileStore store = Files.getFileStore(disk);
        try (OutputStream fill = Files.newOutputStream(disk.resolve("remplissage"))) {
            byte[] block = new byte[4096];
            for (long left = store.getUsableSpace() - (60 << 10); left > 0; left -= block.length) {
                fill.write(block);
            }
        }
        SourceFolderSafetyTest.manyFiles(sheets, 30);
        CorpusRun.Result r = CorpusRun.run(config, out, Map.of(), 120);
        assertEquals(6, r.exit(), r::toString);
        assertTrue(r.output().contains("No space left on device"), r::toString);
        assertTrue(r.output().contains("L’édition précédente reste en ligne (" + first + ")"), r::toString);
        assertEquals(first, Files.readSymbolicLink(out.resolve("2027/current")).getFileName().toString());
        try (Stream<Path> editions = Files.list(out.resolve("2027/editions"))) {
            assertEquals(List.of(first), editions.map(p -> p.getFileName().toString()).toList(), "no half edition left");
        }
        assertEquals(3, JSON.readTree(out.resolve("2027/public/data/needs.json").toFile()).get("needs").size());
        Path status = out.resolve("2027/state/status.json");
        if (Files.exists(status)) {
            JSON.readTree(status.toFile()); // whole, or the previous one: never cut
        }
        assertFalse(r.output().contains("\tat "), () -> "no stack trace: " + r);
    }
}

package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.context.EditionWriter;

/**
 * SIGTERM to {@code vitrine run} (issue 16, second round; Ctrl+C is the same shutdown): at any moment of
 * the run — reading, risks, pages and brochure, switching — it ends with exit 7, no partial edition and
 * no scratch folder left, the lock free, and one sentence saying which edition is online, read from the
 * {@code current} link. It used to end with 143, silently, leaving state/fetch and half-written folders.
 */
class RunStopTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void sigtermAtAnyMomentOfARunEndsCleanlyAndSaysWhatIsOnline() throws Exception {
        Path sheets = SourceFolderSafetyTest.manyFiles(tmp.resolve("sheets"), 5);
        Path config = CorpusRun.config(tmp, sheets, false, "");
        Path out = tmp.resolve("out");
        assertEquals(0, CorpusRun.run(config, out, Map.of(), 120).exit(), "first edition");
        String first = Files.readSymbolicLink(out.resolve("2027/current")).getFileName().toString();
        EditionWriter.deleteTree(sheets);
        SourceFolderSafetyTest.manyFiles(sheets, 300);

        // Milliseconds after the run's files were copied aside: reading, then later stages.
        for (long delay : new long[] {0, 1500, 4000}) {
            String before = Files.readSymbolicLink(out.resolve("2027/current")).getFileName().toString();
            Path log = tmp.resolve("run-" + delay + ".log");
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), CorpusRun.HEAP,
                    "-Duser.language=fr", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                    "org.vitrine.cli.VitrineCli", "run", "--config", config.toString(), "--out", out.toString(),
                    "--date", "2026-11-2" + (7 + delay / 1500));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Path fetch = out.resolve("2027/state/fetch");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.isDirectory(fetch) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(delay);
            boolean signalled = p.isAlive();
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stops");
            String output = Files.readString(log);
            String current = Files.readSymbolicLink(out.resolve("2027/current")).getFileName().toString();
            if (signalled) {
                assertEquals(7, p.exitValue(), output);
                assertTrue(output.contains(current.equals(before) ? "rien n’a été publié ; l’édition en ligne reste " + before
                        : "la nouvelle édition " + current + " est en ligne"), delay + " ms: " + output);
            }
            assertFalse(Files.exists(fetch), "no copy of the sources left: " + output);
            try (Stream<Path> editions = Files.list(out.resolve("2027/editions"))) {
                for (Path e : editions.toList()) {
                    String name = e.getFileName().toString();
                    // Stopped while reading, no edition folder is begun; inside a step longer than the 8 s
                    // waited for (a slow brochure), the half-written one is left to the next run.
                    assertTrue(delay > 0 || !name.startsWith(".tmp-"), "no half-written edition left: " + name);
                    assertTrue(name.startsWith(".tmp-") || Files.isRegularFile(e.resolve("public/data/needs.json")), name + " is whole");
                }
            }
            int published = JSON.readTree(out.resolve("2027/public/data/needs.json").toFile()).get("needs").size();
            assertEquals(current.equals(first) ? 5 : 300, published, "the edition online is one edition, whole");
        }
        // The lock went with the process: a run right after takes it at once.
        Files.writeString(sheets.resolve("zz.csv"), SourceFolderSafetyTest.HEADER + SourceFolderSafetyTest.row("Dernier envoi"));
        CorpusRun.Result next = CorpusRun.run(config, out, Map.of(), 120);
        assertTrue(next.exit() <= 1, next.output());
        try (Stream<Path> editions = Files.list(out.resolve("2027/editions"))) {
            assertEquals(List.of(), editions.filter(e -> e.getFileName().toString().startsWith(".tmp-")).toList());
        }
    }
}

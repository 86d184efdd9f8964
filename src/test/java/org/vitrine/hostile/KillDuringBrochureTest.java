package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 10: PDFBox's scratch file lives inside the edition being written, never in the system's
 * temp folder, so a run killed while it draws the brochure leaves nothing outside {@code --out}, and the
 * next run removes what it left inside.
 */
class KillDuringBrochureTest {

    @TempDir
    Path tmp;

    static Optional<Path> scratch(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().startsWith("PDFBox")).findFirst();
        } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
            return Optional.empty(); // a folder went away while walked: look again
        }
    }

    @Test
    void aKillWhileTheBrochureIsDrawnLeavesNoScratchFileOutsideTheOutputFolder() throws Exception {
        Path config = CorpusRun.config(tmp, Path.of("examples/spreadsheets").toAbsolutePath(), false);
        Path out = tmp.resolve("out");
        Path systemTemp = Files.createDirectories(tmp.resolve("system-temp"));
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Djava.io.tmpdir=" + systemTemp, "-cp", System.getProperty("java.class.path"), "org.vitrine.cli.VitrineCli",
                "run", "--config", config.toString(), "--out", out.toString(), "--date", CorpusRun.DATE);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("run.log").toFile()).start();
        Optional<Path> seen = Optional.empty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (seen.isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
            seen = scratch(systemTemp).or(() -> {
                try {
                    return scratch(out);
                } catch (IOException e) {
                    return Optional.empty();
                }
            });
            Thread.sleep(2);
        }
        assertTrue(seen.isPresent(), "the brochure's scratch file was seen while it was drawn: " + Files.readString(tmp.resolve("run.log")));
        p.destroyForcibly().waitFor();
        assertTrue(scratch(systemTemp).isEmpty(), "nothing in the system temp folder, the scratch file was " + seen.get());
        assertTrue(seen.get().startsWith(out), seen.get().toString());

        CorpusRun.Result next = CorpusRun.run(config, out, java.util.Map.of(), 120);
        assertEquals(1, next.exit(), next.output());
        assertTrue(scratch(out).isEmpty(), "the next run removed the killed run's leftovers");
    }
}

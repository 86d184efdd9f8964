package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 8, the other half: a forecast within every input limit that the heap still cannot hold
 * is not "a source failed" (exit 3) but exit 6 with what to change (more memory, or a lower limit).
 */
@Tag("stress")
class OutOfMemoryStressTest {

    @TempDir
    Path tmp;

    @Test
    void aHeapTooSmallForTheForecastSaysSoWithExitSix() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        StringBuilder csv = new StringBuilder(String.join(";", HostileCorpus.HEADERS)).append('\n');
        for (int r = 2; r < 99_000; r++) {
            csv.append("chu-beaumont;M-").append(r).append(";Gants de chirurgie ").append(r).append(";33141420-0;")
                    .append(1000 + r % 9000).append(";T2 2027\n");
        }
        Files.writeString(sheets.resolve("gros.csv"), csv, StandardCharsets.UTF_8);
        Path config = CorpusRun.config(tmp, sheets, false);
        Path out = tmp.resolve("out");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx200m",
                "-Duser.language=fr", "-cp", System.getProperty("java.class.path"), "org.vitrine.cli.VitrineCli",
                "run", "--config", config.toString(), "--out", out.toString(), "--date", CorpusRun.DATE);
        Path log = tmp.resolve("run.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS));
        String output = Files.readString(log);
        assertEquals(6, p.exitValue(), output);
        assertTrue(output.contains("La mémoire a manqué") && output.contains("VITRINE_HEAP"), output);
        assertTrue(output.contains("Aucune édition n’est en ligne."), output);
        assertFalse(output.contains("\tat "), output);
    }
}

package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that fails while writing leaves the current edition exactly as it was (exit 6). */
class EditionSafetyTest {

    @TempDir
    Path tmp;

    @Test
    void aPublishedEditionIsReadableByAWebServerRunningAsAnotherUserButItsInternalFilesAreNot() throws Exception {
        Path config = TestConfig.copy(tmp, Path.of("examples/spreadsheets"), false);
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26");
        assertEquals(1, r.exit(), r.out() + r.err());
        Path edition = out.resolve("2027").resolve(Files.readSymbolicLink(out.resolve("2027/current")));
        assertEquals("rwxr-xr-x", mode(edition), "the edition folder (it was 0700, a temporary folder)");
        assertEquals("rwxr-xr-x", mode(edition.resolve("public")));
        assertEquals("rwxr-x---", mode(edition.resolve("internal")), "personal data: owner and group only");
    }

    static String mode(Path p) throws java.io.IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void failedWriteLeavesThePreviousEditionCurrentAndUntouched() throws Exception {
        Path config = TestConfig.copy(tmp, Path.of("examples/spreadsheets"), false);
        Path out = tmp.resolve("out");
        CliRunner.Result first = CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26");
        assertEquals(1, first.exit(), first.out() + first.err());
        Path year = out.resolve("2027");
        Path current = Files.readSymbolicLink(year.resolve("current"));
        var before = RunExamplesEndToEndTest.files(year.resolve("public"));

        // state/manifests replaced by a plain file: writing the manifest fails half-way through publication
        try (Stream<Path> w = Files.walk(year.resolve("state/manifests"))) {
            w.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.writeString(year.resolve("state/manifests"), "not a folder");

        CliRunner.Result second = CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-27");
        assertEquals(6, second.exit(), second.out() + second.err());
        assertTrue(second.err().contains("L’édition précédente reste en ligne (" + current.getFileName() + ")"), second.err());
        assertEquals(current, Files.readSymbolicLink(year.resolve("current")));
        var after = RunExamplesEndToEndTest.files(year.resolve("public"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), k));
        try (Stream<Path> editions = Files.list(year.resolve("editions"))) {
            assertEquals(1, editions.count(), "the failed edition's temporary folder is removed");
        }
    }

    @Test
    void aRunKilledHalfWayLeavesThePreviousEditionAndTheNextRunCleansUp() throws Exception {
        Path config = TestConfig.copy(tmp, Path.of("examples/spreadsheets"), true);
        Path out = tmp.resolve("out");
        assertEquals(1, CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26").exit());
        Path year = out.resolve("2027");
        Path current = Files.readSymbolicLink(year.resolve("current"));
        var before = RunExamplesEndToEndTest.files(year.resolve("public"));

        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "org.vitrine.cli.VitrineCli",
                "run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-27")
                .redirectErrorStream(true).start();
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(run.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(reader.readLine().startsWith("Vitrine"), "the second run started");
        Thread.sleep(1500);
        run.destroyForcibly().waitFor();

        assertEquals(current, Files.readSymbolicLink(year.resolve("current")));
        var after = RunExamplesEndToEndTest.files(year.resolve("public"));
        before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), k));
        assertEquals(before.keySet(), after.keySet());

        assertEquals(1, CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-27").exit());
        try (Stream<Path> editions = Files.list(year.resolve("editions"))) {
            assertTrue(editions.noneMatch(p -> p.getFileName().toString().startsWith(".")), "leftovers removed");
        }
    }

    @Test
    void badConfigurationIsExitTwoWithTheFileAndLine() throws Exception {
        Path config = TestConfig.copy(tmp, Path.of("examples/spreadsheets"), false);
        Files.writeString(config.resolve("vitrine.yaml"), "forecastYear: 2027\nbrochur: {}\n");
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("vitrine.yaml, ligne 2") && r.err().contains("brochur"), r.err());
    }
}

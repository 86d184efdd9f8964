package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.vitrine.cli.TestConfig;
import org.vitrine.context.EditionWriter;

/**
 * Issue 16, third round (not tested before): {@code --out} a folder Vitrine may not write to. Exit 6
 * (README: "l’écriture a échoué … droits"), one sentence naming the folder, no stack trace, nothing online.
 * Permissions do not bind root, so as root the run is made as user nobody (setpriv), with its classpath
 * linked where nobody can read it; without setpriv the test is skipped, saying why.
 */
class OutNotWritableTest {

    Path base;

    @AfterEach
    void clean() throws Exception {
        if (base != null) {
            EditionWriter.deleteTree(base);
        }
    }

    static boolean root() throws Exception {
        Process p = new ProcessBuilder("id", "-u").start();
        String uid = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.waitFor() == 0 && uid.equals("0");
    }

    @Test
    void anOutFolderThatMayNotBeWrittenToEndsWithSixNamingIt() throws Exception {
        boolean root = root();
        if (root) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")),
                    "running as root, where permissions do not apply, and without /usr/bin/setpriv to run as another user");
        }
        // Not JUnit's @TempDir: it is 0700, and user nobody must read the configuration and the sheets.
        base = Files.createTempDirectory("vitrine-out-denied-");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path sheets = SourceFolderSafetyTest.manyFiles(base.resolve("sheets"), 2);
        Path config = TestConfig.copy(base, sheets, false);
        Path out = Files.createDirectories(base.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));

        List<String> cmd = new ArrayList<>();
        if (root) {
            cmd.addAll(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Duser.language=fr", "-Dfile.encoding=UTF-8", "-Dvitrine.home=" + Path.of("").toAbsolutePath(),
                "-cp", root ? readableClasspath(Files.createDirectories(base.resolve("cp"))) : System.getProperty("java.class.path"),
                "org.vitrine.cli.VitrineCli", "run", "--config", config.toString(), "--out", out.toString(), "--date", CorpusRun.DATE));
        walkReadable(base);
        Path log = base.resolve("run.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "ends");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(6, p.exitValue(), output);
        assertTrue(output.contains("L’écriture de l’édition a échoué") && output.contains(out.resolve("2027").toString())
                && output.contains("droits"), output);
        assertTrue(output.contains("Aucune édition n’est en ligne"), output);
        assertFalse(output.contains("\tat ") || output.contains("Exception in thread"), "no stack trace: " + output);
        assertFalse(Files.exists(out.resolve("2027")), "nothing written");
    }

    /** The test's classpath where user nobody can read it: jars hard-linked (copied across file systems), classes copied. */
    static String readableClasspath(Path dir) throws Exception {
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = dir.resolve(i++ + "-" + from.getFileName());
            if (Files.isDirectory(from)) {
                try (var walk = Files.walk(from)) {
                    for (Path f : walk.toList()) {
                        Files.copy(f, to.resolve(from.relativize(f).toString()));
                    }
                }
            } else {
                try {
                    Files.createLink(to, from);
                } catch (java.io.IOException | UnsupportedOperationException e) {
                    Files.copy(from, to);
                }
            }
            entries.add(to.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Folders 0755, files 0644 (the out folder stays read-only). */
    static void walkReadable(Path dir) throws Exception {
        try (var walk = Files.walk(dir)) {
            for (Path f : walk.toList()) {
                if (f.getFileName().toString().equals("out")) {
                    continue;
                }
                if (Files.isDirectory(f)) {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else if (!Files.isSymbolicLink(f) && ((Number) Files.getAttribute(f, "unix:nlink")).longValue() == 1) { // not a linked jar
                    f.toFile().setReadable(true, false);
                }
            }
        }
    }
}

package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editions kept and rolled back; a second run waits for the lock, then exits 5 naming the first. */
class EditionsAndLockTest {

    @TempDir
    Path tmp;

    Path config(int kept, int lockWait) throws Exception {
        return TestConfig.in(tmp).spreadsheets(Path.of("examples/spreadsheets")).brochure(false)
                .editionsKept(kept).lockWaitSeconds(lockWait).write();
    }

    /**
     * {@code out}/2027 holding an edition folder (its public/ empty) for {@code online}, which current links to, and
     * for each of {@code offline}.
     */
    private static Path editions(Path out, String online, String... offline) throws Exception {
        Path year = out.resolve("2027");
        for (String edition : offline) {
            Files.writeString(Files.createDirectories(year.resolve("editions/" + edition + "/public")).resolve("index.html"),
                    "<!doctype html>"); // an edition serves its home page
        }
        Files.writeString(Files.createDirectories(year.resolve("editions/" + online + "/public")).resolve("index.html"),
                "<!doctype html>");
        org.vitrine.context.EditionWriter.switchLink(year.resolve("current"), Path.of("editions", online));
        return year;
    }

    /** Another process (HoldLock) holding the lock of {@code state}, once it says « locked »; the caller ends it. */
    private static Process lockHolder(Path state) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "org.vitrine.cli.HoldLock", state.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", r.readLine());
        } catch (Throwable t) {
            holder.destroyForcibly().waitFor();
            throw t;
        }
        return holder;
    }

    @Test
    void keepsTheConfiguredNumberOfEditionsAndRollsBack() throws Exception {
        Path config = config(2, 1);
        Path out = tmp.resolve("out");
        for (String date : new String[] {"2026-11-24", "2026-11-25", "2026-11-26"}) {
            assertEquals(1, CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", date).exit());
        }
        CliRunner.Result list = CliRunner.run("editions", "--year", "2027", "--out", out.toString());
        assertEquals(0, list.exit());
        assertTrue(!list.out().contains("2026-11-24") && list.out().contains("2026-11-25"), list.out());
        String older = list.out().lines().filter(l -> l.contains("2026-11-25")).findFirst().orElseThrow().strip().split("\\s+")[0];
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("*") && l.contains("2026-11-26")), list.out());

        CliRunner.Result back = CliRunner.run("rollback", older, "--year", "2027", "--out", out.toString());
        assertEquals(0, back.exit(), back.err());
        assertEquals("editions/" + older, Files.readSymbolicLink(out.resolve("2027/current")).toString());
        assertTrue(Files.readString(out.resolve("2027/public/data/needs.json")).contains("\"date\" : \"2026-11-25\""));
        assertEquals(2, CliRunner.run("rollback", "2020-01-01-deadbeef", "--year", "2027", "--out", out.toString()).exit());
    }

    @Test
    void aSecondRunWaitsForTheLockThenExitsFiveNamingTheFirst() throws Exception {
        Path config = config(10, 1);
        Path out = tmp.resolve("out");
        Path state = Files.createDirectories(out.resolve("2027/state"));
        Process holder = lockHolder(state);
        try {
            CliRunner.Result second = CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26");
            assertEquals(5, second.exit(), second.out() + second.err());
            assertTrue(second.err().contains("pid " + holder.pid()) && second.err().contains("test holder"), second.err());
            assertTrue(Files.notExists(out.resolve("2027/current")), "nothing published");
        } finally {
            holder.destroyForcibly().waitFor();
        }
        assertEquals(1, CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26").exit(),
                "the lock is released when its process ends");
    }

    @Test
    void aRollbackWhileARunHoldsTheLockWaitsForItThenExitsFiveSayingNothingWasPutBack() throws Exception {
        Path config = config(10, 1);
        Path out = tmp.resolve("out");
        Path year = editions(out, "2026-11-26-bbbbbbbb", "2026-11-25-aaaaaaaa");
        Process holder = lockHolder(Files.createDirectories(year.resolve("state")));
        try {
            CliRunner.Result back = CliRunner.run("rollback", "2026-11-25-aaaaaaaa", "--year", "2027", "--out", out.toString(),
                    "--config", config.toString());
            assertEquals(5, back.exit(), back.out() + back.err());
            assertTrue(back.err().contains("pid " + holder.pid()) && back.err().contains("le délai de 1 s")
                    && back.err().contains("l’édition 2026-11-25-aaaaaaaa n’a pas été remise en ligne"), back.err());
            assertTrue(!back.out().contains("de nouveau en ligne"), back.out());
            assertEquals("editions/2026-11-26-bbbbbbbb", Files.readSymbolicLink(year.resolve("current")).toString());
        } finally {
            holder.destroyForcibly().waitFor();
        }
        CliRunner.Result back = CliRunner.run("rollback", "2026-11-25-aaaaaaaa", "--year", "2027", "--out", out.toString(),
                "--config", config.toString());
        assertEquals(0, back.exit(), back.out() + back.err());
        assertEquals("editions/2026-11-25-aaaaaaaa", Files.readSymbolicLink(year.resolve("current")).toString());
    }

    @Test
    void aRunThatWaitedWhileAnEditionWasRolledBackPublishesNothingAndSaysWhatIsOnline() throws Exception {
        Path config = config(10, 1);
        Path out = tmp.resolve("out");
        Path year = editions(out, "2026-11-25-aaaaaaaa");
        // the rollback's status as written under the lock, while the run (begun before it) was waiting
        Files.createDirectories(year.resolve("state"));
        Files.writeString(year.resolve("state/status.json"), "{\"outcome\":\"rolled back\",\"edition\":\"2026-11-25-aaaaaaaa\","
                + "\"rolledBack\":\"" + java.time.Instant.now().plusSeconds(3600) + "\"}");
        CliRunner.Result run = CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26");
        assertEquals(5, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("sans rien publier") && run.err().contains("L’édition 2026-11-25-aaaaaaaa reste en ligne"),
                run.err());
        assertEquals("editions/2026-11-25-aaaaaaaa", Files.readSymbolicLink(year.resolve("current")).toString());

        // a rollback before the run began is no reason to stop it
        Files.writeString(year.resolve("state/status.json"), "{\"outcome\":\"rolled back\",\"edition\":\"2026-11-25-aaaaaaaa\","
                + "\"rolledBack\":\"" + java.time.Instant.now().minusSeconds(5) + "\"}");
        assertEquals(1, CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26").exit());
        assertTrue(!Files.readSymbolicLink(year.resolve("current")).toString().endsWith("aaaaaaaa"));
    }
}

package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vitrine serve: catches up the missed run at start-up, then Quartz fires on the cron. */
class ServeTest {

    @TempDir
    Path tmp;

    @Test
    void catchesUpAtStartUpThenRunsOnTheSchedule() throws Exception {
        Path config = TestConfig.in(tmp).spreadsheets(Path.of("examples/spreadsheets")).brochure(false)
                .cron("* * * * * ?").write();
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("serve", "--config", config.toString(), "--out", out.toString(), "--runs", "2");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("n’a pas eu lieu (machine arrêtée ?) : elle est lancée maintenant"), r.out());
        assertEquals(2, r.out().lines().filter(l -> l.contains("exécution terminée, code")).count(), r.out());
        assertTrue(r.out().contains("Rien n’a changé"), "the second, scheduled run finds nothing new: " + r.out());
        String status = Files.readString(out.resolve("2027/state/status.json"));
        assertTrue(status.contains("\"outcome\" : \"unchanged\""), status);
        assertTrue(Files.isSymbolicLink(out.resolve("2027/current")));
    }
}

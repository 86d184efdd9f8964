package org.vitrine.cli;

import org.vitrine.run.ExitCode;
import org.vitrine.run.YearlyJob;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.context.Run;

/**
 * Once a yearly job is over, nothing keeps its run (every need of the forecast) in memory: the scheduler
 * and the benchmark run several jobs in one JVM, and a national forecast's needs take hundreds of megabytes.
 * Camel keeps its last context reachable after it stops, and a bean of ours used to keep the run with it.
 */
class RunReleasedTest {

    @TempDir
    Path tmp;

    @Test
    void theRunCanBeCollectedOnceTheJobIsOver() throws Exception {
        Path config = TestConfig.copy(tmp, Path.of("examples/spreadsheets"), false);
        AtomicReference<Run> finished = new AtomicReference<>();
        StringWriter log = new StringWriter();
        int exit = YearlyJob.execute(new YearlyJob.Options(config, tmp.resolve("out"), 2027, "2026-11-26", false, "fr",
                "vitrine run", false, null), new PrintWriter(log), new PrintWriter(log), Summary.console(), finished::set);
        assertEquals(ExitCode.REJECTS, exit, log.toString());
        assertNotNull(finished.get());
        WeakReference<Run> run = new WeakReference<>(finished.getAndSet(null));
        for (int i = 0; i < 20 && run.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertNull(run.get(), "the run is still reachable after the job");
    }
}

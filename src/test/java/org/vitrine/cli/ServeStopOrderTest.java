package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.context.StopSignal;
import org.vitrine.messages.Messages;
import org.vitrine.run.ExitCode;
import org.vitrine.schedule.ScheduledRun;

/**
 * Issue 16, outside attacker: one serve stop in 14 said « La publication a été interrompue (RejectedExecutionException) »,
 * exit 3. Camel's own shutdown hook runs beside serve's and refuses the abandoned run's work; the stop was only
 * known to the run once serve's grace had run out. The interleaving made deterministic: the run fails at the moment
 * serve's hook says it is stopping (a latch on its first line), as Camel's refusal does, and must be told it is the stop.
 */
class ServeStopOrderTest {

    @TempDir
    Path tmp;

    @AfterEach
    void clear() {
        StopSignal.clearForTests();
    }

    @Test
    void aRunFailingWhileServeStopsKnowsItIsTheStop() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch hookSpoke = new CountDownLatch(1);
        AtomicInteger exit = new AtomicInteger(-1);
        Messages m = Messages.of("fr");
        StringWriter log = new StringWriter();
        PrintWriter out = new PrintWriter(new Writer() {
            @Override
            public void write(char[] b, int off, int len) {
                log.write(b, off, len);
                hookSpoke.countDown(); // serve's hook has printed « arrêt demandé… »: Camel may refuse work from now on
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, true);
        ScheduledRun scheduled = new ScheduledRun(() -> null, "0 0 6 15 1 ?", "Europe/Paris", new PrintWriter(new StringWriter()), m::get, 1);
        java.util.function.IntSupplier job = () -> {
            running.countDown();
            try {
                hookSpoke.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // what YearlyJob says of a failure (Camel's RejectedExecutionException) at this moment
            exit.set(StopSignal.asked() ? ExitCode.STOPPED : ExitCode.SOURCE_FAILED);
            return exit.get();
        };
        Thread run = new Thread(() -> fire(scheduled, job));
        run.start();
        running.await();
        ServeCommand.stopOnSignal(scheduled, null, tmp.resolve("2027"), m, out);
        run.join();
        assertEquals(ExitCode.STOPPED, exit.get(), log.toString());
        assertTrue(log.toString().contains("la mise en ligne de l’exécution en cours avait commencé") || log.toString().contains("abandonnée"), log.toString());
    }

    @Test
    void aSwitchEndedBetweenTheSignalAndTheStopsFirstLookIsSaid() throws Exception {
        // Outside attacker, eighth round: the signal came as the run's edition folder appeared; the run switched its
        // edition in before serve's hook read what was online, and serve said « abandonnée sans rien mettre en ligne
        // (édition en ligne : <the new one>) ».
        Path year = tmp.resolve("2027");
        // each with its public/: an edition without it is not online (attacker A, failure 7)
        java.nio.file.Files.createDirectories(year.resolve("editions/2026-11-27-old/public"));
        java.nio.file.Files.writeString(year.resolve("editions/2026-11-27-old/public/index.html"), "<!doctype html>"); // an edition serves its home page
        java.nio.file.Files.createDirectories(year.resolve("editions/2026-12-03-new/public"));
        java.nio.file.Files.writeString(year.resolve("editions/2026-12-03-new/public/index.html"), "<!doctype html>"); // an edition serves its home page
        java.nio.file.Files.createSymbolicLink(year.resolve("current"), Path.of("editions/2026-11-27-old"));
        java.util.concurrent.atomic.AtomicReference<String> atStart = new java.util.concurrent.atomic.AtomicReference<>();
        CountDownLatch switched = new CountDownLatch(1);
        CountDownLatch hookSpoke = new CountDownLatch(1);
        StringWriter log = new StringWriter();
        PrintWriter out = new PrintWriter(new Writer() {
            @Override
            public void write(char[] b, int off, int len) {
                log.write(b, off, len);
                hookSpoke.countDown();
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, true);
        Messages m = Messages.of("fr");
        ScheduledRun scheduled = new ScheduledRun(() -> null, "0 0 6 15 1 ?", "Europe/Paris", new PrintWriter(new StringWriter()), m::get, 1);
        java.util.function.IntSupplier job = () -> {
            atStart.set(new org.vitrine.context.EditionWriter(year).currentId().orElse("-"));
            try {
                java.nio.file.Files.delete(year.resolve("current"));
                java.nio.file.Files.createSymbolicLink(year.resolve("current"), Path.of("editions/2026-12-03-new"));
                switched.countDown();
                hookSpoke.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return ExitCode.OK;
        };
        Thread run = new Thread(() -> fire(scheduled, job));
        run.start();
        switched.await();
        ServeCommand.stopOnSignal(scheduled, null, year, m, out, atStart);
        run.join();
        String said = log.toString();
        assertTrue(said.contains("la mise en ligne de l’exécution en cours avait commencé") && said.contains("2026-12-03-new")
                && !said.contains("sans rien mettre en ligne ("), said);
    }

    /** What the route scheduled-run does at a fire, {@code job} standing for direct:yearly-job. */
    private static void fire(ScheduledRun s, java.util.function.IntSupplier job) {
        if (s.begin()) {
            int exit = ExitCode.SOURCE_FAILED;
            try {
                exit = job.getAsInt();
            } finally {
                s.finished(exit);
            }
        }
    }
}

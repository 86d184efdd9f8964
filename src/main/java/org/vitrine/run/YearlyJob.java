package org.vitrine.run;

import org.vitrine.messages.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.vitrine.camel.VitrineCamel;
import org.vitrine.config.Config;
import org.vitrine.context.EditionWriter;
import org.vitrine.publish.PreviousEdition;
import org.vitrine.publish.Templates;
import org.vitrine.context.Progress;
import org.vitrine.context.Run;

/**
 * The yearly job, one code path for {@code vitrine run} and for each scheduled run of
 * {@code vitrine serve}: config, lock, "nothing changed?", the Camel routes, then the summary and
 * the status file. Returns the exit code of CONTRACT §1. The command line ({@code cli}) parses the options and
 * supplies the {@link Console}; it holds no step of the job.
 */
public final class YearlyJob {

    /** What the command line shows around the job: progress bars (interactive runs), the summary of a published run. */
    public interface Console {
        Progress progress();

        void summary(PrintWriter out, Run run, EditionWriter editions, Messages m, double seconds);
    }

    /** What a run is asked to do; null fields take their defaults. */
    public record Options(Path config, Path out, Integer year, String date, boolean dryRun, String lang, String command,
            boolean interactive, java.util.List<String> sources) {
    }

    private YearlyJob() {
    }

    public static int execute(Options o, PrintWriter out, PrintWriter err, Console console) {
        return execute(o, out, err, console, run -> { });
    }

    /** The same, handing the finished run to {@code onDone} (the benchmark reads its stage timings). */
    public static int execute(Options o, PrintWriter out, PrintWriter err, Console console,
            java.util.function.Consumer<Run> onDone) {
        return execute(o, out, err, console, onDone, null);
    }

    /**
     * The same in a Camel Main already started ({@code vitrine serve}: one for all its runs, routes and beans kept
     * between them), or, with {@code camel} null, in one started for this run and stopped after it.
     */
    public static int execute(Options o, PrintWriter out, PrintWriter err, Console console,
            java.util.function.Consumer<Run> onDone, VitrineCamel camel) {
        long started = System.nanoTime();
        Messages m = Defaults.messages(o.lang());
        Config cfg = Defaults.load(Defaults.configDir(o.config()), m, err);
        if (cfg == null) {
            return ExitCode.USAGE;
        }
        // --lang changes what the console says; the edition is in the languages of vitrine.yaml.
        Messages edition = Messages.of(cfg.vitrine().primaryLanguage());
        if (o.lang() == null) {
            m = edition;
        }
        LocalDate editionDate;
        try {
            editionDate = Defaults.editionDate(o.date());
        } catch (DateTimeParseException | NumberFormatException e) {
            err.println(m.get("run.bad_date", o.date()));
            return ExitCode.USAGE;
        }
        int year = Defaults.forecastYear(o.year(), cfg, editionDate);
        // A forecast is of the coming years; out/1850 is a typo, not a plan.
        if (year < editionDate.getYear() - 1 || year > editionDate.getYear() + 5) {
            err.println(m.get("run.bad_year", String.valueOf(year), new org.vitrine.messages.Fmt(m).date(editionDate),
                    String.valueOf(editionDate.getYear() - 1), String.valueOf(editionDate.getYear() + 5)));
            return ExitCode.USAGE;
        }
        Path outDir = Defaults.outDir(o.out(), Defaults.configDir(o.config()));
        EditionWriter editions = new EditionWriter(outDir.resolve(String.valueOf(year)));
        Run run = new Run(cfg, edition, year, editionDate);
        run.edition().dryRun(o.dryRun());
        // A dry run on a year never published works in a temporary folder: it leaves no out/<year>/ behind.
        Path work;
        try {
            work = o.dryRun() && !java.nio.file.Files.exists(editions.yearDir())
                    ? java.nio.file.Files.createTempDirectory("vitrine-dry-run-") : editions.yearDir();
        } catch (IOException e) {
            err.println(m.get("run.write_failed", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
            return ExitCode.WRITE_FAILED;
        }
        run.sources().snapshots(new org.vitrine.context.Snapshots(work));
        if (o.sources() != null && !o.sources().isEmpty()) {
            java.util.Set<String> known = new java.util.HashSet<>();
            cfg.sources().forEach(s -> known.add(s.name()));
            for (String name : o.sources()) {
                if (!known.contains(name)) {
                    err.println(m.get("run.unknown_source", name, String.join(", ", known)));
                    return ExitCode.USAGE;
                }
            }
            run.sources().refreshOnly(java.util.Set.copyOf(o.sources()));
        }
        if (o.interactive()) {
            run.progress(console.progress());
        }
        java.util.Optional<String> online = editions.currentId();
        int exit;
        try {
            try (RunLock lock = RunLock.acquire(work.resolve("state"), cfg.vitrine().lockWait(), o.command());
                    StopOnSignal stop = o.interactive() ? new StopOnSignal(editions, work, online, m, err) : null) {
                long previousStart = System.nanoTime();
                PreviousEdition.Previous previous = PreviousEdition.forYear(outDir, year);
                run.edition().previous(previous.needs(), previous.date(), previous.withdrawn());
                run.timings().time("previous", (System.nanoTime() - previousStart) / 1e9, run.edition().previous().size());
                out.println(m.get("run.start", String.valueOf(year), editionDate.toString(), cfg.dir().toString()));
                long camelStart = System.nanoTime();
                try (VitrineCamel own = camel != null ? null
                        : new VitrineCamel(VitrineCamel.defaultRoutesDir(), outDir, Templates.defaultDir())) {
                    if (own != null) {
                        own.start();
                    }
                    run.timings().time("camel-start", (System.nanoTime() - camelStart) / 1e9, 0);
                    long jobStart = System.nanoTime();
                    (own != null ? own : camel).run(run);
                    // The whole job, sources to committed edition (the benchmark reports it beside its stages).
                    run.timings().time("job", (System.nanoTime() - jobStart) / 1e9, 0);
                } finally {
                    org.vitrine.context.EditionWriter.deleteTree(work.resolve("state").resolve("fetch"));
                }
                if (stopped(o)) {
                    return ExitCode.STOPPED;
                }
                if (run.edition().unchanged() && run.failure() == null) {
                    out.println(m.get("run.unchanged", run.edition().editionId(), editions.yearDir().resolve("public")));
                    Status.write(editions.yearDir(), ExitCode.OK, "unchanged", run);
                    return ExitCode.OK;
                }
                exit = outcome(run, m, err, org.vitrine.context.StopSignal.asked());
                if (exit == ExitCode.SOURCE_FAILED || exit == ExitCode.WRITE_FAILED || exit == ExitCode.STOPPED) {
                    err.println(whatIsOnline(editions, online, m));
                }
                onDone.accept(run);
                if (exit <= ExitCode.REJECTS || exit == ExitCode.DEGRADED) {
                    console.summary(out, run, editions, m, (System.nanoTime() - started) / 1e9);
                }
                if (!o.dryRun()) {
                    Status.write(editions.yearDir(), exit, exit <= ExitCode.REJECTS || exit == ExitCode.DEGRADED ? "published" : "failed", run);
                }
            } catch (RunLock.Held held) {
                err.println(m.get("run.locked", held.holder(), cfg.vitrine().lockWait().toSeconds()));
                return ExitCode.LOCKED;
            } catch (IOException e) {
                if (stopped(o)) {
                    return ExitCode.STOPPED;
                }
                if (org.vitrine.context.StopSignal.asked()) {
                    // serve stopping: the failure is the stop's doing (see outcome)
                    err.println(m.get("run.stopped"));
                    err.println(whatIsOnline(editions, online, m));
                    return ExitCode.STOPPED;
                }
                err.println(m.get("run.write_failed", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
                err.println(whatIsOnline(editions, online, m));
                return ExitCode.WRITE_FAILED;
            } catch (OutOfMemoryError e) {
                err.println(m.get("run.out_of_memory", run.report().totals().rowsRead, Runtime.getRuntime().maxMemory() >> 20));
                err.println(whatIsOnline(editions, online, m));
                return ExitCode.WRITE_FAILED;
            } catch (Exception e) {
                if (stopped(o)) {
                    return ExitCode.STOPPED;
                }
                if (org.vitrine.context.StopSignal.asked()) {
                    // serve stopping: Camel's shutdown refusing the abandoned run's work (RejectedExecutionException,
                    // thrown out of the route rather than kept as the run's failure) is the stop's doing (see outcome)
                    err.println(m.get("run.stopped"));
                    err.println(whatIsOnline(editions, online, m));
                    return ExitCode.STOPPED;
                }
                Throwable f = rootCause(e);
                if (f instanceof OutOfMemoryError) {
                    err.println(m.get("run.out_of_memory", run.report().totals().rowsRead, Runtime.getRuntime().maxMemory() >> 20));
                    err.println(whatIsOnline(editions, online, m));
                    return ExitCode.WRITE_FAILED;
                }
                err.println(m.get("run.failed", f.getClass().getSimpleName(), String.valueOf(f.getMessage())));
                err.println(whatIsOnline(editions, online, m));
                return ExitCode.SOURCE_FAILED;
            }
        } finally {
            if (!work.equals(editions.yearDir())) {
                try {
                    EditionWriter.deleteTree(work);
                } catch (IOException e) {
                    // a temporary folder; the system cleans it
                }
            }
        }
        return exit;
    }

    /**
     * After a failed run, what the web server now serves, read from the {@code current} link rather than
     * assumed: the edition that was online before, none, or (a failure after the switch) the new one.
     */
    static String whatIsOnline(EditionWriter editions, java.util.Optional<String> before, Messages m) {
        java.util.Optional<String> now = editions.currentId();
        if (now.isEmpty()) {
            return m.get("run.online.none");
        }
        if (now.equals(before)) {
            return m.get("run.online.previous", now.get());
        }
        return before.map(b -> m.get("run.online.new", now.get(), b)).orElseGet(() -> m.get("run.online.new_first", now.get()));
    }

    /** A run by hand that ends because of a signal: the signal's hook says what is online, not the failure. */
    private static boolean stopped(Options o) {
        return o.interactive() && org.vitrine.context.StopSignal.requested();
    }

    /**
     * SIGTERM or Ctrl+C to {@code vitrine run}: no edition is switched in after the signal (one being
     * switched is let finish, whole), the run's scratch folders are removed, the sentence says which
     * edition is online (read from the {@code current} link) and the process ends with
     * {@link ExitCode#STOPPED}. The lock goes with the process.
     */
    public static final class StopOnSignal implements AutoCloseable {
        /** How long the run may take to end after the signal (systemd's default stop timeout is 90 s). */
        static final java.time.Duration WAIT = java.time.Duration.ofSeconds(8);
        private final Thread hook;
        private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);

        StopOnSignal(EditionWriter editions, Path work, java.util.Optional<String> before, Messages m, PrintWriter err) {
            hook = new Thread(() -> {
                try {
                    org.vitrine.context.StopSignal.request(java.time.Duration.ofSeconds(5));
                    // The run notices at its next step and removes its own scratch; a long step is not waited out.
                    done.await(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    // ending anyway
                }
                scratch(work.resolve("state").resolve("fetch"));
                scratchEditions(work.resolve("editions"));
                java.util.Optional<String> now = editions.currentId();
                err.println(now.isEmpty() ? m.get("run.signal.none")
                        : now.equals(before) ? m.get("run.signal.previous", now.get()) : m.get("run.signal.new", now.get()));
                err.flush();
                Runtime.getRuntime().halt(ExitCode.STOPPED);
            }, "vitrine-run-stop");
            RunStop.hand(hook);
        }

        /** Best effort: the run's own threads may still be writing there; the next run removes the rest. */
        public static void scratch(Path dir) {
            for (int i = 0; i < 5 && java.nio.file.Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS); i++) {
                try {
                    EditionWriter.deleteTree(dir);
                } catch (IOException | RuntimeException e) {
                    try {
                        Thread.sleep(50); // a file written meanwhile: tried again, then left to the next run
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }
        }

        /** The edition being written ({@code editions/.tmp-*}), never a committed one. */
        public static void scratchEditions(Path editions) {
            try (var list = java.nio.file.Files.newDirectoryStream(editions, ".tmp-*")) {
                list.forEach(StopOnSignal::scratch);
            } catch (IOException | RuntimeException e) {
                // none, or left to the next run
            }
        }

        @Override
        public void close() {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it ends the process
            }
        }
    }

    /**
     * The run's exit code and its sentence. Once a stop was asked ({@code stopAsked}: serve stopping), whatever failed
     * after it is the stop's doing — the edition folder removed under a page being written (NoSuchFileException),
     * Camel refusing work while it shuts down (RejectedExecutionException) — and is said as the stop, exit 7, never
     * as a full disk or a failed source (outside attacker, issue 16).
     */
    static int outcome(Run run, Messages m, PrintWriter err, boolean stopAsked) {
        if (run.failure() != null && stopAsked) {
            err.println(m.get("run.stopped"));
            return ExitCode.STOPPED;
        }
        if (run.failure() != null) {
            Throwable f = rootCause(run.failure());
            if (f instanceof org.vitrine.ingest.SourceAbort) {
                err.println(f.getMessage());
                return ExitCode.SOURCE_FAILED;
            }
            if (f instanceof OutOfMemoryError) {
                // The machine's memory, like its disk, is a resource the run lacked: exit 6, and what to change.
                err.println(m.get("run.out_of_memory", run.report().totals().rowsRead, Runtime.getRuntime().maxMemory() >> 20));
                return ExitCode.WRITE_FAILED;
            }
            if (f instanceof org.vitrine.context.StopSignal.Stopped) {
                err.println(m.get("run.stopped"));
                return ExitCode.STOPPED;
            }
            boolean write = f instanceof IOException;
            err.println(m.get(write ? "run.write_failed" : "run.failed", f.getClass().getSimpleName(), String.valueOf(f.getMessage())));
            return write ? ExitCode.WRITE_FAILED : ExitCode.SOURCE_FAILED;
        }
        if (!run.sources().degraded().isEmpty()) {
            run.sources().degraded().forEach((source, reason) -> err.println(m.get("run.degraded", source, reason)));
            return ExitCode.DEGRADED;
        }
        return run.report().rejects().stream().allMatch(org.vitrine.model.Reject::isWarning) ? ExitCode.OK : ExitCode.REJECTS;
    }

    /** The failure behind Camel's wrappers: what a person can act on. */
    static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c
                && (c instanceof org.apache.camel.CamelExecutionException || c instanceof org.apache.camel.RuntimeCamelException
                        || c instanceof java.io.UncheckedIOException || c.getClass() == RuntimeException.class)) {
            c = c.getCause();
        }
        if (Boolean.getBoolean("vitrine.debug")) {
            t.printStackTrace();
        }
        return c;
    }
}

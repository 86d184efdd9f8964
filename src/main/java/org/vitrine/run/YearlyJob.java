package org.vitrine.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.vitrine.camel.VitrineCamel;
import org.vitrine.config.Config;
import org.vitrine.context.EditionWriter;
import org.vitrine.context.Progress;
import org.vitrine.context.Run;
import org.vitrine.context.Snapshots;
import org.vitrine.messages.Messages;
import org.vitrine.publish.PreviousEdition;
import org.vitrine.publish.Templates;

/**
 * The yearly job, one route for {@code vitrine run} and for each scheduled run of {@code vitrine serve}:
 * routes/yearly-job.camel.yaml, whose steps are {@link Steps} — config, lock, previous edition (route job-begin), the
 * job's routes (direct:run), then the outcome, the summary and the status file ({@code end}). Returns the exit code
 * of CONTRACT §1. The command line ({@code cli}) parses the options and supplies the {@link Console}; it holds no
 * step of the job.
 */
public final class YearlyJob {

    /** The exchange property that carries the {@link Job} through the route yearly-job. */
    public static final String JOB = "vitrine.job";
    /** The name of the {@link Steps} bean in the Camel registry. */
    public static final String STEPS = "yearlyJob";

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

    /**
     * The same, handing the finished run to {@code onDone} (the benchmark reads its stage timings): one Camel Main
     * started for this run ({@code vitrine run}), the job sent to direct:yearly-job, the Camel Main stopped.
     */
    public static int execute(Options o, PrintWriter out, PrintWriter err, Console console, Consumer<Run> onDone) {
        Job job = new Job(o, out, err, console, onDone);
        long camelStart = System.nanoTime();
        try (VitrineCamel camel = new VitrineCamel(VitrineCamel.defaultRoutesDir(),
                Defaults.outDir(o.out(), Defaults.configDir(o.config())), Templates.defaultDir())) {
            camel.bind(STEPS, new Steps());
            camel.start();
            job.camelStart = (System.nanoTime() - camelStart) / 1e9;
            return job.sendTo(camel);
        } catch (Exception e) {
            // Camel's start (no routes folder) or stop; a job that ended keeps its own exit code
            return job.exit != null ? job.exit : Steps.failure(job, e);
        }
    }

    /** A job of {@code o} for a Camel Main already started (the schedule of {@code vitrine serve}: its exchange property {@link #JOB}). */
    public static Job job(Options o, PrintWriter out, PrintWriter err, Console console) {
        return job(o, out, err, console, run -> { });
    }

    /** The same, handing the finished run to {@code onDone}. */
    public static Job job(Options o, PrintWriter out, PrintWriter err, Console console, Consumer<Run> onDone) {
        return new Job(o, out, err, console, onDone);
    }

    /** One run of the job: what was asked, what job-begin set up and holds (the lock) until {@code end}, and its exit code. */
    public static final class Job {
        final Options o;
        final PrintWriter out;
        final PrintWriter err;
        final Console console;
        final Consumer<Run> onDone;
        final long started = System.nanoTime();
        /** When the job began: a rollback made since, while it waited for the lock, is not undone by it. */
        final java.time.Instant begun = java.time.Instant.now();
        double camelStart;
        long jobStart;
        Messages m;
        Config cfg;
        EditionWriter editions;
        Path work;
        /** The run {@code configure} set up, the job's ({@link #run}) once {@code lock} holds the lock. */
        Run prepared;
        Run run;
        Optional<String> online = Optional.empty();
        RunLock lock;
        StopOnSignal stop;
        /** Ends the job when the heap is too small for it and collecting takes all the time (never ends otherwise). */
        MemoryWatch memory;
        Integer exit;

        Job(Options o, PrintWriter out, PrintWriter err, Console console, Consumer<Run> onDone) {
            this.o = o;
            this.out = out;
            this.err = err;
            this.console = console;
            this.onDone = onDone;
        }

        /** The exit code once the job ended; {@link ExitCode#SOURCE_FAILED} if it never did. */
        public int exit() {
            return exit == null ? ExitCode.SOURCE_FAILED : exit;
        }

        /** The job through direct:yearly-job of {@code camel}; its exit code. */
        int sendTo(VitrineCamel camel) {
            try {
                camel.send("direct:yearly-job", JOB, this);
            } catch (RuntimeException e) {
                return ended(e);
            }
            return ended(null);
        }

        /**
         * The job's exit code, ending it here if the route's end did not run: Camel, shutting down, refused the rest of
         * the route (its completion included) and threw {@code thrown} — said as any failure (once a stop was asked, as
         * the stop), the lock released, the scratch removed. Called on the thread that ran the job, once it returned.
         */
        public int ended(Throwable thrown) {
            if (exit == null && thrown != null) {
                exit = Steps.failure(this, thrown);
            }
            if (exit == null || lock != null) {
                Steps.close(this, null);
            }
            return exit();
        }
    }

    /**
     * The beans of the routes yearly-job and job-begin, stateless (the state is the exchange's {@link Job}):
     * {@code configure}, {@code lock} and {@code previous} before direct:run, {@code refused} their filters, {@code end}
     * on the route's completion. None throws: a failure is the job's exit code and its sentence.
     */
    public static final class Steps {

        /** Route job-begin: the configuration, --date and year checked, the out folder and the run set up (not yet locked). */
        public void configure(@ExchangeProperty(JOB) Job j) {
            guarded(j, () -> configured(j));
        }

        /** Route job-begin: the run lock taken (or exit 5 once lockWait is over), the stop on a signal; the run is the job's. */
        public void lock(@ExchangeProperty(JOB) Job j) {
            guarded(j, () -> locked(j));
        }

        /** Route job-begin: the previous edition read once; the run as the exchange property of direct:run. */
        public void previous(Exchange exchange, @ExchangeProperty(JOB) Job j) {
            guarded(j, () -> {
                readPrevious(j);
                exchange.setProperty(VitrineCamel.RUN, j.run);
                j.jobStart = System.nanoTime();
            });
        }

        /** The filters of job-begin: a step of it ended the job with an exit code (usage, lock held, disk…). */
        public boolean refused(@ExchangeProperty(JOB) Job j) {
            return j.exit != null;
        }

        private interface Part {
            void run() throws IOException, RunLock.Held;
        }

        /** A step of job-begin throws nothing: what it throws is the job's exit code and its sentence. */
        private static void guarded(Job j, Part part) {
            try {
                part.run();
            } catch (Exception | OutOfMemoryError e) {
                j.exit = failure(j, e);
            }
        }

        /**
         * On completion of the route, whatever happened in it: the exit code, the summary and the status file (unless
         * job-begin already said what went wrong); the lock released, the scratch removed. A failure kept on the
         * run is the run's (its source, its step); one thrown out of the routes, not kept, is said here.
         */
        public void end(Exchange exchange, @ExchangeProperty(JOB) Job j) {
            if (j.exit == null && (j.run == null || j.run.failure() == null)) {
                Throwable thrown = exchange.getException() != null ? exchange.getException()
                        : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
                if (thrown != null) {
                    j.exit = failure(j, thrown);
                }
            }
            close(j, j.jobStart == 0 ? null : j.jobStart);
        }

        private static void configured(Job j) throws IOException {
            Options o = j.o;
            j.m = Defaults.messages(o.lang());
            j.cfg = Defaults.load(Defaults.configDir(o.config()), j.m, j.err);
            if (j.cfg == null) {
                j.exit = ExitCode.USAGE;
                return;
            }
            // --lang changes what the console says; the edition is in the languages of vitrine.yaml.
            Messages edition = Messages.of(j.cfg.vitrine().primaryLanguage());
            if (o.lang() == null) {
                j.m = edition;
            }
            LocalDate editionDate;
            try {
                editionDate = Defaults.editionDate(o.date());
            } catch (DateTimeParseException | NumberFormatException e) {
                j.err.println(j.m.get("run.bad_date", o.date()));
                j.exit = ExitCode.USAGE;
                return;
            }
            int year = Defaults.forecastYear(o.year(), j.cfg, editionDate);
            // A forecast is of the coming years; out/1850 is a typo, not a plan.
            if (year < editionDate.getYear() - 1 || year > editionDate.getYear() + 5) {
                j.err.println(j.m.get("run.bad_year", String.valueOf(year), new org.vitrine.messages.Fmt(j.m).date(editionDate),
                        String.valueOf(editionDate.getYear() - 1), String.valueOf(editionDate.getYear() + 5)));
                j.exit = ExitCode.USAGE;
                return;
            }
            Path outDir = Defaults.outDir(o.out(), Defaults.configDir(o.config()));
            j.editions = new EditionWriter(outDir.resolve(String.valueOf(year)));
            Run run = new Run(j.cfg, edition, year, editionDate);
            run.edition().dryRun(o.dryRun());
            // A dry run on a year never published works in a temporary folder: it leaves no out/<year>/ behind.
            try {
                j.work = o.dryRun() && !Files.exists(j.editions.yearDir())
                        ? Files.createTempDirectory("vitrine-dry-run-") : j.editions.yearDir();
            } catch (IOException e) {
                j.err.println(j.m.get("run.write_failed", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
                j.exit = ExitCode.WRITE_FAILED;
                return;
            }
            run.sources().snapshots(new Snapshots(j.work));
            if (o.sources() != null && !o.sources().isEmpty()) {
                java.util.Set<String> known = new java.util.HashSet<>();
                j.cfg.sources().forEach(s -> known.add(s.name()));
                for (String name : o.sources()) {
                    if (!known.contains(name)) {
                        j.err.println(j.m.get("run.unknown_source", name, String.join(", ", known)));
                        j.exit = ExitCode.USAGE;
                        return;
                    }
                }
                run.sources().refreshOnly(java.util.Set.copyOf(o.sources()));
            }
            if (o.interactive()) {
                run.progress(j.console.progress());
            }
            j.prepared = run;
        }

        private static void locked(Job j) throws IOException, RunLock.Held {
            j.online = j.editions.currentId();
            j.lock = RunLock.acquire(j.work.resolve("state"), j.cfg.vitrine().lockWait(), j.o.command());
            java.time.Instant back = Status.rolledBackAt(j.editions.yearDir());
            if (back != null && !back.isBefore(j.begun)) {
                // An operator put an edition back while this run waited: publishing now would replace it seconds after
                // « … est de nouveau en ligne » was said (attacker A, failure 6). The rollback wins; the run says so.
                String online = j.editions.currentId().orElse(null);
                j.err.println(online == null ? j.m.get("run.rolled_back_meanwhile_none")
                        : j.m.get("run.rolled_back_meanwhile", online));
                j.exit = ExitCode.LOCKED;
                return;
            }
            j.run = j.prepared;
            j.stop = j.o.interactive() ? new StopOnSignal(j.editions, j.work, j.online, j.m, j.err) : null;
            j.memory = MemoryWatch.of(j);
        }

        private static void readPrevious(Job j) throws IOException {
            Run run = j.run;
            long previousStart = System.nanoTime();
            // the out folder configure() chose: out/<year> is the editions' year folder
            PreviousEdition.Previous previous = PreviousEdition.forYear(j.editions.yearDir().getParent(), run.year());
            run.edition().previous(previous.needs(), previous.date(), previous.withdrawn(), previous.calendar());
            run.timings().time("previous", (System.nanoTime() - previousStart) / 1e9, run.edition().previous().size());
            j.out.println(j.m.get("run.start", String.valueOf(run.year()), run.editionDate().toString(), j.cfg.dir().toString()));
            run.timings().time("camel-start", j.camelStart, 0);
        }

        /** The outcome (once), then the lock and scratch released. */
        static void close(Job j, Long jobStart) {
            if (jobStart != null && j.run != null) {
                // The whole job, sources to committed edition (the benchmark reports it beside its stages).
                j.run.timings().time("job", (System.nanoTime() - jobStart) / 1e9, 0);
            }
            try {
                if (j.exit == null) {
                    j.exit = j.run == null ? ExitCode.SOURCE_FAILED : finish(j);
                }
            } finally {
                release(j);
            }
        }

        /** A job that went through direct:run: what it ends with, said; the summary and the status file. */
        private static int finish(Job j) {
            Options o = j.o;
            Run run = j.run;
            Messages m = j.m;
            try {
                EditionWriter.deleteTree(j.work.resolve("state").resolve("fetch"));
                if (stopped(o)) {
                    return ExitCode.STOPPED;
                }
                if (run.edition().unchanged() && run.failure() == null) {
                    // a source that failed is said, and exits 4 as when its last good snapshot rewrites the edition:
                    // the same edition is no sign the source is well (attacker V: « Rien n'a changé », exit 0)
                    run.sources().degraded().forEach((source, reason) -> j.err.println(m.get("run.degraded", source, reason)));
                    int exit = run.sources().degraded().isEmpty() ? ExitCode.OK : ExitCode.DEGRADED;
                    j.out.println(m.get("run.unchanged", run.edition().editionId(), j.editions.yearDir().resolve("public")));
                    Status.write(j.editions.yearDir(), exit, "unchanged", run);
                    return exit;
                }
                int exit = outcome(run, m, j.err, org.vitrine.context.StopSignal.asked());
                if (exit == ExitCode.SOURCE_FAILED || exit == ExitCode.WRITE_FAILED || exit == ExitCode.STOPPED) {
                    j.err.println(whatIsOnline(j.editions, j.online, m));
                }
                j.onDone.accept(run);
                if (exit <= ExitCode.REJECTS || exit == ExitCode.DEGRADED) {
                    j.console.summary(j.out, run, j.editions, m, (System.nanoTime() - j.started) / 1e9);
                }
                if (!o.dryRun()) {
                    Status.write(j.editions.yearDir(), exit, exit <= ExitCode.REJECTS || exit == ExitCode.DEGRADED ? "published" : "failed", run);
                }
                return exit;
            } catch (Exception | OutOfMemoryError e) {
                return failure(j, e);
            }
        }

        /** What was thrown, outside the run's own failure, said as the job's exit code and sentence. */
        static int failure(Job j, Throwable e) {
            Messages m = j.m != null ? j.m : Defaults.messages(j.o.lang());
            PrintWriter err = j.err;
            if (e instanceof RunLock.Held held) {
                err.println(m.get("run.locked", held.holder(), j.cfg.vitrine().lockWait().toSeconds()));
                return ExitCode.LOCKED;
            }
            if (stopped(j.o)) {
                return ExitCode.STOPPED;
            }
            String online = j.editions == null ? null : whatIsOnline(j.editions, j.online, m);
            if (org.vitrine.context.StopSignal.asked() && !(e instanceof OutOfMemoryError)) {
                // serve stopping: the failure is the stop's doing (see outcome) — a folder removed under a write, or
                // Camel's shutdown refusing the abandoned run's work (RejectedExecutionException)
                err.println(m.get("run.stopped"));
                println(err, online);
                return ExitCode.STOPPED;
            }
            if (e instanceof IOException) {
                err.println(m.get("run.write_failed", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
                println(err, online);
                return ExitCode.WRITE_FAILED;
            }
            Throwable f = rootCause(e);
            if (f instanceof OutOfMemoryError) {
                err.println(m.get("run.out_of_memory", j.run == null ? 0 : j.run.report().totals().rowsRead, Runtime.getRuntime().maxMemory() >> 20));
                println(err, online);
                return ExitCode.WRITE_FAILED;
            }
            err.println(m.get("run.failed", f.getClass().getSimpleName(), String.valueOf(f.getMessage())));
            println(err, online);
            return ExitCode.SOURCE_FAILED;
        }

        private static void println(PrintWriter err, String line) {
            if (line != null) {
                err.println(line);
            }
        }

        private static void release(Job j) {
            if (j.run != null) {
                StopOnSignal.scratch(j.work.resolve("state").resolve("fetch")); // finish removed it on its way; not on every other
            }
            if (j.stop != null) {
                j.stop.close();
                j.stop = null;
            }
            if (j.memory != null) {
                j.memory.close();
                j.memory = null;
            }
            if (j.lock != null) {
                try {
                    j.lock.close();
                } catch (IOException | RuntimeException e) {
                    // the lock goes with the process
                }
                j.lock = null; // released once, whichever of the route's end and ended() comes first
            }
            if (j.work != null && j.editions != null && !j.work.equals(j.editions.yearDir())) {
                try {
                    EditionWriter.deleteTree(j.work);
                } catch (IOException e) {
                    // a temporary folder; the system cleans it
                }
            }
        }
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
                Status.ended(editions.yearDir(), ExitCode.STOPPED, "stopped");
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
            if (f instanceof org.vitrine.ingest.SourceAbort || f instanceof org.vitrine.context.RunRefused) {
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

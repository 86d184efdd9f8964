package org.vitrine.cli;

import org.vitrine.run.Defaults;
import org.vitrine.run.ExitCode;
import org.vitrine.run.YearlyJob;
import org.vitrine.messages.Messages;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.vitrine.camel.VitrineCamel;
import org.vitrine.config.Config;
import org.vitrine.config.VitrineConfig;
import org.vitrine.publish.Templates;
import org.vitrine.schedule.ScheduledRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vitrine serve}: long-running mode. One Camel Main, whose Quartz route (routes/serve/) sends the yearly job
 * to direct:yearly-job on the configured cron (time zone from the config, default once a year); a run missed while
 * the machine was down happens at start-up, through the same route.
 */
@Command(name = "serve", resourceBundle = "i18n/cli", mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", descriptionKey = "opt.config")
    Path config;

    @Option(names = "--out", descriptionKey = "run.out")
    Path outOption;

    @Option(names = "--runs", descriptionKey = "serve.runs")
    Integer runs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = Defaults.messages(null);
        Path configDir = Defaults.configDir(config);
        Config cfg = Defaults.load(configDir, m, err);
        if (cfg == null) {
            return ExitCode.USAGE;
        }
        VitrineConfig.Schedule schedule = cfg.vitrine().schedule();
        String cron = schedule == null || schedule.cron() == null ? "0 0 6 15 1 ?" : schedule.cron();
        String zone = schedule == null || schedule.timeZone() == null ? "Europe/Paris" : schedule.timeZone();
        YearlyJob.Options options = new YearlyJob.Options(configDir, outOption, null, null, false, null, "vitrine serve", false, null);
        Path routes = VitrineCamel.defaultRoutesDir();
        if (!Files.isDirectory(routes.resolve("serve"))) {
            err.println(m.get("serve.no_routes", routes.resolve("serve")));
            return ExitCode.USAGE;
        }
        // One Camel Main for the schedule and every run it fires (Quartz → direct:scheduled-run → direct:yearly-job, the
        // route `vitrine run` takes), its routes and beans kept between runs.
        VitrineCamel main = new VitrineCamel(routes, Defaults.outDir(outOption, configDir), Templates.defaultDir(), true);
        int year = Defaults.forecastYear(null, cfg, Defaults.editionDate(null));
        Path yearDir = Defaults.outDir(outOption, configDir).resolve(String.valueOf(year));
        // What was online when the run in progress began: the stop's message says whether that run's switch
        // happened, even when it ended between the signal and the stop's first look (outside attacker).
        java.util.concurrent.atomic.AtomicReference<String> onlineAtRunStart = new java.util.concurrent.atomic.AtomicReference<>();
        ScheduledRun scheduled;
        try {
            scheduled = new ScheduledRun(() -> {
                onlineAtRunStart.set(new org.vitrine.context.EditionWriter(yearDir).currentId().orElse("-"));
                return YearlyJob.job(options, out, err, Summary.console());
            }, cron, zone, out, m::get, runs == null ? Integer.MAX_VALUE : runs);
        } catch (java.text.ParseException | RuntimeException e) {
            err.println(m.get("serve.bad_cron", cron, zone, String.valueOf(e.getMessage())));
            main.close();
            return ExitCode.USAGE;
        }
        main.property("vitrine.schedule.cron", cron);
        main.property("vitrine.schedule.timeZone", zone);
        main.bind("scheduledRun", scheduled);
        main.bind(YearlyJob.STEPS, new YearlyJob.Steps());
        main.start();
        Thread hook = new Thread(() -> {
            stopOnSignal(scheduled, main, yearDir, m, out, onlineAtRunStart);
            // A stop by signal ends with 7, as the README says, not the JVM's 143 (SIGTERM) or 130 (SIGINT): the
            // clean-up and the message are done; halt, not exit, since this runs inside a shutdown hook.
            Runtime.getRuntime().halt(ExitCode.STOPPED);
        }, "vitrine-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            out.println(m.get("serve.started", cron, zone, scheduled.nextFire().toInstant()));
            out.flush();
            if (scheduled.missedAtStart(yearDir)) {
                scheduled.runNow(() -> main.send("direct:scheduled-run")); // as a Quartz fire does
            }
            scheduled.awaitDone();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                main.close();
            } catch (IllegalStateException shuttingDown) {
                // the signal's hook is stopping everything
            }
        }
        return ExitCode.OK;
    }

    /** How long a run in progress is waited for once told to stop (SIGTERM, Ctrl+C): it ends at its next step. */
    static final Duration GRACE = Duration.ofSeconds(5);

    /**
     * SIGTERM or Ctrl+C: no new run starts; a run in progress is abandoned at once, nothing put online after the
     * signal unless its switch had already begun (an edition is switched in whole or not at all); says which, and
     * what is online.
     */
    static void stopOnSignal(ScheduledRun scheduled, VitrineCamel main, Path yearDir, Messages m, PrintWriter out) {
        stopOnSignal(scheduled, main, yearDir, m, out, new java.util.concurrent.atomic.AtomicReference<>());
    }

    /** {@code onlineAtRunStart}: the edition online when the run in progress began (null: not known). */
    static void stopOnSignal(ScheduledRun scheduled, VitrineCamel main, Path yearDir, Messages m, PrintWriter out,
            java.util.concurrent.atomic.AtomicReference<String> onlineAtRunStart) {
        // First, before Camel's own shutdown (another hook, running beside this one) refuses the run's work: a
        // failure from now on is the stop's, never « La publication a été interrompue » (1 stop in 14, exit 3).
        org.vitrine.context.StopSignal.ask();
        boolean busy = scheduled.running();
        org.vitrine.context.EditionWriter editions = new org.vitrine.context.EditionWriter(yearDir);
        // the run's own starting point when known: its switch may have ended between the signal and this line
        String before = busy && onlineAtRunStart.get() != null ? onlineAtRunStart.get() : editions.currentId().orElse("-");
        out.println(m.get(busy ? "serve.stopping_busy" : "serve.stopping", GRACE.toSeconds()));
        out.flush();
        boolean finished;
        try {
            // Stop now, as `run` does: an operator who presses Ctrl+C wants the previous edition kept, so the run in
            // progress switches nothing in from here; a switch already begun ends whole (waited for, 1 s at most).
            // Letting it finish (the old grace) published a run stopped 3 s in, after the signal.
            org.vitrine.context.StopSignal.request(Duration.ofSeconds(1));
            // the run ends at its next step (StopSignal.check) and removes its scratch; GRACE bounds the wait
            boolean ended = scheduled.stop(GRACE);
            finished = false;
            if (!ended) {
                // The abandoned run ends at its next step and removes its scratch: a moment for it, then ours.
                for (int i = 0; i < 10 && scheduled.running(); i++) {
                    Thread.sleep(100);
                }
                YearlyJob.StopOnSignal.scratch(yearDir.resolve("state").resolve("fetch"));
                YearlyJob.StopOnSignal.scratchEditions(yearDir.resolve("editions"));
            }
        } catch (InterruptedException e) {
            finished = false;
        }
        try {
            main.close();
        } catch (Exception e) {
            // stopping anyway
        }
        if (!finished) {
            // Camel closed, the abandoned run has ended or cannot write any more: what it began after the first
            // clean-up (the very first run's edition folder, created late on a loaded machine) goes too.
            for (int i = 0; i < 20 && scheduled.running(); i++) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    break;
                }
            }
            YearlyJob.StopOnSignal.scratch(yearDir.resolve("state").resolve("fetch"));
            YearlyJob.StopOnSignal.scratchEditions(yearDir.resolve("editions"));
        }
        String online = editions.currentId().orElse("-");
        // Its switch had begun when the signal came: it ended whole, and is what is online.
        finished |= busy && !online.equals(before);
        out.println(m.get(!busy ? "serve.stopped" : finished ? "serve.stopped_after_run" : "serve.stopped_abandoned", online));
        out.flush();
    }
}

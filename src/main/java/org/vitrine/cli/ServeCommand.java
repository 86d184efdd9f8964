package org.vitrine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.camel.main.Main;
import org.vitrine.config.Config;
import org.vitrine.config.VitrineConfig;
import org.vitrine.schedule.ScheduledRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vitrine serve}: long-running mode. Camel Main with the Quartz route of routes/serve/ fires
 * the yearly job on the configured cron (time zone from the config, default once a year); a run
 * missed while the machine was down happens at start-up.
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
        Messages m = Common.messages(null);
        Path configDir = Common.configDir(config);
        Config cfg = Common.load(configDir, m, err);
        if (cfg == null) {
            return ExitCode.USAGE;
        }
        VitrineConfig.Schedule schedule = cfg.vitrine().schedule();
        String cron = schedule == null || schedule.cron() == null ? "0 0 6 15 1 ?" : schedule.cron();
        String zone = schedule == null || schedule.timeZone() == null ? "Europe/Paris" : schedule.timeZone();
        YearlyJob.Options options = new YearlyJob.Options(configDir, outOption, null, null, false, null, "vitrine serve", false, null);
        ScheduledRun scheduled;
        try {
            scheduled = new ScheduledRun(() -> YearlyJob.execute(options, out, err), cron, zone, out,
                    runs == null ? Integer.MAX_VALUE : runs);
        } catch (java.text.ParseException | RuntimeException e) {
            err.println(m.get("serve.bad_cron", cron, zone, String.valueOf(e.getMessage())));
            return ExitCode.USAGE;
        }
        Path routes = org.vitrine.camel.VitrineCamel.defaultRoutesDir().resolve("serve");
        if (!Files.isDirectory(routes)) {
            err.println(m.get("serve.no_routes", routes));
            return ExitCode.USAGE;
        }
        Main main = new Main();
        main.configure().withRoutesIncludePattern("file:" + routes + "/*.camel.yaml");
        main.addInitialProperty("vitrine.schedule.cron", cron);
        main.addInitialProperty("vitrine.schedule.timeZone", zone);
        main.bind("scheduledRun", scheduled);
        main.start();
        try {
            out.println(m.get("serve.started", cron, zone, scheduled.nextFire().toInstant()));
            out.flush();
            int year = Common.forecastYear(null, cfg, RunCommand.editionDate(null));
            scheduled.catchUp((outOption == null ? Path.of("out") : outOption).resolve(String.valueOf(year)));
            scheduled.awaitDone();
        } finally {
            main.stop();
        }
        return ExitCode.OK;
    }
}

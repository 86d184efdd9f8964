package org.vitrine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vitrine.run.Defaults;
import org.vitrine.run.RunStop;
import org.vitrine.run.YearlyJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vitrine run}: the yearly job ({@link YearlyJob}), by hand. */
@Command(name = "run", resourceBundle = "i18n/cli", mixinStandardHelpOptions = true)
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", descriptionKey = "run.year")
    Integer year;

    @Option(names = "--config", descriptionKey = "opt.config")
    Path config;

    @Option(names = "--out", descriptionKey = "run.out")
    Path outOption;

    @Option(names = "--date", descriptionKey = "run.date")
    String date;

    @Option(names = "--dry-run", descriptionKey = "run.dry_run")
    boolean dryRun;

    @Option(names = "--lang", descriptionKey = "opt.lang", converter = LangOption.class)
    String lang;

    @Option(names = "--source", descriptionKey = "run.source")
    java.util.List<String> sources;

    @Override
    public Integer call() {
        // First: a signal while the configuration is read or another run's lock is waited for is answered too.
        try (RunStop stop = RunStop.install(Defaults.messages(lang), spec.commandLine().getErr())) {
            return YearlyJob.execute(new YearlyJob.Options(config, outOption, year, date, dryRun, lang, "vitrine run", true, sources),
                    spec.commandLine().getOut(), spec.commandLine().getErr(), Summary.console());
        }
    }
}

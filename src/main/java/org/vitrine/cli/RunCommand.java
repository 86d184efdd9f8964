package org.vitrine.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vitrine run}: the yearly job ({@link YearlyJob}), by hand. */
@Command(name = "run", resourceBundle = "i18n/cli", mixinStandardHelpOptions = true)
public final class RunCommand implements Callable<Integer> {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

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
        try (RunStop stop = RunStop.install(Common.messages(lang), spec.commandLine().getErr())) {
            return YearlyJob.execute(new YearlyJob.Options(config, outOption, year, date, dryRun, lang, "vitrine run", true, sources),
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
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

    /** --date, else SOURCE_DATE_EPOCH (seconds), else today in Paris. */
    static LocalDate editionDate(String option) {
        if (option != null) {
            return LocalDate.parse(option);
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(ZONE).toLocalDate();
        }
        return LocalDate.now(ZONE);
    }

}

package org.vitrine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.vitrine.camel.VitrineCamel;
import org.vitrine.config.Config;
import org.vitrine.model.FileCounts;
import org.vitrine.publish.EditionWriter;
import org.vitrine.publish.Templates;
import org.vitrine.run.Fingerprint;
import org.vitrine.run.Run;
import org.vitrine.run.RunLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vitrine run}: the yearly job through the Camel routes, then a summary. */
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

    @Option(names = "--lang", descriptionKey = "opt.lang")
    String lang;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = Common.messages(lang);
        Config cfg = Common.load(Common.configDir(config), m, err);
        if (cfg == null) {
            return ExitCode.USAGE;
        }
        if (lang == null) {
            m = Messages.of(cfg.vitrine().primaryLanguage());
        }
        LocalDate editionDate;
        try {
            editionDate = editionDate(date);
        } catch (DateTimeParseException | NumberFormatException e) {
            err.println(m.get("run.bad_date", date));
            return ExitCode.USAGE;
        }
        int forecastYear = year != null ? year
                : cfg.vitrine().forecastYear() != null ? cfg.vitrine().forecastYear()
                : editionDate.getMonthValue() <= 6 ? editionDate.getYear() : editionDate.getYear() + 1;
        Path outDir = outOption == null ? Path.of("out") : outOption;
        Run run = new Run(cfg, m, forecastYear, editionDate);
        run.dryRun(dryRun);
        String fingerprint = Fingerprint.of(cfg, Templates.defaultDir(), VitrineCamel.defaultRoutesDir(), forecastYear,
                editionDate, m.lang());
        String editionId = editionDate + "-" + fingerprint.substring(0, 8);
        run.edition(editionId, fingerprint);
        EditionWriter editions = new EditionWriter(outDir.resolve(String.valueOf(forecastYear)));
        try (RunLock lock = RunLock.acquire(editions.yearDir().resolve("state"), cfg.vitrine().lockWait(), "vitrine run")) {
            if (!dryRun && editions.currentId().filter(editionId::equals).isPresent()) {
                out.println(m.get("run.unchanged", editionId, editions.yearDir().resolve("public")));
                return ExitCode.OK;
            }
            run.previous(org.vitrine.publish.PreviousEdition.forYear(outDir, forecastYear));
            out.println(m.get("run.start", String.valueOf(forecastYear), editionDate.toString(), cfg.dir().toString()));
            try (VitrineCamel camel = new VitrineCamel(VitrineCamel.defaultRoutesDir(), outDir, Templates.defaultDir())) {
                camel.start();
                camel.run(run);
            }
        } catch (RunLock.Held held) {
            err.println(m.get("run.locked", held.holder(), cfg.vitrine().lockWait().toSeconds()));
            return ExitCode.LOCKED;
        }
        if (run.failure() != null) {
            Throwable f = rootCause(run.failure());
            boolean write = f instanceof IOException;
            err.println(m.get(write ? "run.write_failed" : "run.failed", f.getClass().getSimpleName(), String.valueOf(f.getMessage())));
            return write ? ExitCode.WRITE_FAILED : ExitCode.SOURCE_FAILED;
        }
        Summary.print(out, run, editions, m);
        boolean anyReject = !run.rejects().isEmpty();
        return anyReject ? ExitCode.REJECTS : ExitCode.OK;
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

    /** The end-of-run summary: counts, rejects, where the outputs are. */
    static final class Summary {
        private Summary() {
        }

        static void print(PrintWriter out, Run run, EditionWriter editions, Messages m) {
            FileCounts t = run.totals();
            long files = run.allCounts().size();
            long rejectedFiles = run.allCounts().values().stream().filter(c -> c.fileRejected).count();
            out.println(m.get("summary.files", files, rejectedFiles));
            out.println(m.get("summary.rows", t.rowsRead, t.published, t.internalOnly, t.duplicates, t.rejected));
            out.println(m.get("summary.skipped_rows", t.blankRows, t.summaryRows));
            java.util.Map<String, Long> risks = new java.util.TreeMap<>();
            run.needs().forEach(n -> n.risks().forEach(r -> risks.merge(r.code(), 1L, Long::sum)));
            if (!risks.isEmpty()) {
                long total = risks.values().stream().mapToLong(Long::longValue).sum();
                out.println(m.get("summary.risks", total, risks.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "))));
            }
            if (!run.unknownBuyers().isEmpty()) {
                out.println(m.get("summary.unknown_buyers", String.join(", ", run.unknownBuyers())));
            }
            if (run.dryRun()) {
                out.println(m.get("summary.dry_run"));
                return;
            }
            Path year = editions.yearDir();
            out.println(m.get("summary.public", year.resolve("public").resolve("index.html")));
            out.println(m.get("summary.internal", year.resolve("internal")));
            if (!run.rejects().isEmpty()) {
                out.println(m.get("summary.rejects", run.rejects().size(), year.resolve("internal").resolve("rejects.csv")));
            }
        }
    }
}

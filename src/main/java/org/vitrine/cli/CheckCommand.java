package org.vitrine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vitrine.camel.Normalisers;
import org.vitrine.config.Config;
import org.vitrine.ingest.SourceFile;
import org.vitrine.ingest.SpreadsheetSource;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.model.Reject;
import org.vitrine.normalise.Normaliser;
import org.vitrine.publish.InternalReports;
import org.vitrine.run.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vitrine check FILE...}: what a buyer runs before sending a spreadsheet. Reads each file with
 * the same readers and parsers as the yearly run and lists every problem, then a completeness score
 * per row (how many of the fields suppliers value are filled).
 */
@Command(name = "check", resourceBundle = "i18n/cli", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {

    /** Fields suppliers value most, for the completeness score. */
    static final List<String> VALUED = List.of("description", "amount", "launch", "duration", "procedure", "lots",
            "location", "contact", "coverage", "firmness");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "check.files")
    List<Path> files;

    @Option(names = "--config", descriptionKey = "opt.config")
    Path config;

    @Option(names = "--year", descriptionKey = "run.year")
    Integer year;

    @Option(names = "--lang", descriptionKey = "opt.lang")
    String lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = Common.messages(lang);
        Config cfg = Common.load(Common.configDir(config), m, err);
        if (cfg == null) {
            return ExitCode.USAGE;
        }
        int y = Common.forecastYear(year, cfg, RunCommand.editionDate(null));
        int exit = ExitCode.OK;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println(m.get("check.no_file", file));
                return ExitCode.USAGE;
            }
            exit = Math.max(exit, checkFile(file, cfg, m, y, out));
        }
        return exit;
    }

    private int checkFile(Path file, Config cfg, Messages m, int y, PrintWriter out) {
        Run run = new Run(cfg, m, y, LocalDate.now(RunCommand.ZONE));
        Normaliser normaliser = Normalisers.forRun(run);
        String name = file.getFileName().toString();
        List<String> scores = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        new SpreadsheetSource().readFile(new SourceFile("check", file, name), run, raw -> {
            Normaliser.Result r = normaliser.normalise(raw);
            r.warnings().forEach(run::reject);
            if (r.need() == null) {
                r.rejects().forEach(run::reject);
                run.counts("check", name).rejected++;
                return;
            }
            Need n = r.need();
            Integer first = seenIds.putIfAbsent(n.id(), raw.location().row());
            if (first != null) {
                run.warn(m.get("check.duplicate", raw.location().row(), first));
            }
            scores.add(m.get("check.score", raw.location().sheet(), raw.location().row(), score(n), VALUED.size()));
        });
        out.println(m.get("check.file", name));
        var counts = run.counts("check", name);
        for (Reject r : InternalReports.sorted(run.rejects())) {
            out.println(r.row() == null
                    ? m.get("check.file_problem", r.reason(), r.fix())
                    : m.get("check.problem", r.sheet(), r.row(), r.column(), r.value(), r.reason(), r.fix()));
        }
        run.warnings().forEach(w -> out.println("  " + w));
        run.skippedSheets().getOrDefault(name, java.util.Set.of()).forEach(s -> out.println(m.get("check.skipped_sheet", s)));
        run.missingColumns().getOrDefault(name, java.util.Set.of()).forEach(c -> out.println(m.get("check.missing_column", c)));
        run.unknownColumns().getOrDefault(name, java.util.Set.of()).forEach(c -> out.println(m.get("check.unknown_column", c)));
        scores.forEach(s -> out.println("  " + s));
        long ok = counts.rowsRead - counts.rejected;
        out.println(m.get("check.total", counts.rowsRead, ok, counts.rejected, counts.blankRows, counts.summaryRows));
        return counts.rejected > 0 || counts.fileRejected ? ExitCode.REJECTS : ExitCode.OK;
    }

    private static int score(Need n) {
        int s = 0;
        s += n.description() != null ? 1 : 0;
        s += n.amount() != null && (n.amount().max() == null || n.amount().min() == null
                || n.amount().max().compareTo(n.amount().min().multiply(java.math.BigDecimal.valueOf(3))) <= 0) ? 1 : 0;
        s += n.launch() != null && n.launch().precision() != Period.Precision.year ? 1 : 0;
        s += n.durationMonths() != null ? 1 : 0;
        s += n.procedure() != null ? 1 : 0;
        s += n.lots() != null ? 1 : 0;
        s += n.location() != null ? 1 : 0;
        s += n.contact() != null ? 1 : 0;
        s += n.coverage() != null ? 1 : 0;
        s += n.firmness() != null ? 1 : 0;
        return s;
    }
}

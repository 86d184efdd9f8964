package org.vitrine.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vitrine.bench.SyntheticNeeds;
import org.vitrine.config.Config;
import org.vitrine.model.Need;
import org.vitrine.risk.RiskRule;
import org.vitrine.risk.RiskStage;
import org.vitrine.risk.Rules;
import org.vitrine.run.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vitrine bench}: times the stages on a deterministic synthetic forecast. For now the risk
 * stage, rule by rule; the other stages join as the performance issue lands.
 */
@Command(name = "bench", resourceBundle = "i18n/cli", mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--needs", defaultValue = "100000", descriptionKey = "bench.needs")
    int needs;

    @Option(names = "--buyers", defaultValue = "2000", descriptionKey = "bench.buyers")
    int buyers;

    @Option(names = "--seed", defaultValue = "1", descriptionKey = "bench.seed")
    long seed;

    @Option(names = "--config", descriptionKey = "opt.config")
    java.nio.file.Path config;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Messages m = Common.messages(null);
        Config cfg = Common.load(Common.configDir(config), m, spec.commandLine().getErr());
        if (cfg == null) {
            return ExitCode.USAGE;
        }
        long t0 = System.nanoTime();
        List<Need> data = SyntheticNeeds.generate(needs, buyers, seed, 2027);
        out.printf("generate   %,9d needs, %,6d buyers  %7.2f s%n", needs, buyers, (System.nanoTime() - t0) / 1e9);
        // Warm-up pass on a small set, so the figures measure the rules, not class loading.
        time(cfg, m, SyntheticNeeds.generate(2_000, 100, seed, 2027), Rules.all());
        for (RiskRule rule : Rules.all()) {
            out.printf("risk %-22s %7.2f s  %,9d flags%n", rule.code(), time(cfg, m, data, List.of(rule)) / 1e9, lastFlags);
        }
        out.printf("risk stage (all rules)      %7.2f s  %,9d flags%n", time(cfg, m, data, Rules.all()) / 1e9, lastFlags);
        return ExitCode.OK;
    }

    private long lastFlags;

    private long time(Config cfg, Messages m, List<Need> data, List<RiskRule> rules) {
        Run run = new Run(cfg, m, 2027, LocalDate.of(2026, 11, 26));
        run.needs(data);
        long t0 = System.nanoTime();
        new RiskStage(rules).flag(run, Map.of());
        long elapsed = System.nanoTime() - t0;
        lastFlags = run.needs().stream().mapToLong(n -> n.risks().size()).sum();
        return elapsed;
    }
}

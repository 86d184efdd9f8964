package org.vitrine.risk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.vitrine.config.VitrineConfig;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.publish.Fmt;
import org.vitrine.run.Run;

/**
 * The risk stage: runs every enabled rule of {@link Rules} over the run's needs and attaches the
 * flags to each need, sorted by code. Closed routes (central purchasing, call-offs) are kept out of
 * the rules that concern open competition only.
 */
public final class RiskStage {

    private final List<RiskRule> rules;
    private final int threads;

    /** The rules' flags, merged in rule order, and the CPU nanoseconds each rule took (the benchmark reports them). */
    record Applied(Flags flags, Map<String, Long> cpuNanos) {
        long totalCpuNanos() {
            return cpuNanos.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public RiskStage() {
        this(Rules.all());
    }

    public RiskStage(List<RiskRule> rules) {
        this(rules, Runtime.getRuntime().availableProcessors());
    }

    /** With {@code threads} rules run at once (1: one after the other). */
    public RiskStage(List<RiskRule> rules, int threads) {
        this.rules = rules;
        this.threads = Math.max(1, threads);
    }

    public void flag(Run run, Map<String, Need> previous) {
        long cpu = org.vitrine.run.CpuClock.now();
        RiskSettings settings = run.config().risks();
        RiskContext context = new RiskContext(run.year(), run.editionDate(), eventDate(run.config().vitrine()), settings,
                Thresholds.load(), previous, new Fmt(run.messages()));
        List<Need> all = run.needs();
        List<Need> open = all.stream().filter(Need::isOpenOpportunity).toList();
        long rulesStart = System.nanoTime();
        long setupCpu = org.vitrine.run.CpuClock.now() - cpu;
        Applied applied = applyAll(settings, all, open, context, run.messages());
        Flags flags = applied.flags();
        run.time("risk.rules", (System.nanoTime() - rulesStart) / 1e9, all.size());
        long mergeStart = org.vitrine.run.CpuClock.now();
        List<Need> flagged = new ArrayList<>(all.size());
        for (Need n : all) {
            List<RiskFlag> risks = new ArrayList<>(flags.of(n.id()));
            if (risks.isEmpty()) {
                flagged.add(n);
                continue;
            }
            risks.sort(Comparator.comparing(RiskFlag::code).thenComparing(RiskFlag::message));
            flagged.add(n.withRisks(risks));
        }
        run.needs(flagged);
        // Set-up and merge on this thread, plus each rule's own CPU wherever it ran.
        long total = setupCpu + (org.vitrine.run.CpuClock.now() - mergeStart) + applied.totalCpuNanos();
        run.time("risk.cpu", total / 1e9, all.size());
        applied.cpuNanos().forEach((code, nanos) -> run.time("risk.rule." + code, nanos / 1e9, 0));
    }

    /**
     * Runs the enabled rules on one thread per core: rules are independent and only read the needs,
     * each raises its flags into its own {@link Flags}, and those are merged in rule order, so the
     * result is the same as one rule after the other. The rules comparing needs (the last ones, and
     * the costliest) are started first.
     */
    Applied applyAll(RiskSettings settings, List<Need> all, List<Need> open, RiskContext context,
            org.vitrine.cli.Messages messages) {
        List<RiskRule> enabled = enabled(settings);
        Flags[] own = new Flags[enabled.size()];
        long[] cpu = new long[enabled.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = enabled.size() - 1; i >= 0; i--) {
            order.add(i);
        }
        try {
            org.vitrine.run.Parallel.forEach(order, Math.min(enabled.size(), threads), i -> {
                RiskRule rule = enabled.get(i);
                long start = org.vitrine.run.CpuClock.now();
                own[i] = new Flags(messages);
                rule.apply(rule.openOpportunitiesOnly() ? open : all, context, own[i]);
                cpu[i] = org.vitrine.run.CpuClock.now() - start;
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Flags flags = new Flags(messages);
        Map<String, Long> cpuNanos = new java.util.TreeMap<>();
        for (int i = 0; i < own.length; i++) {
            flags.addAll(own[i]);
            cpuNanos.put(enabled.get(i).code(), cpu[i]);
        }
        return new Applied(flags, cpuNanos);
    }

    private List<RiskRule> enabled(RiskSettings settings) {
        return rules.stream().filter(r -> settings.enabled(r.code())).toList();
    }

    static LocalDate eventDate(VitrineConfig config) {
        if (config.event() == null || config.event().date() == null) {
            return null;
        }
        try {
            return LocalDate.parse(config.event().date());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

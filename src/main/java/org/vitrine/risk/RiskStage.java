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
    /** CPU time of the rules run on the pool's threads (the calling thread's is measured apart). */
    private final java.util.concurrent.atomic.LongAdder ruleCpuNanos = new java.util.concurrent.atomic.LongAdder();
    /** CPU seconds of each rule in the last run of this stage (the benchmark reports them). */
    private final Map<String, Double> ruleCpu = new java.util.concurrent.ConcurrentSkipListMap<>();

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
        ruleCpuNanos.reset();
        RiskSettings settings = run.config().risks();
        RiskContext context = new RiskContext(run.year(), run.editionDate(), eventDate(run.config().vitrine()), settings,
                Thresholds.load(), previous, new Fmt(run.messages()));
        List<Need> all = run.needs();
        List<Need> open = all.stream().filter(Need::isOpenOpportunity).toList();
        long rulesStart = System.nanoTime();
        Flags flags = applyAll(settings, all, open, context, run.messages());
        run.time("risk.rules", (System.nanoTime() - rulesStart) / 1e9, all.size());
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
        run.time("risk.cpu", (org.vitrine.run.CpuClock.now() - cpu + ruleCpuNanos.sumThenReset()) / 1e9, all.size());
        ruleCpu.forEach((code, seconds) -> run.time("risk.rule." + code, seconds, 0));
        ruleCpu.clear();
    }

    /**
     * Runs the enabled rules on one thread per core: rules are independent and only read the needs,
     * each raises its flags into its own {@link Flags}, and those are merged in rule order, so the
     * result is the same as one rule after the other. The rules comparing needs (the last ones, and
     * the costliest) are started first.
     */
    Flags applyAll(RiskSettings settings, List<Need> all, List<Need> open, RiskContext context,
            org.vitrine.cli.Messages messages) {
        List<RiskRule> enabled = rules.stream().filter(r -> settings.enabled(r.code())).toList();
        int threads = Math.min(enabled.size(), this.threads);
        Flags flags = new Flags(messages);
        if (threads <= 1) {
            enabled.forEach(rule -> rule.apply(rule.openOpportunitiesOnly() ? open : all, context, flags));
            return flags;
        }
        Flags[] own = new Flags[enabled.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = enabled.size() - 1; i >= 0; i--) {
            order.add(i);
        }
        try {
            org.vitrine.run.Parallel.forEach(order, threads, i -> {
                RiskRule rule = enabled.get(i);
                long cpu = org.vitrine.run.CpuClock.now();
                own[i] = new Flags(messages);
                rule.apply(rule.openOpportunitiesOnly() ? open : all, context, own[i]);
                long used = org.vitrine.run.CpuClock.now() - cpu;
                ruleCpuNanos.add(used);
                ruleCpu.put(rule.code(), used / 1e9);
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Flags f : own) {
            flags.addAll(f);
        }
        return flags;
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

package org.vitrine.risk;

import org.vitrine.config.RiskSettings;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.vitrine.messages.Messages;
import org.vitrine.config.VitrineConfig;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.rules.need.LiveDuringEvent;
import org.vitrine.context.CpuClock;
import org.vitrine.context.Parallel;
import org.vitrine.context.Run;

/**
 * The risk stage: runs every enabled rule of {@link Rules} over the run's needs, attaches the flags to each need
 * sorted by code, and sets {@code Need.live} for the consultations running on the event day (LIVE_DURING_EVENT:
 * the pages then drop the meeting button), whether or not that flag is switched on.
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

    /** {@link #flag(List, Run, Map)} on the run's needs, kept in the run (a command's or the bench's run without routes). */
    public void flag(Run run, Map<String, Need> previous) {
        run.needs(flag(run.needs(), run, previous));
    }

    /**
     * The needs in, the same needs with their flags out; the run gives the configuration and date and keeps the stage's
     * timings, not the needs.
     */
    public List<Need> flag(List<Need> all, Run run, Map<String, Need> previous) {
        long cpu = CpuClock.now();
        RiskSettings settings = run.config().risks();
        RiskContext context = RiskContext.of(run.year(), run.editionDate(), eventDate(run.config().vitrine()), settings,
                Thresholds.load(), previous, run.messages(), BuyerFacts.of(run.config().buyers()), all);
        long rulesStart = System.nanoTime();
        long setupCpu = CpuClock.now() - cpu;
        Applied applied = applyAll(settings, all, context, run.messages());
        run.timings().time("risk.rules", (System.nanoTime() - rulesStart) / 1e9, all.size());
        long mergeStart = CpuClock.now();
        List<Need> flagged = merge(all, applied.flags(), context);
        // Set-up and merge on this thread, plus each rule's own CPU wherever it ran.
        long total = setupCpu + (CpuClock.now() - mergeStart) + applied.totalCpuNanos();
        run.timings().time("risk.cpu", total / 1e9, all.size());
        applied.cpuNanos().forEach((code, nanos) -> run.timings().time("risk.rule." + code, nanos / 1e9, 0));
        return flagged;
    }

    private static final Comparator<RiskFlag> BY_CODE = Comparator.comparing(RiskFlag::code).thenComparing(RiskFlag::message);

    /** Each need with its flags sorted by code then message, and its live state. */
    static List<Need> merge(List<Need> all, Flags flags, RiskContext context) {
        List<Need> out = new ArrayList<>(all.size());
        for (NeedFacts f : context.all()) {
            Need n = f.need();
            List<RiskFlag> risks = flags.at(f.index());
            String live = LiveDuringEvent.live(f, context.eventDate());
            if (risks.isEmpty() && live == null && n.live() == null) {
                out.add(n);
                continue;
            }
            Need.Builder b = n.toBuilder();
            if (!risks.isEmpty()) {
                List<RiskFlag> sorted = new ArrayList<>(risks);
                if (sorted.size() > 1) {
                    sorted.sort(BY_CODE);
                }
                b.risks = sorted;
            }
            b.live = live;
            out.add(b.build());
        }
        return out;
    }

    /**
     * Runs the enabled rules on one thread per core: rules are independent and only read the needs, each raises its
     * flags into its own {@link Flags}, and those are merged in rule order, so the result is the same as one rule
     * after the other. The rules comparing needs (the last ones, and the costliest) are started first. The rules that
     * read the others' items ({@link RiskRule.AfterOthers}, GROUPING_OPPORTUNITY) run next, given those items once they
     * are one line per problem; then the items of both are made one line per problem.
     */
    Applied applyAll(RiskSettings settings, List<Need> all, RiskContext context, Messages messages) {
        List<RiskRule> enabled = rules.stream().filter(r -> settings.enabled(r.code())).toList();
        Flags[] own = new Flags[enabled.size()];
        long[] cpu = new long[enabled.size()];
        List<Integer> first = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (int i = enabled.size() - 1; i >= 0; i--) {
            (enabled.get(i) instanceof RiskRule.AfterOthers ? after : first).add(i);
        }
        Flags flags = new Flags(messages);
        runRules(enabled, first, own, cpu, all, context, messages, flags);
        mergeInOrder(flags, own, first);
        onePerProblem(flags);
        runRules(enabled, after, own, cpu, all, context, messages, flags);
        mergeInOrder(flags, own, after);
        Map<String, Long> cpuNanos = new java.util.TreeMap<>();
        for (int i = 0; i < own.length; i++) {
            cpuNanos.put(enabled.get(i).code(), cpu[i]);
        }
        groupsOnePerProblem(flags, context, messages);
        return new Applied(flags, cpuNanos);
    }

    /** Runs the rules {@code which} (places in {@code enabled}) at once, each into its own flags; {@code others} for those reading them. */
    private void runRules(List<RiskRule> enabled, List<Integer> which, Flags[] own, long[] cpu, List<Need> all, RiskContext context,
            Messages messages, Flags others) {
        if (which.isEmpty()) {
            return;
        }
        try {
            Parallel.forEach(which, Math.max(1, Math.min(which.size(), threads)), i -> {
                RiskRule rule = enabled.get(i);
                long start = CpuClock.now();
                own[i] = new Flags(messages);
                if (rule instanceof RiskRule.AfterOthers late) {
                    late.apply(all, context, others, own[i]);
                } else {
                    rule.apply(all, context, own[i]);
                }
                cpu[i] = CpuClock.now() - start;
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Appends the flags of the rules {@code which} in rule order ({@code which} lists them last first). */
    private static void mergeInOrder(Flags flags, Flags[] own, List<Integer> which) {
        for (int k = which.size() - 1; k >= 0; k--) {
            flags.addAll(own[which.get(k)]);
        }
    }

    /** One line per problem among the items of the rules that read no other item (RISKS.md §8). */
    private static void onePerProblem(Flags flags) {
        // one line per fix (RISKS.md §8, version 2.6): lots belong in the formalised procedure; few suppliers is
        // the same remedy as partial coverage; a schedule too tight for the incumbent's end is the continuity gap's
        // cause (lawyer D, VB27-01: launch earlier)
        flags.absorb("MAPA_ABOVE_THRESHOLD", "NOT_ALLOTTED");
        flags.absorb("CONTINUITY_GAP", "TIGHT_SCHEDULE");
        flags.absorb("PARTIAL_COVERAGE", "LOW_COMPETITION");
        // the buyer's own « partielle » adds nothing beside a NOT_ALLOTTED item of the same need, whose remedy (lots, or
        // the reasons for one lot) is the same (version 2.7, lawyer E CHM-27-21): one line, stating both
        flags.absorb("NOT_ALLOTTED", "PARTIAL_COVERAGE");
        // version 2.9 (lawyer G, COM-27-03 and CCAS-27-08): the concours is the remedy of a maîtrise d'œuvre at or above
        // T, not « a formalised procedure »; a need whose total with its siblings crosses a threshold is not also told
        // « rien n'indique une erreur d'estimation » (THRESHOLD_EDGE for information; a value fitted to X stays a task)
        flags.dropBeside("DESIGN_CONTEST_MISSING", "MAPA_ABOVE_THRESHOLD");
        // version 2.16 (lawyer N, defect 2): one amount, one line. The split owns a member's value near a threshold
        // (its line names each value and the threshold; a member is certainly under the split's X, so the edge's X is
        // never above it and the procedure of the total settles both); a MAPA certainly at or above T owns it too
        flags.dropBeside("SPLIT_SUSPECT", "THRESHOLD_EDGE");
        flags.dropBeside("MAPA_ABOVE_THRESHOLD", "THRESHOLD_EDGE");
        // version 2.19 (lawyer O, SD34-27-05): an object of several markets coded as the first is to be divided into lots,
        // each with its own code: NOT_ALLOTTED's line says so, the code's line beside it would be a second line for one fix
        flags.dropBeside("NOT_ALLOTTED", "CPV_MISMATCH", f -> org.vitrine.risk.rules.need.CpvMismatch.PART_TITLE.equals(f.titleKey()));
    }

    /**
     * One line per problem with the items of the rules that read the others. Since version 2.24 (lawyer Q R60) no
     * grouping item is dropped for one member's section-S or NOT_ALLOTTED item: GROUPING_OPPORTUNITY leaves such needs
     * out before it forms its clusters (version 2.8, lawyer F D7: a need still to be divided into lots is no partner).
     */
    private static void groupsOnePerProblem(Flags flags, RiskContext context, Messages messages) {
        // version 2.14 (lawyer J, defect 5): a buyer's needs already summed by a SPLIT_SUSPECT item are not told again to
        // be bought together; the split (one procedure for the buyer's own needs) comes first, the groupement after
        flags.dropGroupsRepeating("GROUPING_OPPORTUNITY", "SPLIT_SUSPECT");
        // version 2.15 (lawyer L, defect 4): a pair told « échelonnez » and « regroupez » gets one advice. The groupement
        // wins: grouped, the needs are one consultation and their deadlines no longer compete; staggering is its
        // fallback, said in the grouping's line. A congestion with other needs stays, saying which pair may be grouped
        Texts t = new Texts(context);
        flags.mergeGroups("GROUPING_OPPORTUNITY", "DEADLINE_CONGESTION",
                dc -> messages.get("risk.GROUPING_OPPORTUNITY.congestion", dc.publicArgs().isEmpty() ? "" : t.date(LocalDate.parse(dc.publicArgs().get(0))),
                        dc.publicArgs().size() < 2 ? "" : t.date(LocalDate.parse(dc.publicArgs().get(1)))),
                pair -> messages.get("risk.DEADLINE_CONGESTION.grouped", t.list(pair, t::member, pair.size())));
    }

    public static LocalDate eventDate(VitrineConfig config) {
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

package org.vitrine.risk.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.vitrine.config.AwardOverrides;
import org.vitrine.config.ConfigError;
import org.vitrine.config.SourceConfig;
import org.vitrine.context.Run;
import org.vitrine.model.Award;
import org.vitrine.model.AwardLink;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.BuyerFacts;
import org.vitrine.risk.Flags;
import org.vitrine.risk.RiskContext;
import org.vitrine.risk.RiskStage;
import org.vitrine.risk.Thresholds;
import org.vitrine.risk.rules.need.ContinuityGap;

/**
 * What the past awards tell the run, after the risk rules: each need's current contract (kept in the run for the
 * staff report), the incumbent's end date given to a need whose buyer did not write one (and the holder's name,
 * published only with privacy.publishIncumbent), the renewals missing from the forecast, and the competition measured
 * on all buyers' awards stated in LOW_COMPETITION / PARTIAL_COVERAGE items ({@link MeasuredCompetition}). The rules
 * themselves still judge on the buyers' own statements only.
 */
public final class AwardEvidence {

    private AwardEvidence() {
    }

    /** The days within which a need renews an award: the first awards source's window; empty without awards. */
    public static java.util.OptionalInt matchWindowDays(org.vitrine.config.Config config) {
        return config.sources().stream().filter(s -> "awards".equals(s.kind())).mapToInt(SourceConfig::matchWindowDays).findFirst();
    }

    /** {@link #apply(List, Run)} on the run's needs, kept in the run (a test's or a command's run without routes). */
    public static void apply(Run run) throws ConfigError {
        run.needs(apply(run.needs(), run));
    }

    /**
     * The flagged needs in, the same needs with what the awards tell out (incumbents, CONTINUITY_GAP items, measured
     * competition); the needs are not written into the run, which keeps only the award findings for the reports (links,
     * contracts, missing renewals, near misses, market figures quoted). Unchanged without an awards source.
     */
    public static List<Need> apply(List<Need> flagged, Run run) throws ConfigError {
        java.util.OptionalInt window = matchWindowDays(run.config());
        if (window.isEmpty()) {
            return flagged;
        }
        int days = window.getAsInt();
        AwardOverrides overrides = AwardOverrides.read(run.config().dir());
        staleOverrides(overrides, flagged, run.awards(), run.messages()).forEach(run.report()::warn);
        AwardMatcher matcher = new AwardMatcher(run.awards(), run.config().buyers(), days, overrides, run.year());
        List<AwardLink> links = matcher.links(flagged);
        run.awardLinks(links);
        Map<Award, String> contracts = new java.util.HashMap<>();
        links.forEach(l -> contracts.computeIfAbsent(l.award(), matcher::contract));
        run.awardContracts(contracts);
        Map<String, List<AwardLink>> byNeed = links.stream().collect(Collectors.groupingBy(AwardLink::needId));
        // the id links on the rows as written: withIncumbents then copies the award's end into them
        List<Need> needs = withIncumbents(idGaps(run, flagged, byNeed, days), byNeed);
        Set<String> undated = flagged.stream().filter(n -> n.incumbentEnd() == null).map(Need::id).collect(Collectors.toSet());
        run.endFromAward(needs.stream().filter(n -> n.incumbentEnd() != null && undated.contains(n.id())).map(Need::id)
                .collect(Collectors.toSet()));
        needs = probableGaps(run, needs, byNeed);
        needs = dateConflicts(run, needs, byNeed, days);
        needs = splitsOfOneContract(needs, byNeed, run.messages(), new org.vitrine.messages.Fmt(run.messages()));
        Map<String, String> quoted = new java.util.TreeMap<>();
        needs = new MeasuredCompetition(run.markets()).quote(needs, run.messages(), quoted);
        run.needMarkets(quoted);
        Set<String> linked = links.stream().map(l -> l.award().id()).collect(Collectors.toSet());
        run.missingRenewals(ExpectedRenewalMissing.of(run.awards(), linked, run.config().buyers(), run.year(), run.editionDate()));
        // a missing renewal's look-alike: the closest need of its buyer and CPV renewing nothing, too far in time to be linked
        Map<String, AwardLink> near = new java.util.HashMap<>();
        run.missingRenewals().forEach((buyer, awards) -> awards.forEach(a -> {
            AwardLink found = matcher.nearMiss(a, l -> !byNeed.containsKey(l.needId()) && l.buyerId().equals(buyer));
            if (found != null) {
                near.put(a.id(), found);
            }
        }));
        run.nearMisses(near);
        run.rejectedNaming(rejectedNaming(run));
        return needs;
    }

    /**
     * Each missing renewal named by a rejected row of its buyer (its id in the row's reference or remarks, as the matcher
     * links an accepted one): the first such row, by file and row. Officer Z3: the report said « ajoutez une ligne » of a
     * renewal the buyer had written on a row rejected for another reason.
     */
    static Map<String, org.vitrine.model.RejectedRow> rejectedNaming(Run run) {
        Map<String, org.vitrine.model.RejectedRow> out = new java.util.HashMap<>();
        List<org.vitrine.model.RejectedRow> rows = new ArrayList<>(run.report().rejectedRows());
        if (rows.isEmpty()) {
            return out;
        }
        rows.sort(java.util.Comparator.comparing(org.vitrine.model.RejectedRow::file)
                .thenComparing(r -> r.sheet() == null ? "" : r.sheet()).thenComparingInt(org.vitrine.model.RejectedRow::row));
        run.missingRenewals().forEach((buyer, awards) -> awards.forEach(a -> {
            String id = AwardMatcher.norm(a.id());
            if (id.length() < 6) {
                return;
            }
            rows.stream().filter(r -> buyer.equals(r.buyer()) && AwardMatcher.norm(r.text()).contains(id)).findFirst()
                    .ifPresent(r -> out.put(a.id(), r));
        }));
        return out;
    }

    /** Links that stand whatever the dates: staff's, or the award's id written by the buyer. */
    private static final Set<String> WHATEVER_THE_DATES = Set.of("confirmed", "reference", AwardMatcher.REMARKS);

    /**
     * A need linked to its award whatever the dates (confirmed, or the id in its reference or remarks) whose own date is
     * more than {@code days} from the award's end: one of the two dates is wrong, and the link alone does not say which
     * (officer Y2, D1: RBV-2027-30 names contract 2022RBV030, 214 days from the end it gives). A CONTINUITY_GAP item
     * for the buyer to check: medium when the award ends first (if DECP is right, the need comes too late), low when it
     * ends after (a prolongation, or a wrong date in the row). Said once, in the staff report and the buyer's feedback.
     */
    static List<Need> dateConflicts(Run run, List<Need> needs, Map<String, List<AwardLink>> byNeed, int days) {
        if (!run.config().risks().enabled(ContinuityGap.CODE)) {
            return needs;
        }
        List<Need> conflicting = new ArrayList<>();
        Map<Need, Award> awardOf = new java.util.IdentityHashMap<>();
        for (Need n : needs) {
            List<AwardLink> l = byNeed.get(n.id());
            java.time.LocalDate[] target = AwardMatcher.target(n);
            if (l == null || target == null || l.stream().noneMatch(x -> WHATEVER_THE_DATES.contains(x.reason()))) {
                continue;
            }
            Award latest = l.stream().map(AwardLink::award).filter(a -> a.end() != null)
                    .max(java.util.Comparator.comparing(Award::end).thenComparing(Award::id)).orElse(null);
            if (latest != null && AwardMatcher.apart(latest.end(), target) > days) {
                conflicting.add(n);
                awardOf.put(n, latest);
            }
        }
        if (conflicting.isEmpty()) {
            return needs;
        }
        RiskContext context = context(run, conflicting);
        org.vitrine.messages.Fmt fmt = new org.vitrine.messages.Fmt(run.messages());
        Flags flags = new Flags(run.messages());
        ContinuityGap rule = new ContinuityGap();
        for (Need n : conflicting) {
            Award a = awardOf.get(n);
            java.time.LocalDate[] target = AwardMatcher.target(n);
            boolean first = a.end().isBefore(target[0]);
            boolean byEnd = AwardMatcher.byIncumbentEnd(n);
            String written = byEnd ? fmt.date(n.incumbentEnd().end()) : fmt.date(n.contractStart().start());
            String reason = byNeed.get(n.id()).stream().map(AwardLink::reason).filter(WHATEVER_THE_DATES::contains).findFirst().orElseThrow();
            flags.on(rule, context, n).severity(first ? "medium" : "low").title("risk.CONTINUITY_GAP.dateConflict.title")
                    .add("risk.CONTINUITY_GAP.dateConflict", a.id(),
                            reason.equals("confirmed") ? 0 : reason.equals("reference") ? 1 : 2,
                            fmt.date(a.end()), AwardMatcher.apart(a.end(), target), first ? 0 : 1, byEnd ? 0 : 1, written);
        }
        List<Need> out = new ArrayList<>(needs.size());
        Map<Need, Integer> at = new java.util.IdentityHashMap<>();
        for (int i = 0; i < conflicting.size(); i++) {
            at.put(conflicting.get(i), i);
        }
        for (Need n : needs) {
            Integer i = at.get(n);
            if (i == null || flags.at(i).isEmpty()) {
                out.add(n);
                continue;
            }
            Need.Builder b = n.toBuilder();
            List<RiskFlag> risks = new ArrayList<>(n.risks());
            risks.addAll(flags.at(i));
            b.risks = risks;
            out.add(b.build());
        }
        return out;
    }

    /** The risk rules' context for the needs the award evidence judges again (CONTINUITY_GAP on a date conflict, a probable gap). */
    private static RiskContext context(Run run, List<Need> needs) {
        return RiskContext.of(run.year(), run.editionDate(), RiskStage.eventDate(run.config().vitrine()), run.config().risks(),
                Thresholds.load(), run.edition() == null ? null : run.edition().previous(), run.messages(),
                BuyerFacts.of(run.config().buyers()), needs);
    }

    /**
     * The staff decisions of config/award-links.yaml that no longer apply: their need is not in this forecast (the
     * buyer changed its reference, or dropped the line) or their award was not read. Said at every run, so that a
     * decision does not silently stop counting (officer Y2, D2: a confirmed link to MVS-27-008, renumbered MVS-27-08).
     */
    static List<String> staleOverrides(AwardOverrides overrides, List<Need> needs, List<Award> awards,
            org.vitrine.messages.Messages m) {
        Set<String> planned = needs.stream().map(n -> n.buyer().id() + "\u0000" + AwardMatcher.norm(n.reference()))
                .collect(Collectors.toSet());
        Set<String> read = awards.stream().map(Award::id).collect(Collectors.toSet());
        List<String> out = new ArrayList<>();
        for (AwardOverrides.Entry e : overrides.links()) {
            boolean needGone = !planned.contains(e.buyer() + "\u0000" + AwardMatcher.norm(e.need()));
            boolean awardGone = !read.contains(e.award().strip());
            if (needGone || awardGone) {
                out.add(m.get("awards.links.stale", e.confirm() ? 1 : 0, e.need(), e.buyer(), e.award().strip(),
                        needGone ? (awardGone ? 2 : 0) : 1));
            }
        }
        return out;
    }

    private static boolean probable(List<AwardLink> links) {
        return links.stream().allMatch(x -> AwardMatcher.PROBABLE.equals(x.reason()));
    }

    /**
     * A need probably renewing an award (same buyer and 8-digit CPV, no date given) is judged by CONTINUITY_GAP with
     * that award's end, the sentence naming the award and asking staff to confirm the link: the point is a renewal
     * launched after the current contract ends, not a missing renewal (lawyer F, D2: SIE-27-03 launched in June for
     * meters whose contract 2023SIE010 ends on 31 May 2027).
     */
    static List<Need> probableGaps(Run run, List<Need> needs, Map<String, List<AwardLink>> byNeed) {
        return awardGaps(run, needs, n -> {
            List<AwardLink> l = byNeed.get(n.id());
            return l == null || !probable(l) || n.incumbentEnd() != null ? null : l;
        }, (n, l) -> run.messages().get("risk.CONTINUITY_GAP.probable", String.join(", ", l.stream().map(x -> x.award().id()).toList()),
                l.get(0).award().cpv()));
    }

    /**
     * A need linked whatever the dates (staff confirmed it, or its reference or remarks name the award) whose row gives
     * no current contract's end is judged by CONTINUITY_GAP with its contract's end (the latest of the linked awards),
     * exactly as a row's own end: the sentence says where the end comes from (officer Y4, D1: DEP-27-04, fleet insurance
     * ending 31 December 2026, launched in T1 2027, got INCOMPLETE only). Run on the needs as the buyers wrote them,
     * before {@link #withIncumbents} copies the award's end into the need; a row whose start is more than {@code days}
     * from the award's end is left to {@link #dateConflicts}.
     */
    static List<Need> idGaps(Run run, List<Need> needs, Map<String, List<AwardLink>> byNeed, int days) {
        return awardGaps(run, needs, n -> {
            List<AwardLink> l = byNeed.get(n.id());
            if (l == null || n.incumbentEnd() != null || l.stream().noneMatch(x -> WHATEVER_THE_DATES.contains(x.reason()))) {
                return null;
            }
            Award latest = latest(l);
            java.time.LocalDate[] target = AwardMatcher.target(n);
            return latest == null || target != null && AwardMatcher.apart(latest.end(), target) > days ? null : l;
        }, (n, l) -> {
            String reason = l.stream().map(AwardLink::reason).filter(WHATEVER_THE_DATES::contains).findFirst().orElseThrow();
            return run.messages().get("risk.CONTINUITY_GAP.fromAward", latest(l).id(),
                    reason.equals("confirmed") ? 0 : reason.equals("reference") ? 1 : 2, AwardMatcher.target(n) == null ? 0 : 1);
        });
    }

    /** The linked award ending last (ties by id), null when none has an end. */
    private static Award latest(List<AwardLink> l) {
        return l.stream().map(AwardLink::award).filter(a -> a.end() != null)
                .max(java.util.Comparator.comparing(Award::end).thenComparing(Award::id)).orElse(null);
    }

    /**
     * CONTINUITY_GAP on copies of the needs {@code select} gives links for, their incumbent's end set to the latest end
     * of those links, each item prefixed with {@code why}; the items are added to the needs.
     */
    private static List<Need> awardGaps(Run run, List<Need> needs, java.util.function.Function<Need, List<AwardLink>> select,
            java.util.function.BiFunction<Need, List<AwardLink>, String> why) {
        List<Need> copies = new ArrayList<>();
        Map<Need, Need> original = new java.util.IdentityHashMap<>();
        Map<Need, List<AwardLink>> linksOf = new java.util.IdentityHashMap<>();
        for (Need n : needs) {
            List<AwardLink> l = select.apply(n);
            if (l == null) {
                continue;
            }
            java.time.LocalDate end = l.stream().map(x -> x.award().end()).filter(java.util.Objects::nonNull)
                    .max(java.time.LocalDate::compareTo).orElse(null);
            if (end == null) {
                continue;
            }
            Need.Builder b = n.toBuilder();
            b.incumbentEnd = new Period(end, end, Period.Precision.day);
            b.risks = List.of();
            Need copy = b.build();
            copies.add(copy);
            original.put(copy, n);
            linksOf.put(copy, l);
        }
        if (copies.isEmpty() || !run.config().risks().enabled(ContinuityGap.CODE)) {
            return needs;
        }
        RiskContext context = context(run, copies);
        Flags flags = new Flags(run.messages());
        new ContinuityGap().apply(copies, context, flags);
        Map<Need, List<RiskFlag>> added = new java.util.IdentityHashMap<>();
        for (int i = 0; i < copies.size(); i++) {
            List<RiskFlag> found = flags.at(i);
            if (!found.isEmpty()) {
                String prefix = why.apply(original.get(copies.get(i)), linksOf.get(copies.get(i)));
                added.put(original.get(copies.get(i)), found.stream().map(f -> new RiskFlag(f.code(), f.severity(), prefix + " " + f.message(),
                        f.related(), f.section(), f.due(), f.anchor(), f.figures(), f.publicArgs(), f.titleKey())).toList());
            }
        }
        List<Need> out = new ArrayList<>(needs.size());
        for (Need n : needs) {
            List<RiskFlag> more = added.get(n);
            if (more == null) {
                out.add(n);
                continue;
            }
            Need.Builder b = n.toBuilder();
            List<RiskFlag> risks = new ArrayList<>(n.risks() == null ? List.of() : n.risks());
            risks.addAll(more);
            risks.sort(java.util.Comparator.comparing(RiskFlag::code).thenComparing(RiskFlag::message));
            b.risks = risks;
            out.add(b.build());
        }
        return out;
    }

    /**
     * A SPLIT_SUSPECT item whose members all renew one and the same current contract (one consultation, linked by id,
     * CPV or class, not probable nor a tie) says so: the buyer bought them as one contract before, the best evidence that
     * they are one need (R2121-1; lawyer F, D12: three lift-maintenance needs renewing 2024DHA011, 230 000 €). Every
     * member gets the same sentence, so the item's members still agree.
     */
    static List<Need> splitsOfOneContract(List<Need> needs, Map<String, List<AwardLink>> byNeed, org.vitrine.messages.Messages m,
            org.vitrine.messages.Fmt fmt) {
        List<Need> out = new ArrayList<>(needs.size());
        for (Need n : needs) {
            List<RiskFlag> risks = n.risks() == null ? List.of() : n.risks();
            if (risks.stream().noneMatch(f -> "SPLIT_SUSPECT".equals(f.code()))) {
                out.add(n);
                continue;
            }
            List<RiskFlag> changed = new ArrayList<>(risks.size());
            for (RiskFlag f : risks) {
                List<Award> one = "SPLIT_SUSPECT".equals(f.code()) ? oneContract(n.id(), f.related(), byNeed) : null;
                if (one == null) {
                    changed.add(f);
                    continue;
                }
                Award a = one.get(0);
                java.math.BigDecimal sum = one.stream().allMatch(x -> x.amount() != null)
                        ? one.stream().map(Award::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add) : null;
                String why = m.get("risk.SPLIT_SUSPECT.oneContract", f.related().size() + 1, // {0}: the members, unused in the texts
                       
                        String.join(", ", one.stream().map(Award::id).toList()), fmt.date(a.notification()),
                        sum == null ? "—" : fmt.number(sum) + "\u00A0€", a.procedure() == null ? "—" : a.procedure());
                changed.add(new RiskFlag(f.code(), f.severity(), f.message() + " " + why, f.related(), f.section(), f.due(), f.anchor(),
                        f.figures(), f.publicArgs(), f.titleKey()));
            }
            Need.Builder b = n.toBuilder();
            b.risks = changed;
            out.add(b.build());
        }
        return out;
    }

    /** The lots of the one consultation every member renews, or null. */
    private static List<Award> oneContract(String self, List<String> related, Map<String, List<AwardLink>> byNeed) {
        String key = null;
        List<Award> lots = null;
        for (String id : java.util.stream.Stream.concat(java.util.stream.Stream.of(self), related.stream()).toList()) {
            List<AwardLink> l = byNeed.get(id);
            if (l == null || l.stream().anyMatch(x -> x.reason().endsWith("-tie") || AwardMatcher.PROBABLE.equals(x.reason()))) {
                return null;
            }
            Set<String> keys = l.stream().map(x -> AwardMatcher.consultation(x.award())).collect(Collectors.toSet());
            if (keys.size() != 1 || key != null && !key.equals(keys.iterator().next())) {
                return null;
            }
            key = keys.iterator().next();
            lots = l.stream().map(AwardLink::award).distinct().sorted(java.util.Comparator.comparing(Award::id)).toList();
        }
        return lots;
    }

    /** A need without an incumbent end gets its current contract's (the latest end of its links). */
    static List<Need> withIncumbents(List<Need> needs, Map<String, List<AwardLink>> byNeed) {
        List<Need> out = new ArrayList<>(needs.size());
        for (Need n : needs) {
            List<AwardLink> l = byNeed.get(n.id());
            // a probable link (buyer and CPV only) is for staff to confirm: nothing of it reaches the pages
            if (l == null || (n.incumbentEnd() != null && n.incumbent() != null) || probable(l)) {
                out.add(n);
                continue;
            }
            Award latest = l.stream().filter(x -> x.award().end() != null)
                    .max(java.util.Comparator.comparing((AwardLink x) -> x.award().end())).map(AwardLink::award).orElse(null);
            Need.Builder b = n.toBuilder();
            if (n.incumbentEnd() == null && latest != null) {
                b.incumbentEnd = new Period(latest.end(), latest.end(), Period.Precision.day);
            }
            // Two possible contracts: their holders are not the incumbent until staff settle which one it is.
            boolean tie = l.stream().anyMatch(x -> x.reason().endsWith("-tie"));
            if (n.incumbent() == null && !tie) {
                String names = l.stream().flatMap(x -> x.award().holders().stream()).map(Award.Holder::name)
                        .filter(java.util.Objects::nonNull).distinct().sorted().collect(Collectors.joining(", "));
                b.incumbent = names.isEmpty() ? null : names;
            }
            out.add(b.build());
        }
        return out;
    }
}

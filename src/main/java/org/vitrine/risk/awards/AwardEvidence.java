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

    public static void apply(Run run) throws ConfigError {
        List<SourceConfig> sources = run.config().sources().stream().filter(s -> "awards".equals(s.kind())).toList();
        if (sources.isEmpty()) {
            return;
        }
        int days = sources.get(0).matchWindowDays();
        AwardMatcher matcher = new AwardMatcher(run.awards(), run.config().buyers(), days,
                AwardOverrides.read(run.config().dir()));
        List<AwardLink> links = matcher.links(run.needs());
        run.awardLinks(links);
        Map<String, List<AwardLink>> byNeed = links.stream().collect(Collectors.groupingBy(AwardLink::needId));
        run.needs(withIncumbents(run.needs(), byNeed));
        Map<String, String> quoted = new java.util.TreeMap<>();
        run.needs(new MeasuredCompetition(run.markets()).quote(run.needs(), run.messages(), quoted));
        run.needMarkets(quoted);
        Set<String> linked = links.stream().map(l -> l.award().id()).collect(Collectors.toSet());
        run.missingRenewals(ExpectedRenewalMissing.of(run.awards(), linked, run.config().buyers(), run.year()));
    }

    /** A need without an incumbent end gets its current contract's (the latest end of its links). */
    static List<Need> withIncumbents(List<Need> needs, Map<String, List<AwardLink>> byNeed) {
        List<Need> out = new ArrayList<>(needs.size());
        for (Need n : needs) {
            List<AwardLink> l = byNeed.get(n.id());
            if (l == null || (n.incumbentEnd() != null && n.incumbent() != null)) {
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

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

    public RiskStage() {
        this(Rules.all());
    }

    public RiskStage(List<RiskRule> rules) {
        this.rules = rules;
    }

    public void flag(Run run, Map<String, Need> previous) {
        RiskSettings settings = run.config().risks();
        RiskContext context = new RiskContext(run.year(), run.editionDate(), eventDate(run.config().vitrine()), settings,
                Thresholds.load(), previous, new Fmt(run.messages()));
        List<Need> all = run.needs();
        List<Need> open = all.stream().filter(Need::isOpenOpportunity).toList();
        Flags flags = new Flags(run.messages());
        for (RiskRule rule : rules) {
            if (settings.enabled(rule.code())) {
                rule.apply(rule.openOpportunitiesOnly() ? open : all, context, flags);
            }
        }
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

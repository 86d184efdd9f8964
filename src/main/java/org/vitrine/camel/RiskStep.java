package org.vitrine.camel;

import java.util.List;
import org.vitrine.model.Need;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.vitrine.risk.RiskStage;
import org.vitrine.risk.awards.AwardEvidence;
import org.vitrine.context.Run;

/** Route bean of risk-flag: flags the at-risk needs, comparing amounts with the previous edition. */
public final class RiskStep {

    private final RiskStage stage = new RiskStage();

    /**
     * Route risk-flag: the needs (the body) in, the same needs flagged and with what the past awards tell out, as the new
     * body. The run's needs are not written here (the publication's first step, changes, takes them from the body); the
     * run keeps the timings and the award findings the reports read (links, contracts, missing renewals).
     */
    public List<Need> flag(@Body List<Need> needs,
            @ExchangeProperty(VitrineCamel.RUN) Run run) throws org.vitrine.config.ConfigError {
        List<Need> flagged = stage.flag(needs, run, run.edition().previous());
        // A ConfigError here (award-links.yaml changed since the configuration was checked) fails the run.
        return AwardEvidence.apply(flagged, run);
    }
}

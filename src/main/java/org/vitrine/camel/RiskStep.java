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

    /** The needs (the body) flagged; the run keeps the same list for the reports. */
    public List<Need> flag(@Body List<Need> needs,
            @ExchangeProperty(VitrineCamel.RUN) Run run) throws org.vitrine.config.ConfigError {
        run.needs(needs);
        stage.flag(run, run.edition().previous());
        // A ConfigError here (award-links.yaml changed since the configuration was checked) fails the run.
        AwardEvidence.apply(run);
        return run.needs();
    }
}

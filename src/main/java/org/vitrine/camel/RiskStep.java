package org.vitrine.camel;

import org.apache.camel.ExchangeProperty;
import org.vitrine.risk.RiskStage;
import org.vitrine.risk.awards.AwardEvidence;
import org.vitrine.context.Run;

/** Route bean of risk-flag: flags the at-risk needs, comparing amounts with the previous edition. */
public final class RiskStep {

    private final RiskStage stage = new RiskStage();

    public void flag(@ExchangeProperty(VitrineCamel.RUN) Run run) throws org.vitrine.config.ConfigError {
        long start = System.nanoTime();
        stage.flag(run, run.previous());
        // A ConfigError here (award-links.yaml changed since the configuration was checked) fails the run.
        AwardEvidence.apply(run);
        run.time("risk", (System.nanoTime() - start) / 1e9, run.needs().size());
    }
}

package org.vitrine.camel;

import org.apache.camel.ExchangeProperty;
import org.vitrine.risk.RiskStage;
import org.vitrine.risk.awards.AwardEvidence;
import org.vitrine.context.Run;

/** Route bean of risk-flag: flags the at-risk needs, comparing amounts with the previous edition. */
public final class RiskStep {

    private final RiskStage stage = new RiskStage();

    public void flag(@ExchangeProperty(VitrineCamel.RUN) Run run) {
        if (!run.stopped()) {
            long start = System.nanoTime();
            stage.flag(run, run.previous());
            try {
                AwardEvidence.apply(run);
            } catch (org.vitrine.config.ConfigError e) {
                run.fail(e); // award-links.yaml changed since the configuration was checked
            }
            run.time("risk", (System.nanoTime() - start) / 1e9, run.needs().size());
        }
    }
}

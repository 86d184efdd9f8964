package org.vitrine.camel;

import org.apache.camel.ExchangeProperty;
import org.vitrine.risk.RiskStage;
import org.vitrine.context.Run;

/** Route bean of risk-flag: flags the at-risk needs, comparing amounts with the previous edition. */
public final class RiskStep {

    private final RiskStage stage = new RiskStage();

    public void flag(@ExchangeProperty(VitrineCamel.RUN) Run run) {
        if (!run.stopped()) {
            long start = System.nanoTime();
            stage.flag(run, run.previous());
            run.time("risk", (System.nanoTime() - start) / 1e9, run.needs().size());
        }
    }
}

package org.vitrine.camel;

import java.nio.file.Path;
import org.apache.camel.ExchangeProperty;
import org.vitrine.publish.PreviousEdition;
import org.vitrine.risk.RiskStage;
import org.vitrine.run.Run;

/** Route bean of risk-flag: flags the at-risk needs, comparing amounts with the current edition. */
public final class RiskStep {

    private final RiskStage stage = new RiskStage();
    private final Path outDir;

    public RiskStep(Path outDir) {
        this.outDir = outDir;
    }

    public void flag(@ExchangeProperty(VitrineCamel.RUN) Run run) {
        if (run.failure() == null) {
            stage.flag(run, PreviousEdition.load(outDir.resolve(String.valueOf(run.year()))));
        }
    }
}

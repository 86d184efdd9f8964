package org.vitrine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.vitrine.config.RiskSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.bench.SyntheticNeeds;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;

/** Rules run side by side raise exactly the flags, in the same order, as rules run one after the other. */
class RiskStageParallelTest {

    @Test
    void parallelRulesGiveTheSameFlagsAsSequentialOnes() {
        List<Need> needs = SyntheticNeeds.generate(6_000, 120, 7L, 2027);
        Messages m = Messages.of("fr");
        RiskSettings settings = new RiskSettings(Map.of());
        RiskContext context = RiskContext.of(2027, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 20), settings,
                Thresholds.load(), Map.of(), m, Map.of(), needs);
        Flags one = new RiskStage(Rules.all(), 1).applyAll(settings, needs, context, m).flags();
        Flags four = new RiskStage(Rules.all(), 4).applyAll(settings, needs, context, m).flags();
        assertTrue(one.all().size() > 100, "the data set raises flags: " + one.all().size());
        assertEquals(one.all(), four.all());
    }
}

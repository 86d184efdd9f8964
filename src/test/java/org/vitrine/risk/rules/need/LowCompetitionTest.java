package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;
import org.vitrine.model.RiskFlag;

class LowCompetitionTest {

    private final RuleRun run = RuleRun.of(new LowCompetition());

    @Test
    void flagsFewerKnownSuppliersThanTheMinimum() {
        RiskFlag f = run.one(need().suppliersKnown(2).build());
        assertEquals("medium", f.severity());
        assertTrue(f.message().contains("2 fournisseurs connus") && f.message().contains("minimum souhaité de 3"), f.message());
    }

    @Test
    void englishMessageStatesTheCountAndTheMinimum() {
        String en = RuleRun.of(new LowCompetition()).lang("en").message(need().suppliersKnown(2).build());
        assertTrue(en.contains("2 known suppliers") && en.contains("minimum of 3"), en);
    }

    @Test
    void wordsNoneAndOneSupplier() {
        assertTrue(run.message(need().suppliersKnown(0).build()).startsWith("Aucun fournisseur connu"));
        assertTrue(run.message(need().suppliersKnown(1).build()).startsWith("Un seul fournisseur connu"));
    }

    @Test
    void exactlyTheMinimumIsNotFlagged() {
        assertEquals(0, run.on(need().suppliersKnown(3).build()).size());
    }

    @Test
    void unknownCountIsNotFlagged() {
        assertEquals(0, run.on(need().suppliersKnown(null).build()).size());
    }

    @Test
    void minimumAndSeverityComeFromTheSettings() {
        RuleRun strict = RuleRun.of(new LowCompetition()).set("minSuppliers", 5).set("severity", "high");
        RiskFlag f = strict.one(need().suppliersKnown(4).build());
        assertEquals("high", f.severity());
        assertTrue(f.message().contains("minimum souhaité de 5"), f.message());
        assertEquals(0, strict.on(need().suppliersKnown(5).build()).size());
    }
}

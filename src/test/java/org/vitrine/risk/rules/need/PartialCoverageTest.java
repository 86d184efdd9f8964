package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;
import org.vitrine.model.RiskFlag;

class PartialCoverageTest {

    private final RuleRun run = RuleRun.of(new PartialCoverage());

    @Test
    void flagsAPartialCoverageWithoutPercent() {
        RiskFlag f = run.one(need().coverage("partial", null).build());
        assertEquals("PARTIAL_COVERAGE", f.code());
        assertEquals("medium", f.severity());
        assertTrue(f.message().contains("couverture partielle"), f.message());
    }

    @Test
    void statesThePercentInBothLanguages() {
        String fr = run.message(need().coverage("partial", 60).build());
        assertTrue(fr.contains("60\u00A0% du besoin") && fr.contains("40\u00A0%"), fr);
        String en = RuleRun.of(new PartialCoverage()).lang("en").message(need().coverage("partial", 60).build());
        assertTrue(en.contains("about 60% of the need") && en.contains("40%"), en);
    }

    @Test
    void englishMessageWithoutPercent() {
        String en = RuleRun.of(new PartialCoverage()).lang("en").message(need().coverage("partial", null).build());
        assertTrue(en.contains("partial coverage"), en);
    }

    @Test
    void flagsAPercentUnderAHundredWhateverTheLevel() {
        assertTrue(run.message(need().coverage("full", 99).build()).contains("99"));
        assertTrue(run.message(need().coverage("unknown", 50).build()).contains("50"));
    }

    @Test
    void fullOrUnknownCoverageIsNotFlagged() {
        assertEquals(0, run.on(need().coverage("full", null).build()).size());
        assertEquals(0, run.on(need().coverage("full", 100).build()).size());
        assertEquals(0, run.on(need().coverage("unknown", null).build()).size());
    }

    @Test
    void noCoverageGivenIsNotFlagged() {
        assertEquals(0, run.on(need().build()).size());
    }

    @Test
    void severityComesFromTheSettings() {
        assertEquals("high", RuleRun.of(new PartialCoverage()).set("severity", "high").one(need().coverage("partial", 30).build())
                .severity());
    }
}

package org.vitrine.risk.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import org.junit.jupiter.api.Test;
import org.vitrine.model.RiskFlag;

class CpvImpreciseTest {

    private final RuleRun run = RuleRun.of(new CpvImprecise());

    @Test
    void aDivisionCode() {
        RiskFlag f = run.one(need().cpv("45000000-7").build());
        assertEquals("low", f.severity());
        assertTrue(f.message().contains("45000000-7") && f.message().contains("une division"), f.message());
        String en = RuleRun.of(new CpvImprecise()).lang("en").message(need().cpv("45000000-7").build());
        assertTrue(en.contains("45000000-7") && en.contains("only a division"), en);
    }

    @Test
    void aGroupCode() {
        assertTrue(run.message(need().cpv("45200000-9").build()).contains("un groupe"));
        String en = RuleRun.of(new CpvImprecise()).lang("en").message(need().cpv("45200000-9").build());
        assertTrue(en.contains("45200000-9") && en.contains("only a group"), en);
    }

    @Test
    void classAndFinerCodesAreNotFlagged() {
        assertEquals(0, run.on(need().cpv("45210000-2").build()).size());
        assertEquals(0, run.on(need().cpv("90910000-9").build()).size());
        assertEquals(0, run.on(need().cpv("45213000-3").build()).size());
    }

    @Test
    void missingOrMalformedCodesAreLeftToTheNormaliser() {
        assertEquals(0, run.on(need().cpv(null).build()).size());
        assertEquals(0, run.on(need().cpv("45").build()).size());
    }

    @Test
    void severityComesFromTheSettings() {
        assertEquals("medium", RuleRun.of(new CpvImprecise()).set("severity", "medium").one(need().cpv("45000000-7").build())
                .severity());
    }
}

package org.vitrine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.need;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;

/** The EU threshold T is chosen per contract, the first case of docs/RISKS.md §2 that matches; French thresholds by date. */
class ThresholdsTest {

    private static final LocalDate JUNE = LocalDate.of(2027, 6, 1);

    @ParameterizedTest(name = "{0} {1} {2} defence={3} network={4}: {5} ({6})")
    @CsvSource({
            "local,    works,    45453000, ,      ,      5404000, works",
            "defence,  services, 50334000, true,  ,      432000,  defence",
            "local,    services, 85312400, true,  ,      750000,  social",   // L1113-1: State buyers only, the « oui » is not trusted
            "local,    services, 50334000, true,  ,      216000,  other",
            "central,  services, 50334000, true,  ,      432000,  defence",
            "local,    services, 85312400, ,      ,      750000,  social",
            "utility,  services, 85312400, ,      ,      1000000, social_network",
            "utility,  services, 85312400, ,      false, 750000,  social",
            "utility,  services, 90919200, ,      ,      432000,  network",
            "utility,  services, 90919200, ,      false, 216000,  other",
            "central,  services, 79411000, ,      ,      140000,  central",
            "defence,  services, 90911200, ,      ,      140000,  central",
            "defence,  supplies, 09134100, ,      ,      140000,  central_defence_listed",
            "defence,  supplies, 34330000, ,      ,      140000,  central_defence_listed",
            "defence,  supplies, 15100000, ,      ,      216000,  central_defence_supplies",
            "defence,  supplies, 30213000, ,      ,      216000,  central_defence_supplies",
            "local,    supplies, 30192000, ,      ,      216000,  other",
            "local,    services, 79713000, ,      ,      750000,  social",
    })
    void choosesTPerContract(String kind, String category, String cpv, Boolean defence, Boolean network, double value, String basis) {
        Need n = need().kind(kind).category(category).cpv(cpv).defence(defence).networkActivity(network).build();
        Threshold t = Thresholds.load().eu(n, BuyerFacts.UNKNOWN, JUNE, JUNE);
        assertEquals(value, t.value());
        assertEquals(basis, t.basis().name());
        assertFalse(t.latestKnown());
    }

    @Test
    void aUtilitysDefaultComesFromBuyersYaml() {
        Need n = need().kind("utility").cpv("90919200").build();
        assertEquals(216_000, Thresholds.load().eu(n, new BuyerFacts(true, false, false, false), JUNE, JUNE).value());
    }

    @Test
    void aStatePublicBodysDefenceColumnCountsForTheL1113_1Threshold() {
        // lawyer C, UB-27-09: a university's access control for a restricted zone, « Défense ou sécurité : oui »
        Need n = need().kind("local").supplies().cpv("35125000").defence(true).build();
        assertEquals(216_000, Thresholds.load().eu(n, BuyerFacts.UNKNOWN, JUNE, JUNE).value(), "a local buyer: not trusted");
        Threshold t = Thresholds.load().eu(n, new BuyerFacts(true, false, true, false, true), JUNE, JUNE);
        assertEquals(432_000, t.value());
        assertEquals("defence", t.basis().name());
    }

    @Test
    void theDispenseThresholdFollowsTheLaunchDateAndAWindowAcrossAChangeTakesTheStricter() {
        Need s = need().supplies().cpv("30192000").build();
        Thresholds t = Thresholds.load();
        assertEquals(60_000, t.dispense(s, JUNE, JUNE).value());
        assertEquals(40_000, t.dispense(s, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).value());
        assertEquals(40_000, t.dispense(s, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31)).value());
        assertEquals(100_000, t.dispense(need().works().cpv("45453000").build(), JUNE, JUNE).value());
        assertEquals(90_000, t.publicity(JUNE, JUNE).value());
    }

    @Test
    void afterThePublishedPeriodTheLatestValuesApplyAndSaySo() {
        Threshold t = Thresholds.load().eu(need().build(), BuyerFacts.UNKNOWN, LocalDate.of(2028, 3, 1), LocalDate.of(2028, 3, 31));
        assertEquals(216_000, t.value());
        assertTrue(t.latestKnown());
    }
}

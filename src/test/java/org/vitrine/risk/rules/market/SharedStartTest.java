package org.vitrine.risk.rules.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.day;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;

import org.junit.jupiter.api.Test;
import org.vitrine.risk.rules.need.RuleRun;

/** SHARED_START, from the examples of docs/RISKS.md §4. */
class SharedStartTest {

    private final RuleRun run = RuleRun.of(new SharedStart());

    @Test
    void oneItemForThreeInsuranceContractsStarting1July2028() {
        var all = run.all(need().id("a").buyer("x").cpv("66515200").amount(250_000).launch(quarter(2027, 4)).contractStart(day(2028, 7, 1)).build(),
                need().id("b").buyer("y").cpv("66516000").amount(200_000).launch(quarter(2027, 4)).contractStart(day(2028, 7, 1)).build(),
                need().id("c").buyer("z").cpv("66514110").amount(200_000).launch(quarter(2027, 4)).contractStart(day(2028, 7, 1)).build());
        assertEquals(3, all.size());
        assertTrue(all.get("a").get(0).message().startsWith("3 marchés de 3 acheteurs sur le marché assurances démarrent en même temps (1er juillet 2028)"));
        assertEquals("I", all.get("a").get(0).section());
    }

    @Test
    void noItemForTwoPcContractsStarting1October() {
        assertTrue(run.all(need().id("a").buyer("x").cpv("30213300").amount(200_000).launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).build(),
                need().id("b").buyer("y").cpv("30213300").amount(150_000).launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).build()).isEmpty());
    }

    @Test
    void aStartKnownToTheMonthJoinsTheDaysOfItsMonth() {
        assertEquals(3, run.all(need().id("a").buyer("x").launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).suppliersKnown(2).build(),
                need().id("b").buyer("y").launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).build(),
                need().id("c").buyer("z").launch(quarter(2027, 2)).contractStart(month(2027, 10)).build()).size());
    }

    @Test
    void noItemWithoutAnySignOfAThinMarket() {
        // lawyer N (issue 17, defect 4): three supply contracts of one ordinary market starting together, each buyer
        // saying nothing of few suppliers or partial coverage: no sign that candidates are too few to bid on all three
        assertTrue(run.all(need().id("a").buyer("x").launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).suppliersKnown(6).build(),
                need().id("b").buyer("y").launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).build(),
                need().id("c").buyer("z").launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).coverage("full", null).build()).isEmpty());
        // a buyer's own statement is the evidence: two known suppliers, or a coverage it says is partial
        assertEquals(3, run.all(need().id("a").buyer("x").launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).suppliersKnown(2).build(),
                need().id("b").buyer("y").launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).build(),
                need().id("c").buyer("z").launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).build()).size());
        assertEquals(3, run.all(need().id("a").buyer("x").launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).build(),
                need().id("b").buyer("y").launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).coverage("partial", 70).build(),
                need().id("c").buyer("z").launch(quarter(2027, 2)).contractStart(day(2027, 10, 1)).build()).size());
    }
}

package org.vitrine.risk.rules.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.need.TestNeeds.month;
import static org.vitrine.risk.rules.need.TestNeeds.need;
import static org.vitrine.risk.rules.need.TestNeeds.quarter;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.risk.rules.need.RuleRun;

/** WORKLOAD_PEAK, from the examples of docs/RISKS.md §4. */
class WorkloadPeakTest {

    private static Need in(String id, String procedure, String route, long amount) {
        return need().id(id).buyer("dep").procedure(procedure).route(route).amount(amount).launch(month(2027, 5)).build();
    }

    @Test
    void firesWithCapacity3On2OpenCallsAnd4MapaFrom90kInOneMonth() {
        var all = RuleRun.of(new WorkloadPeak()).set("capacity", Map.of("dep", 3)).all(in("a", "open", "own", 300_000),
                in("b", "open", "own", 250_000), in("c", "adapted", "own", 120_000), in("d", "adapted", "own", 110_000),
                in("e", "adapted", "own", 100_000), in("f", "adapted", "own", 95_000));
        assertEquals(6, all.size());
        assertTrue(all.get("a").get(0).message().startsWith("En mai 2027, 4 procédures pondérées lancées pour une capacité de 3 par mois"));
    }

    @Test
    void doesNotFireOn4OpenCallsAnd2UgapOrdersAgainstCapacity5() {
        assertTrue(RuleRun.of(new WorkloadPeak()).set("capacity", Map.of("dep", 5)).all(in("a", "open", "own", 300_000),
                in("b", "open", "own", 300_000), in("c", "open", "own", 300_000), in("d", "open", "own", 300_000),
                in("e", null, "central_purchasing", 100_000), in("f", null, "central_purchasing", 60_000)).isEmpty());
    }

    @Test
    void doesNotRunWithoutACapacityNorCountQuarters() {
        assertTrue(RuleRun.of(new WorkloadPeak()).all(in("a", "open", "own", 300_000), in("b", "open", "own", 300_000)).isEmpty());
        assertTrue(RuleRun.of(new WorkloadPeak()).set("capacity", Map.of("dep", 0))
                .all(need().id("q").buyer("dep").launch(quarter(2027, 2)).build()).isEmpty());
    }
}

package org.vitrine.risk.rules.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitrine.risk.rules.market.MarketNeeds.day;
import static org.vitrine.risk.rules.market.MarketNeeds.flag;
import static org.vitrine.risk.rules.market.MarketNeeds.month;
import static org.vitrine.risk.rules.market.MarketNeeds.need;
import static org.vitrine.risk.rules.market.MarketNeeds.quarter;
import static org.vitrine.risk.rules.market.MarketNeeds.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;
import org.vitrine.risk.Flags;

class WorkloadPeakTest {

    private final WorkloadPeak rule = new WorkloadPeak();

    private static List<Need> launches(String buyer, int count) {
        List<Need> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(need(buyer + "-" + i).buyer(buyer).launch(i % 2 == 0 ? month(2027, 3) : day(2027, 3, 1 + i % 28)).build());
        }
        return out;
    }

    @Test
    void sixLaunchesInOneMonthFlagEachWithTheFiveOthers() {
        Flags flags = run(rule, launches("ville-a", 6));
        assertEquals(6, flags.all().size());
        RiskFlag f = flag(flags, "ville-a-0");
        assertEquals("medium", f.severity());
        assertEquals(List.of("ville-a-1", "ville-a-2", "ville-a-3", "ville-a-4", "ville-a-5"), f.related());
        assertEquals("6 procédures lancées en mars 2027 par cet acheteur, pour une capacité de 5 par mois. Vérifiez que "
                + "l’équipe pourra les conduire de front, ou étalez certains lancements.", f.message());
    }

    @Test
    void exactlyMaxPerMonthLaunchesIsNotAPeak() {
        assertTrue(run(rule, launches("ville-a", 5)).all().isEmpty());
    }

    @Test
    void launchesOfOtherBuyersOrMonthsAreCountedApart() {
        List<Need> needs = new ArrayList<>(launches("ville-a", 3));
        needs.addAll(launches("ville-b", 3));
        needs.add(need("april").buyer("ville-a").launch(month(2027, 4)).build());
        needs.add(need("april2").buyer("ville-a").launch(month(2027, 4)).build());
        needs.add(need("feb").buyer("ville-a").launch(day(2027, 2, 28)).build());
        assertTrue(run(rule, needs).all().isEmpty());
    }

    @Test
    void quarterLaunchesAreNotCountedInAMonth() {
        List<Need> needs = new ArrayList<>(launches("ville-a", 5));
        needs.add(need("q").buyer("ville-a").launch(quarter(2027, 1)).build());
        assertTrue(run(rule, needs).all().isEmpty());
    }

    @Test
    void aBuyerCapacityOverridesTheDefault() {
        Map<String, Map<String, Object>> settings = Map.of("WORKLOAD_PEAK",
                Map.of("maxPerMonth", 2, "perBuyer", Map.of("ville-b", 4), "severity", "high"));
        List<Need> needs = new ArrayList<>(launches("ville-a", 3));
        needs.addAll(launches("ville-b", 4));
        Flags flags = run(rule, needs, "en", settings);
        assertEquals(3, flags.all().size());
        RiskFlag f = flag(flags, "ville-a-2");
        assertEquals("high", f.severity());
        assertEquals("3 procedures launched in March 2027 by this buyer, for a capacity of 2 a month. Please check that the "
                + "team can run them all at once, or spread some launches.", f.message());
    }

    @Test
    void relatedIsCappedSymmetricallyInABigMonth() {
        Flags flags = run(rule, launches("ville-a", 50), "fr", Map.of("WORKLOAD_PEAK", Map.of("maxRelated", 6)));
        assertEquals(50, flags.all().size());
        flags.all().forEach((id, list) -> {
            assertTrue(list.get(0).related().size() <= 6);
            assertTrue(list.get(0).message().startsWith("50 procédures"));
            for (String other : list.get(0).related()) {
                assertTrue(flag(flags, other).related().contains(id), id + " / " + other);
            }
        });
    }
}

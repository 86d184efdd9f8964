package org.vitrine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benches' rounds: each piece of work in turn first, the median and the spread of what was measured. */
class RoundsTest {

    @Test
    void eachWorkGoesFirstEveryOtherRound() throws Exception {
        List<String> order = new ArrayList<>();
        Rounds.Samples a = new Rounds.Samples();
        Rounds.Samples b = new Rounds.Samples();
        Rounds.alternate(5, a, into -> {
            order.add("a");
            into.add(1, 1);
        }, b, into -> {
            order.add("b");
            into.add(2, 2);
        });
        assertEquals(List.of("a", "b", "b", "a", "a", "b", "b", "a", "a", "b"), order);
        assertEquals(5, a.size());
        assertEquals(5, b.size());
    }

    @Test
    void theMedianAndTheSpreadAreOfEveryRound() {
        Rounds.Samples s = new Rounds.Samples();
        double[][] rounds = {{3.0, 1.5}, {1.0, 0.9}, {9.0, 2.5}, {2.0, 1.1}, {4.0, 1.2}};
        for (double[] r : rounds) {
            s.add(r[0], r[1]);
        }
        assertEquals(3.0, s.medianWall());
        assertEquals(1.2, s.medianCpu());
        assertEquals(1.0, s.bestWall());
        assertEquals(9.0, s.worstWall());
        assertEquals(0.9, s.bestCpu());
        assertEquals(2.5, s.worstCpu());
        s.add(5.0, 3.0);
        assertEquals(3.5, s.medianWall(), "an even count: the mean of the two middle rounds");
    }
}

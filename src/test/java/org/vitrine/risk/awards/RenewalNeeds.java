package org.vitrine.risk.awards;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vitrine.model.Award;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.normalise.Needs;

/**
 * Test helper: the planned needs a buyer would write to renew its real awards. As buyers do, the incumbent's end is
 * given to the month ("juin 2027": its last day), or only the new contract's start (the first of the month after);
 * one need in seven gives the month after the real end; the reference is the buyer's own numbering, never the award's id, so only the market and the dates can link them.
 */
final class RenewalNeeds {

    /** A need and the award it was built from. */
    record Built(Need need, Award source) {
    }

    private RenewalNeeds() {
    }

    static List<Built> of(List<Award> awards, String buyerId) {
        List<Built> out = new ArrayList<>();
        int i = 0;
        for (Award a : awards) {
            if (a.end() == null) {
                continue;
            }
            i++;
            Need.Builder b = Needs.need(buyerId, "PLAN-" + i, "Renouvellement " + a.id(), 100_000, "public", "plan.xlsx", i + 1)
                    .toBuilder();
            b.id = buyerId + "-plan-" + i;
            b.cpv = new Cpv(a.cpv() + "-0", Map.of());
            // one buyer in seven writes the month after the real end (the month the new contract starts)
            YearMonth month = YearMonth.from(a.end()).plusMonths(i % 7 == 0 ? 1 : 0);
            if (i % 3 == 0) {
                LocalDate start = month.plusMonths(1).atDay(1);
                b.contractStart = new Period(start, month.plusMonths(1).atEndOfMonth(), Period.Precision.month);
                b.incumbentEnd = null;
            } else {
                b.incumbentEnd = new Period(month.atDay(1), month.atEndOfMonth(), Period.Precision.month);
            }
            out.add(new Built(b.build(), a));
        }
        return out;
    }
}

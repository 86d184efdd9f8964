package org.vitrine.risk;

import org.vitrine.model.Need;
import org.vitrine.risk.reference.Markets;

/**
 * What several rules derive from one need, computed once per run: its value, scope (open, competitive), its
 * thresholds (T, dispense, publicity) at its launch dates, market, launch and deadline windows, and the minimum
 * days to notification (with the legality check's days, also given apart); {@code index} is the need's place in the
 * run (-1 for a need outside it).
 */
public record NeedFacts(int index, Need need, Value value, boolean open, boolean competitive, Threshold eu, Threshold dispense,
        Threshold publicity, Markets.Market market, Span launch, Span deadline, int minimumDays, int legalityDays,
        BuyerFacts buyer) {

    static NeedFacts of(int index, Need n, BuyerFacts b, RiskSettings s, Thresholds t) {
        Value v = Value.of(n);
        Span launch = n.launch() == null ? null : Span.of(n.launch());
        Threshold eu = launch == null ? null : t.eu(n, b, launch.first(), launch.last());
        Threshold dispense = launch == null ? null : t.dispense(n, launch.first(), launch.last());
        Threshold publicity = launch == null ? null : t.publicity(launch.first(), launch.last());
        Markets.Market market = n.cpv() == null ? null : Markets.load().of(n.cpv().code());
        Span deadline = launch == null ? null : Timing.deadline(n, s);
        int legality = Timing.legalityDays(v, b, s);
        return new NeedFacts(index, n, v, Timing.open(n), Timing.competitive(n), eu, dispense, publicity, market, launch, deadline,
                Timing.procedureDays(n, s) + legality, legality, b);
    }

    /** True when the value can be compared with thresholds and the launch is known. */
    public boolean comparable() {
        return value != null && launch != null;
    }
}

package org.vitrine.risk;

import org.vitrine.config.RiskSettings;
import org.vitrine.model.Need;
import org.vitrine.risk.reference.Markets;

/**
 * What several rules derive from one need, computed once per run: its value, the value the procedure is chosen on
 * ({@code contract}, version 2.14: a framework agreement's maximum, R2121-8, or a groupement de commandes' total,
 * L2113-6 and L2113-7; {@code valuedAs} says which, for the message), scope (open, competitive: both false for a
 * purchase outside the code, {@link Exclusions#outsideCode}, so that no rule tests a contract the code does not govern
 * — in-house L2511-1, real estate, legal representation — and a new rule gets the exclusion for free), its
 * thresholds (T, dispense, publicity) at its launch dates, market, launch and deadline windows, and the minimum
 * days to notification (with the legality check's transmission days, also given apart), and the earliest notification:
 * the earliest launch plus the minimum days, or the deadline plus the steps after it when the deadline column is given; {@code index} is the need's place in the
 * run (-1 for a need outside it). {@code entity}: an entité adjudicatrice buying for its network activity (L1212-1,
 * {@link Thresholds#networkActivity}), whose procedures follow their own articles (R2161-21, R2161-22).
 * {@code inHouse}: the row's in-house claim, null when none ({@link Exclusions#inHouseClaim}); one with private capital
 * (a SEM) cannot hold and is no exclusion, so the need stays open (docs/RISKS.md §2, version 2.22): MAPA_ABOVE_THRESHOLD
 * reads it here, read once.
 */
public record NeedFacts(int index, Need need, Value value, Value contract, int valuedAs, boolean open, boolean competitive, Threshold eu, Threshold dispense,
        Threshold publicity, Markets.Market market, Span launch, Span deadline, int minimumDays, int legalityDays,
        BuyerFacts buyer, java.time.LocalDate earliestNotification, boolean fromDeadline, boolean entity, Exclusions.InHouse inHouse) {

    /** How {@code contract} was valued: the need's own estimate, its framework's maximum, its groupement's total. */
    public static final int OWN = 0;
    public static final int FRAMEWORK_MAXIMUM = 1;
    public static final int GROUP_TOTAL = 2;

    static NeedFacts of(int index, Need n, BuyerFacts b, RiskSettings s, Thresholds t) {
        return of(index, n, b, s, t, null);
    }

    /** {@code group}: the total of the need's groupement de commandes when it has other members' shares, else null. */
    static NeedFacts of(int index, Need n, BuyerFacts b, RiskSettings s, Thresholds t, Value group) {
        Value v = Value.of(n);
        Value contract = v == null ? null : group != null ? group : Value.contract(n);
        int valuedAs = v == null ? OWN : group != null ? GROUP_TOTAL : contract.min() > v.min() ? FRAMEWORK_MAXIMUM : OWN;
        Span launch = n.launch() == null ? null : Span.of(n.launch());
        Threshold eu = launch == null ? null : t.eu(n, b, launch.first(), launch.last());
        Threshold dispense = launch == null ? null : t.dispense(n, launch.first(), launch.last());
        Threshold publicity = launch == null ? null : t.publicity(launch.first(), launch.last());
        Markets.Market market = n.cpv() == null ? null : Markets.load().of(n.cpv().code(), n.title());
        Span deadline = launch == null ? null : Timing.deadline(n, s);
        int legality = Timing.legalityDays(v, b, s);
        boolean entity = Thresholds.networkActivity(n, b);
        int minimum = Timing.procedureDays(n, s, entity) + legality;
        // with the bid deadline given, the procedure's remaining steps count from it (analysis, award, standstill)
        boolean fromDeadline = n.deadline() != null && launch != null && !"central_purchasing".equals(n.route())
                && !"call_off".equals(n.route());
        java.time.LocalDate earliest = launch == null ? null : fromDeadline
                ? n.deadline().start().plusDays(Timing.afterDeadlineDays(n, s) + legality) : launch.first().plusDays(minimum);
        Exclusions.InHouse inHouse = Exclusions.inHouseClaim(n);
        boolean inCode = !Exclusions.outsideCode(n, inHouse);
        return new NeedFacts(index, n, v, contract, valuedAs, inCode && Timing.open(n), inCode && Timing.competitive(n), eu, dispense, publicity, market, launch, deadline,
                minimum, legality, b, earliest, fromDeadline, entity, inHouse);
    }

    /** Days from the start of the schedule (the earliest launch, or the deadline when given) to the earliest notification. */
    public int scheduleDays() {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(fromDeadline ? need.deadline().start() : launch.first(),
                earliestNotification);
    }

    /** True when the value can be compared with thresholds and the launch is known. */
    public boolean comparable() {
        return value != null && launch != null;
    }
}

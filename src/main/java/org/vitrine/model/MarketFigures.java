package org.vitrine.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Competition measured on past awards (DECP, all buyers) for one market and one département since {@code since}:
 * {@code market} is a CPV class (4 digits) or division (2 digits); {@code contracts} the awards counted;
 * {@code holders} their distinct titulaires; {@code withBids} how many say how many bids they received
 * (offresRecues, 2022 format), {@code medianBids} the median of those (null when none) and {@code singleBid} how
 * many received one bid only. {@code awardIds} are the counted awards' ids, sorted: every figure can be checked.
 */
public record MarketFigures(String market, String departement, LocalDate since, int contracts, int holders, int withBids,
        BigDecimal medianBids, int singleBid, List<String> awardIds) {

    /** A median of fewer bid counts than this says nothing: staff items and need pages then give the count alone. */
    public static final int MIN_FOR_MEDIAN = 3;

    /** Whether enough awards give their bid count for a median to mean something. */
    public boolean hasMedian() {
        return withBids >= MIN_FOR_MEDIAN;
    }

    public String key() {
        return market + "|" + departement;
    }

    /** Percentage of the awards with a bid count that received a single bid (0 when none say). */
    public int singleBidPercent() {
        return withBids == 0 ? 0 : Math.round(100f * singleBid / withBids);
    }
}

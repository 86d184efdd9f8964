package org.vitrine.risk.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vitrine.ingest.awards.CompetitionTally;
import org.vitrine.messages.Fmt;
import org.vitrine.messages.Messages;
import org.vitrine.model.MarketFigures;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;

/**
 * The competition figures a need's LOW_COMPETITION and PARTIAL_COVERAGE items quote (docs/RISKS.md §9, issue 21.3):
 * the awards of all buyers in its CPV class and département over three years, when the class has at least
 * {@value #MIN_CONTRACTS} (fewer say nothing). Never the division for a class with too few: a division mixes unrelated
 * markets (33: surgical robots and bandages; the outside lawyer graded it noise); a need coded at the division itself
 * has the division as its market. The rules still judge on the buyer's own statement;
 * this adds what the market did, with the figures' key so the internal competition.csv gives their award ids.
 */
public final class MeasuredCompetition {

    /** Fewer awards than this in a market say nothing about its competition. */
    public static final int MIN_CONTRACTS = 5;

    /** The rules whose items state the measured figures. */
    static final List<String> CODES = List.of("LOW_COMPETITION", "PARTIAL_COVERAGE");

    private final Map<String, MarketFigures> markets;

    public MeasuredCompetition(Map<String, MarketFigures> markets) {
        this.markets = markets;
    }

    /** The figures for a need's market and département, or null when there are too few awards (or no département). */
    public MarketFigures of(Need n) {
        // the need's own market only: its class, or its division when it is coded at the division
        List<String> keys = CompetitionTally.keys(n.cpv() == null ? null : n.cpv().code(), CompetitionTally.departement(n.place()));
        MarketFigures f = keys.isEmpty() ? null : markets.get(keys.get(0));
        return f != null && f.contracts() >= MIN_CONTRACTS ? f : null;
    }

    /** The sentence that states the figures, in the edition's language. */
    public static String sentence(MarketFigures f, Messages m) {
        Fmt fmt = new Fmt(m);
        String market = m.get(f.market().length() == 4 ? "awards.competition.class" : "awards.competition.division", f.market());
        // a « median » of one or two counts misleads (« médiane … sur le 1 marché »): the count alone, as need pages say it
        String bids = f.withBids() == 0 ? m.get("awards.competition.nobids")
                : f.hasMedian() ? m.get("awards.competition.bids", fmt.number(f.medianBids()), f.withBids(), f.singleBidPercent())
                : f.withBids() == 1 ? m.get("awards.competition.bids.one", fmt.number(f.medianBids()), f.medianBids().intValue())
                : m.get("awards.competition.bids.few", f.withBids(), f.singleBid());
        return m.get("awards.competition", f.contracts(), market, f.departement(), fmt.date(f.since()), f.holders(), bids);
    }

    /**
     * The needs with their LOW_COMPETITION / PARTIAL_COVERAGE messages completed by the measured figures; {@code used}
     * receives, by need id, the key of the figures quoted.
     */
    public List<Need> quote(List<Need> needs, Messages m, Map<String, String> used) {
        if (markets.isEmpty()) {
            return needs;
        }
        List<Need> out = new ArrayList<>(needs.size());
        Map<String, String> sentences = new TreeMap<>();
        for (Need n : needs) {
            if (n.risks() == null || n.risks().stream().noneMatch(r -> CODES.contains(r.code()))) {
                out.add(n);
                continue;
            }
            MarketFigures f = of(n);
            if (f == null) {
                out.add(n);
                continue;
            }
            String sentence = sentences.computeIfAbsent(f.key(), k -> sentence(f, m));
            List<RiskFlag> risks = new ArrayList<>(n.risks().size());
            for (RiskFlag r : n.risks()) {
                risks.add(!CODES.contains(r.code()) ? r
                        : new RiskFlag(r.code(), r.severity(), r.message() + " " + sentence, r.related(), r.section(), r.due(),
                                r.anchor(), r.figures(), r.publicArgs(), r.titleKey()));
            }
            Need.Builder b = n.toBuilder();
            b.risks = risks;
            out.add(b.build());
            used.put(n.id(), f.key());
        }
        return out;
    }
}

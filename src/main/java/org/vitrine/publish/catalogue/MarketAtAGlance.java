package org.vitrine.publish.catalogue;

import java.util.Map;
import org.vitrine.config.VitrineConfig;
import org.vitrine.model.MarketFigures;
import org.vitrine.model.Need;
import org.vitrine.risk.awards.MeasuredCompetition;

/**
 * « Le marché en bref » on a need's page (docs/RISKS.md §9): the competition measured on past awards for the need's
 * market and département, for a need open to offers ({@link Competition#isOpen}), under the staff's floor
 * ({@link MeasuredCompetition#of}). One rule for the page (exposed to templates as {@code market}) and for
 * internal/competition.csv, which names every need whose page quotes the figures (officer X: a page quoted them and the
 * file named only the need whose risk item did).
 */
public final class MarketAtAGlance {

    private final MeasuredCompetition measured;

    private MarketAtAGlance(Map<String, MarketFigures> markets) {
        this.measured = new MeasuredCompetition(markets);
    }

    /** The need pages' block, or null when nothing is measured or catalogue.marketAtAGlance is false. */
    public static MarketAtAGlance of(Map<String, MarketFigures> markets, VitrineConfig config) {
        var c = config.catalogue();
        return markets.isEmpty() || c != null && !c.showsMarketAtAGlance() ? null : new MarketAtAGlance(markets);
    }

    /** For templates: {@code market.of(need)}, the figures the page shows, or null. */
    public MarketFigures of(Need n) {
        return Competition.isOpen(n) ? measured.of(n) : null;
    }
}

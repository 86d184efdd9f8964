package org.vitrine.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.vitrine.context.Run;
import org.vitrine.messages.Fmt;
import org.vitrine.messages.Messages;
import org.vitrine.model.MarketFigures;
import org.vitrine.model.Need;
import org.vitrine.publish.catalogue.MarketAtAGlance;

/**
 * internal/competition.csv: every market|département whose measured competition a risk item or a need's page (« Le
 * marché en bref ») quotes, with its figures, the needs quoting them (both kinds) and the ids of the awards counted (issue 21: every figure in a message is traceable to award
 * ids). Written only when an awards source measured something.
 */
public final class CompetitionReport {

    private CompetitionReport() {
    }

    /**
     * @param pageNeeds the catalogue's needs (already through the public filter for the pages)
     * @param market the pages' « Le marché en bref », or null when they show none
     */
    public static void write(Path file, Run run, List<Need> pageNeeds, MarketAtAGlance market) throws IOException {
        if (run.markets().isEmpty()) {
            return;
        }
        Messages m = run.messages();
        Fmt fmt = new Fmt(m);
        Map<String, java.util.Set<String>> needsByKey = new TreeMap<>();
        run.needMarkets().forEach((need, key) -> needsByKey.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(need));
        // the pages quote them too (« Le marché en bref »): every need whose text states a figure is named
        if (market != null) {
            for (var n : pageNeeds) {
                MarketFigures f = market.of(n);
                if (f != null) {
                    needsByKey.computeIfAbsent(f.key(), k -> new java.util.TreeSet<>()).add(n.id());
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, DataExports.excelFormat())) {
            w.write('\uFEFF');
            csv.printRecord(m.get("competition.col.market"), m.get("competition.col.departement"), m.get("competition.col.since"),
                    m.get("competition.col.contracts"), m.get("competition.col.holders"), m.get("competition.col.withBids"),
                    m.get("competition.col.medianBids"), m.get("competition.col.singleBid"), m.get("competition.col.needs"),
                    m.get("competition.col.awards"));
            for (var e : needsByKey.entrySet()) {
                MarketFigures f = run.markets().get(e.getKey());
                csv.printRecord(f.market(), f.departement(), fmt.date(f.since()), f.contracts(), f.holders(), f.withBids(),
                        f.medianBids() == null ? "" : fmt.number(f.medianBids()), f.singleBid(), String.join(" ", e.getValue()),
                        String.join(" ", f.awardIds()));
            }
        }
    }
}

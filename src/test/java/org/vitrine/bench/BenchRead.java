package org.vitrine.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.time.LocalDate;
import org.vitrine.messages.Messages;
import org.vitrine.config.Config;
import org.vitrine.config.ConfigLoader;
import org.vitrine.config.InputLimits;
import org.vitrine.ingest.RecordAssembler;
import org.vitrine.ingest.RowSink;
import org.vitrine.ingest.SpreadsheetReaders;
import org.vitrine.model.FileCounts;
import org.vitrine.model.Need;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.model.Reject;
import org.vitrine.normalise.Deduplicator;
import org.vitrine.normalise.Normaliser;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.risk.RiskStage;
import org.vitrine.context.Run;

/** Test helper: the generated files through the production readers, and through normalise and risk. */
final class BenchRead {

    record Counts(long sheets, long rows, long cells) {
    }

    record Outcome(long records, long rejectedRows, long duplicateRows, long sharedMarkets, Map<String, Integer> reasons,
            Map<String, Integer> flags, long needs) {
    }

    private BenchRead() {
    }

    static Counts production(List<Path> files) throws Exception {
        long[] n = new long[3];
        RowSink sink = new RowSink() {
            @Override
            public void startSheet(String name) {
                n[0]++;
            }

            @Override
            public void row(int rowNumber, List<RawCell> cells) {
                n[1]++;
                n[2] += cells.stream().filter(c -> c != null).count();
            }

            @Override
            public void endSheet() {
            }
        };
        for (Path f : files) {
            SpreadsheetReaders.read(f, InputLimits.defaults(), sink);
        }
        return new Counts(n[0], n[1], n[2]);
    }

    static Outcome normalise(List<Path> files) throws Exception {
        Config config = ConfigLoader.load(Path.of("config"));
        Normaliser normaliser = new Normaliser(config, CpvCatalogue.load(), Messages.of("fr"), BenchRows.YEAR);
        Run run = new Run(config, Messages.of("fr"), BenchRows.YEAR, LocalDate.of(BenchRows.YEAR - 1, 11, 26));
        long[] n = new long[2];
        Map<String, Integer> reasons = new HashMap<>();
        Set<String> keys = new HashSet<>();
        long[] duplicates = new long[1];
        Map<String, Set<String>> buyersByMarket = new HashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            FileCounts counts = new FileCounts("bench", name);
            RecordAssembler assembler = new RecordAssembler("bench", name, config.columns(), counts, Map.of(), (RawRecord raw) -> {
                n[0]++;
                if (!keys.add(raw.get("buyer").text() + "|" + raw.get("reference").text())) {
                    duplicates[0]++;
                }
                Normaliser.Result r = normaliser.normalise(raw);
                if (r.need() == null) {
                    n[1]++;
                    for (Reject j : r.rejects()) {
                        reasons.merge(j.reason().substring(0, Math.min(24, j.reason().length())), 1, Integer::sum);
                    }
                } else {
                    run.report().accept(r.need());
                    buyersByMarket.computeIfAbsent(r.need().cpv().code().substring(0, 4), k -> new HashSet<>())
                            .add(r.need().buyer().id());
                }
            });
            SpreadsheetReaders.read(f, InputLimits.defaults(), assembler);
        }
        long shared = buyersByMarket.values().stream().filter(s -> s.size() >= 3).count();
        new Deduplicator().deduplicate(run);
        new RiskStage().flag(run, Map.of());
        Map<String, Integer> flags = new TreeMap<>();
        for (Need need : run.needs()) {
            need.risks().forEach(f -> flags.merge(f.code(), 1, Integer::sum));
        }
        return new Outcome(n[0], n[1], duplicates[0], shared, reasons, flags, run.needs().size());
    }
}

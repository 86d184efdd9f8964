package org.vitrine.camel;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.ExchangeProperty;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.SourceConfig;
import org.vitrine.context.Run;
import org.vitrine.ingest.SourceAbort;
import org.vitrine.ingest.awards.AwardSource;
import org.vitrine.ingest.awards.DecpReader;

/**
 * Route bean of ingest-awards: reads each {@code awards} source (DECP JSON), keeping the configured buyers' awards
 * only. What was kept is written as the source's snapshot ({@value #SNAPSHOT}, small), so a rerun or a later failure
 * under keep-last-good reads it instead of the national file; a file or folder gone, or a file that is not JSON,
 * fails the source, which then follows its onFailure policy. Broken records are counted in a warning, never fatal.
 */
public final class AwardStep {

    static final String SNAPSHOT = "awards.json";

    public void read(@ExchangeProperty(VitrineCamel.RUN) Run run) throws IOException {
        Set<String> sirets = new TreeSet<>();
        for (BuyerConfig b : run.config().buyers().all()) {
            if (b.siret() != null && b.siret().replaceAll("\\s", "").matches("\\d{14}")) {
                sirets.add(b.siret().replaceAll("\\s", ""));
            }
        }
        for (SourceConfig s : run.config().sources()) {
            if ("awards".equals(s.kind())) {
                read(s, run, sirets);
            }
        }
    }

    private void read(SourceConfig s, Run run, Set<String> sirets) throws IOException {
        long start = System.nanoTime();
        AwardSource.Result result;
        if (run.fromSnapshot(s)) {
            Path dir = run.snapshots().dir(s.name());
            result = AwardSource.read(dir.resolve(SNAPSHOT), sirets);
            run.readFrom(s.name(), dir);
        } else {
            Path input = run.config().dir().resolve(s.folder()).normalize();
            try {
                result = AwardSource.read(input, sirets);
            } catch (IOException e) {
                String reason = e instanceof NoSuchFileException
                        ? run.messages().get("awards.missing", input.toString())
                        : run.messages().get("awards.unreadable", String.valueOf(e.getMessage()));
                if (s.keepLastGood() && run.snapshots() != null && run.snapshots().has(s.name())) {
                    run.degraded(s.name(), reason);
                    Path dir = run.snapshots().dir(s.name());
                    run.readFrom(s.name(), dir);
                    run.awards(AwardSource.read(dir.resolve(SNAPSHOT), sirets).awards());
                } else {
                    throw new SourceAbort(run.messages().get("source.aborted", s.name(), reason));
                }
                return;
            }
            if (run.snapshots() != null) {
                Path staging = run.snapshots().staging(s.name());
                AwardSource.write(result.awards(), staging.resolve(SNAPSHOT));
                run.readFrom(s.name(), staging);
            }
        }
        for (var e : result.skipped().entrySet()) {
            List<DecpReader.Skipped> list = e.getValue();
            DecpReader.Skipped first = list.get(0);
            run.warn(run.messages().get("awards.skipped", s.name(), e.getKey(), list.size(), first.id(), first.field(),
                    first.value()));
        }
        run.awards(result.awards());
        run.time("ingest.awards." + s.name(), (System.nanoTime() - start) / 1e9, result.records());
    }
}

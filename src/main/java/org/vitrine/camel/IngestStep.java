package org.vitrine.camel;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.ProducerTemplate;
import org.vitrine.ingest.SourceFile;
import org.vitrine.ingest.SpreadsheetSource;
import org.vitrine.run.Run;

/** Route bean of ingest-spreadsheets: lists the files, then streams each file's records to direct:normalise. */
public final class IngestStep {

    private final SpreadsheetSource source = new SpreadsheetSource();

    public List<SourceFile> files(@ExchangeProperty(VitrineCamel.RUN) Run run) {
        List<SourceFile> files = source.listFiles(run);
        run.startStage(run.messages().get("progress.reading"), files.size());
        return files;
    }

    public void read(SourceFile file, Exchange exchange) {
        Run run = exchange.getProperty(VitrineCamel.RUN, Run.class);
        long start = System.nanoTime();
        try (ProducerTemplate t = exchange.getContext().createProducerTemplate()) {
            source.readFile(file, run, record -> t.sendBodyAndProperty("direct:normalise", record, VitrineCamel.RUN, run));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // Reading and normalisation stream together: the normalisation's own time is taken out in NormaliseStep.
        run.time("ingest+normalise", (System.nanoTime() - start) / 1e9, run.counts(file.source(), file.name()).rowsRead);
        run.stepStage();
    }
}

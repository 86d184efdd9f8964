package org.vitrine.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.ProducerTemplate;
import org.vitrine.ingest.SourceFile;
import org.vitrine.ingest.SpreadsheetSource;
import org.vitrine.model.RawRecord;
import org.vitrine.context.Run;

/**
 * Route bean of ingest-spreadsheets: lists the files, then streams each file's records to
 * direct:normalise in batches (one message per {@link #BATCH} records, not per row: the per-message
 * cost of Camel was a tenth of the reading time). The route reads files on several threads; what a
 * file gives does not depend on the order files finish in (needs are sorted, reports too).
 */
public final class IngestStep {

    /** Records per message to direct:normalise: large enough to amortise a message, small enough to bound memory. */
    static final int BATCH = 500;

    private final SpreadsheetSource source = new SpreadsheetSource();

    public List<SourceFile> files(@ExchangeProperty(VitrineCamel.RUN) Run run) {
        List<SourceFile> files = source.listFiles(run);
        run.startStage(run.messages().get("progress.reading"), files.size());
        return files;
    }

    public void read(SourceFile file, Exchange exchange) {
        Run run = exchange.getProperty(VitrineCamel.RUN, Run.class);
        try (ProducerTemplate t = exchange.getContext().createProducerTemplate()) {
            Batches batches = new Batches(records -> t.sendBodyAndProperty("direct:normalise", records, VitrineCamel.RUN, run));
            source.readFile(file, run, batches);
            // A file rejected part-way is rejected whole: its last records are not sent at all.
            if (!run.report().counts(file.source(), file.name()).fileRejected) {
                batches.flush();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        run.stepStage();
    }

    /** Collects records and hands them on BATCH at a time. */
    private static final class Batches implements Consumer<RawRecord> {
        private final Consumer<List<RawRecord>> out;
        private List<RawRecord> batch = new ArrayList<>(BATCH);

        Batches(Consumer<List<RawRecord>> out) {
            this.out = out;
        }

        @Override
        public void accept(RawRecord r) {
            batch.add(r);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                List<RawRecord> full = batch;
                batch = new ArrayList<>(BATCH);
                out.accept(full);
            }
        }
    }
}

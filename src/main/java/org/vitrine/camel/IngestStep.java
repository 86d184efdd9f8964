package org.vitrine.camel;

import java.util.List;
import org.apache.camel.ExchangeProperty;
import org.vitrine.ingest.SourceFile;
import org.vitrine.ingest.SpreadsheetSource;
import org.vitrine.model.RawRecord;
import org.vitrine.context.Run;

/**
 * Route bean of ingest-spreadsheets: lists the files, then reads one file into its batches of records (the route
 * splits them to direct:normalise). The route reads files on several threads; what a file gives does not depend on
 * the order files finish in (needs are sorted, reports too).
 */
public final class IngestStep {

    private final SpreadsheetSource source = new SpreadsheetSource();

    public List<SourceFile> files(@ExchangeProperty(VitrineCamel.RUN) Run run) {
        List<SourceFile> files = source.listFiles(run);
        run.startStage(run.messages().get("progress.reading"), files.size());
        return files;
    }

    /**
     * The file's records in batches, for the route to split to direct:normalise; none when the file is rejected
     * part-way (a file is published whole or not at all, so its records read before the fault are not sent).
     */
    public List<List<RawRecord>> read(SourceFile file, @ExchangeProperty(VitrineCamel.RUN) Run run) {
        Batches batches = new Batches();
        source.readFile(file, run, batches);
        run.stepStage();
        return run.report().counts(file.source(), file.name()).fileRejected ? List.of() : batches.all();
    }
}

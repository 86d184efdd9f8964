package org.vitrine.camel;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.vitrine.ingest.SourceFile;
import org.vitrine.ingest.SpreadsheetSource;
import org.vitrine.model.Need;
import org.vitrine.model.RawRecord;
import org.vitrine.normalise.QuestionMatcher;
import org.vitrine.context.Run;

/**
 * Route bean of the qa source kind: reads the sheets of public questions and answers with the
 * spreadsheet readers (headers from the {@code questions} table of columns.yaml), then, once every
 * need has its final id, gives each need its questions.
 */
public final class QuestionStep {

    private final SpreadsheetSource source = new SpreadsheetSource();

    public void read(@ExchangeProperty(VitrineCamel.RUN) Run run) {
        if (run.config().questionColumns() == null) {
            return;
        }
        org.vitrine.normalise.SecretCells secrets = org.vitrine.normalise.SecretCells.of(run.config(), System.getenv());
        for (SourceFile file : source.listFiles(run, "qa")) {
            List<RawRecord> rows = new ArrayList<>();
            // an answer or a question holding a configured secret is emptied, as a need's cell (SecretCells)
            source.readFile(file, run, run.config().questionColumns(), r -> {
                List<String> removed = new ArrayList<>(0);
                RawRecord kept = secrets.cleaned(r, removed::add);
                removed.forEach(field -> NormaliseStep.secretRemoved(run, kept, field, null));
                rows.add(kept);
            });
            if (!run.report().counts(file.source(), file.name()).fileRejected) {
                run.report().questionRows(rows);
            }
        }
    }

    /**
     * Route attach-questions: the needs (the body) in, the same needs with their questions and answers out, as the new
     * body. The run's needs are not written here: the next route's bean (risk-flag) takes them from the body. The run
     * is read (the question rows, the previous edition) and its report counts each question row.
     */
    public List<Need> attach(@Body List<Need> needs, @ExchangeProperty(VitrineCamel.RUN) Run run) {
        if (run.report().questionRows().isEmpty()) {
            return needs;
        }
        QuestionMatcher matcher = new QuestionMatcher(run.config(), run.messages(), run.year());
        return matcher.attach(needs, run.report().questionRows(), run.edition().previous(), run.editionDate(), run);
    }
}

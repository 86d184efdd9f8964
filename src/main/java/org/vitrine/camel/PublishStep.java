package org.vitrine.camel;

import java.util.List;
import org.vitrine.model.Need;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.vitrine.context.Run;
import org.vitrine.publish.Publisher;
import org.vitrine.publish.Publisher.Draft;

/**
 * Route bean of publish-edition (routes/publish.camel.yaml): one method per step of the publication. From
 * {@link #begin} on, the message body is the edition being written ({@link Draft}); the steps take it from there.
 */
public final class PublishStep {

    private final Publisher publisher;

    public PublishStep(Path outDir, Path templateDir) {
        this.publisher = new Publisher(outDir, templateDir);
    }

    /** The needs (the body) as they will be published, with what changed since the previous edition. */
    public List<Need> changes(@Body List<Need> needs,
            @ExchangeProperty(VitrineCamel.RUN) Run run) {
        run.needs(needs);
        publisher.changes(run);
        return run.needs();
    }

    /** The route's filter: a dry run checks everything and writes nothing. */
    public boolean writes(@ExchangeProperty(VitrineCamel.RUN) Run run) {
        return !run.edition().dryRun();
    }

    public Draft begin(@ExchangeProperty(VitrineCamel.RUN) Run run) throws IOException {
        return publisher.begin(run);
    }

    public void exports(@Body Draft draft, @ExchangeProperty(VitrineCamel.RUN) Run run) throws IOException {
        publisher.exports(draft, run);
    }

    public void catalogue(@Body Draft draft, @ExchangeProperty(VitrineCamel.RUN) Run run) throws IOException {
        publisher.catalogue(draft, run);
    }

    public void brochure(@Body Draft draft, @ExchangeProperty(VitrineCamel.RUN) Run run) throws IOException {
        publisher.brochure(draft, run);
    }

    public void reports(@Body Draft draft, @ExchangeProperty(VitrineCamel.RUN) Run run) throws IOException {
        publisher.reports(draft, run);
    }

    public void commit(@Body Draft draft, @ExchangeProperty(VitrineCamel.RUN) Run run) throws IOException {
        publisher.commit(draft, run);
    }

    public void discard(@Body Draft draft) throws IOException {
        publisher.discard(draft);
    }

    public void afterCommit(@Body Draft draft, @ExchangeProperty(VitrineCamel.RUN) Run run) {
        publisher.afterCommit(draft, run);
    }
}

package org.vitrine.camel;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.camel.ExchangeProperty;
import org.vitrine.publish.Publisher;
import org.vitrine.context.Run;

/** Route bean of publish-edition. */
public final class PublishStep {

    private final Publisher publisher;

    public PublishStep(Path outDir, Path templateDir) {
        this.publisher = new Publisher(outDir, templateDir);
    }

    public void publish(@ExchangeProperty(VitrineCamel.RUN) Run run) throws IOException {
        publisher.publish(run);
    }
}

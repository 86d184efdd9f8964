package org.vitrine.camel;

import java.nio.file.Path;
import org.apache.camel.ExchangeProperty;
import org.vitrine.context.EditionWriter;
import org.vitrine.context.Fingerprint;
import org.vitrine.context.Run;

/**
 * Route bean of edition-identify, once every source is read: the edition id from the fingerprint of
 * configuration, inputs (as read, API pages included), templates and routes; the same as the current
 * edition means nothing changed, and the later stages do nothing.
 */
public final class EditionStep {

    private final Path outDir;
    private final Path routesDir;
    private final Path templateDir;

    public EditionStep(Path outDir, Path routesDir, Path templateDir) {
        this.outDir = outDir;
        this.routesDir = routesDir;
        this.templateDir = templateDir;
    }

    public void identify(@ExchangeProperty(VitrineCamel.RUN) Run run) {
        Fingerprint.Result fingerprint = Fingerprint.of(run.config(), run.sources().readFrom(), templateDir, routesDir, run.year(),
                run.editionDate(), run.messages().lang());
        String id = run.editionDate() + "-" + fingerprint.hash().substring(0, 8);
        run.edition().identify(id, fingerprint.hash(), fingerprint.inputs());
        EditionWriter editions = new EditionWriter(outDir.resolve(String.valueOf(run.year())));
        if (!run.edition().dryRun() && editions.currentId().filter(id::equals).isPresent()) {
            run.edition().unchanged(true);
        }
    }
}

package org.vitrine.camel;

import org.vitrine.normalise.Normaliser;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.context.Run;

/** Builds the normaliser of a run (the CPV list is loaded once per process). */
public final class Normalisers {

    private Normalisers() {
    }

    public static Normaliser forRun(Run run) {
        return new Normaliser(run.config(), CpvCatalogue.load(), run.messages(), run.year(), run.editionDate());
    }
}

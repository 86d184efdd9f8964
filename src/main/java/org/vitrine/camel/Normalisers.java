package org.vitrine.camel;

import org.vitrine.normalise.Normaliser;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.context.Run;

/** Builds the normaliser of a run (the CPV list is loaded once per process). */
public final class Normalisers {

    private Normalisers() {
    }

    public static Normaliser forRun(Run run) {
        Normaliser n = new Normaliser(run.config(), CpvCatalogue.load(), run.messages(), run.year(), run.editionDate());
        // A buyers.yaml place no reference list knows is told to staff: its needs would stay « Non précisé ».
        run.config().buyers().all().stream()
                .filter(b -> b.place() != null && !b.place().isBlank() && n.buyerPlace(b.id()) == null)
                .forEach(b -> run.report().warn(run.messages().get("buyers.place_unread", b.id(), b.place())));
        return n;
    }
}

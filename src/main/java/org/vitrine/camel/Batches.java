package org.vitrine.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.vitrine.model.RawRecord;

/**
 * A file's (or a REST source's) records cut into batches of {@link #SIZE}, the body that the ingest routes split to
 * direct:normalise: one message per batch, not per row (the per-message cost of Camel was a tenth of the reading
 * time). The whole file is held until it is read, so that a file rejected part-way can send nothing at all.
 */
final class Batches implements Consumer<RawRecord> {

    /** Records per message to direct:normalise: large enough to amortise a message, small enough to bound memory. */
    static final int SIZE = 500;

    private final List<List<RawRecord>> full = new ArrayList<>();
    private List<RawRecord> batch = new ArrayList<>(SIZE);

    @Override
    public void accept(RawRecord r) {
        batch.add(r);
        if (batch.size() == SIZE) {
            full.add(batch);
            batch = new ArrayList<>(SIZE);
        }
    }

    /** Every batch read, the last one partly filled. */
    List<List<RawRecord>> all() {
        if (!batch.isEmpty()) {
            full.add(batch);
            batch = new ArrayList<>(SIZE);
        }
        return full;
    }
}

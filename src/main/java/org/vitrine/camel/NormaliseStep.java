package org.vitrine.camel;

import java.util.List;
import java.util.Map;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.vitrine.model.Location;
import org.vitrine.model.Need;
import org.vitrine.model.RawRecord;
import org.vitrine.model.Reject;
import org.vitrine.normalise.Deduplicator;
import org.vitrine.normalise.Normaliser;
import org.vitrine.context.Run;

/**
 * Route bean of the normalisation route: every record from every source goes through here, is
 * parsed and validated, and counted (CONTRACT §7: a custom route may send a map with headers; the
 * spreadsheet and REST routes send batches of records). Called from several reading threads at once.
 */
public final class NormaliseStep {

    private final Deduplicator deduplicator = new Deduplicator();
    private Normaliser normaliser;
    private org.vitrine.normalise.SecretCells secrets;
    private Run normaliserRun;

    public void normalise(Object body, @Header("vitrine.source") String source, @Header("vitrine.file") String file,
            @Header("vitrine.sheet") String sheet, @Header("vitrine.row") Integer row,
            @ExchangeProperty(VitrineCamel.RUN) Run run) {
        if (body instanceof java.util.List<?> batch) {
            // A batch of one file's or one REST source's records (the ingest routes' split): each as if sent alone.
            Normaliser n = normaliser(run);
            for (Object record : batch) {
                if (!(record instanceof RawRecord r)) {
                    throw new IllegalArgumentException("direct:normalise expects records in a list, not " + record);
                }
                normaliseOne(n, r, run);
            }
            return;
        }
        RawRecord raw;
        if (body instanceof RawRecord r) {
            raw = r;
        } else if (body instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) map;
            raw = Normaliser.fromMap(new Location(source, file, sheet, row == null ? 0 : row), values);
            run.report().counts(source, file).rowsRead++;
        } else {
            throw new IllegalArgumentException("direct:normalise expects a record or a map, not " + body);
        }
        normaliseOne(normaliser(run), raw, run);
    }

    private void normaliseOne(Normaliser normaliser, RawRecord record, Run run) {
        List<String> removed = new java.util.ArrayList<>(0);
        RawRecord raw = secrets(run).cleaned(record, removed::add);
        Normaliser.Result result = normaliser.normalise(raw);
        String buyer = result.need() == null ? null : result.need().buyer().id();
        removed.forEach(field -> secretRemoved(run, raw, field, buyer));
        if (result.unknownBuyer() != null) {
            run.report().unknownBuyer(result.unknownBuyer());
        }
        if (!result.warnings().isEmpty()) {
            run.report().counts(raw.location().source(), raw.location().file()).warnings += result.warnings().size();
            result.warnings().forEach(run.report()::reject);
        }
        if (result.need() != null) {
            run.report().accept(result.need());
        } else {
            run.report().counts(raw.location().source(), raw.location().file()).rejected++;
            for (Reject r : result.rejects()) {
                run.report().reject(r);
            }
            run.report().rejectedRow(org.vitrine.model.RejectedRow.of(raw, result.rejects()));
        }
    }

    /** A cell emptied for holding a configured secret: told with its file, row and column, never quoting it. */
    static void secretRemoved(Run run, RawRecord raw, String field, String buyer) {
        var loc = raw.location();
        String header = raw.headers().getOrDefault(field, run.config().columns().headerFor(field, run.messages().lang()));
        run.report().counts(loc.source(), loc.file()).warnings++;
        run.report().reject(new Reject(loc.source(), loc.file(), loc.sheet(), loc.row(), header, "",
                run.messages().get("normalise.secret_removed", header), run.messages().get("normalise.secret_removed.fix", header),
                buyer, Reject.WARNING));
    }

    /** The run's configured secrets, made once per run (QuestionStep reads the same). */
    synchronized org.vitrine.normalise.SecretCells secrets(Run run) {
        normaliser(run);
        return secrets;
    }

    /** Merges duplicates once every record is in; the needs, merged and sorted, are the message body from here. */
    public List<Need> finish(@ExchangeProperty(VitrineCamel.RUN) Run run) {
        run.endStage();
        deduplicator.deduplicate(run);
        return run.needs();
    }

    /** Forgets the run (and its normaliser) once the job is over. */
    public synchronized void release() {
        normaliser = null;
        secrets = null;
        normaliserRun = null;
    }

    private synchronized Normaliser normaliser(Run run) {
        if (normaliserRun != run) {
            normaliser = Normalisers.forRun(run);
            secrets = org.vitrine.normalise.SecretCells.of(run.config(), System.getenv());
            normaliserRun = run;
        }
        return normaliser;
    }
}

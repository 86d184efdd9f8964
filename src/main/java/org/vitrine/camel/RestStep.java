package org.vitrine.camel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.ExchangeProperty;
import org.vitrine.config.SourceConfig;
import org.vitrine.ingest.SourceAbort;
import org.vitrine.ingest.rest.JdkHttp;
import org.vitrine.ingest.rest.RestFetcher;
import org.vitrine.ingest.rest.RestRecords;
import org.vitrine.ingest.rest.SourceFailure;
import org.vitrine.model.RawRecord;
import org.vitrine.context.Run;

/**
 * Route bean of ingest-rest: for each rest source, fetch every page (or take its snapshot on a
 * --source rerun), apply the failure policy, then read its records in batches, which the route splits to
 * direct:normalise (the source's records are held until its last page is read). Pages are fetched with the JDK's
 * HttpClient, not through a Camel endpoint: the fetcher needs a total deadline per request, a body cut off at the
 * size limit and no redirection followed to another host, which the http component's options do not give together
 * (see JdkHttp).
 */
public final class RestStep {

    /**
     * The largest page read from an API (or limits.maxFileBytes if smaller). A page is held in memory
     * about four times over (bytes, text, JSON tree): 64 MiB keeps a 512 MiB heap safe, and is far
     * above any paged answer (100,000 records of 300 bytes make 30 MB).
     */
    static final long MAX_PAGE_BYTES = 64L << 20;

    private final Path outDir;

    public RestStep(Path outDir) {
        this.outDir = outDir;
    }

    public List<SourceConfig> sources(@ExchangeProperty(VitrineCamel.RUN) Run run) {
        return run.config().sources().stream().filter(s -> "rest".equals(s.kind())).toList();
    }

    /** The source's records in batches, for the route to split to direct:normalise. */
    public List<List<RawRecord>> read(SourceConfig s, @ExchangeProperty(VitrineCamel.RUN) Run run) throws IOException {
        Path dir;
        if (run.sources().fromSnapshot(s)) {
            dir = run.sources().snapshots().dir(s.name());
        } else {
            dir = run.sources().snapshots().staging(s.name());
            try {
                long maxPage = Math.min(run.config().limits().maxFileBytes(), MAX_PAGE_BYTES);
                new RestFetcher(new JdkHttp(maxPage), System.getenv(), run.config().dir(), maxPage).fetch(s, dir);
            } catch (SourceFailure f) {
                String reason = run.messages().get(f.key(), f.args());
                if (run.sources().canFallBack(s)) {
                    run.sources().degraded(s.name(), reason);
                    dir = run.sources().snapshots().dir(s.name());
                } else {
                    throw new SourceAbort(run.messages().get(run.sources().abortKey(s), s.name(), reason));
                }
            }
        }
        run.sources().readFrom(s.name(), dir);
        Batches batches = new Batches();
        RestRecords.read(s, dir, run, batches);
        return batches.all();
    }
}

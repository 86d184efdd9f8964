package org.vitrine.camel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.ProducerTemplate;
import org.vitrine.config.SourceConfig;
import org.vitrine.ingest.rest.RestFetcher;
import org.vitrine.ingest.rest.RestRecords;
import org.vitrine.ingest.rest.SourceFailure;
import org.vitrine.run.Run;

/**
 * Route bean of ingest-rest: for each rest source, fetch every page (or take its snapshot on a
 * --source rerun), apply the failure policy, then send each record to direct:normalise.
 */
public final class RestStep {

    private final Path outDir;

    public RestStep(Path outDir) {
        this.outDir = outDir;
    }

    public List<SourceConfig> sources(@ExchangeProperty(VitrineCamel.RUN) Run run) {
        return run.config().sources().stream().filter(s -> "rest".equals(s.kind())).toList();
    }

    public void read(SourceConfig s, Exchange exchange) throws IOException {
        Run run = exchange.getProperty(VitrineCamel.RUN, Run.class);
        if (run.failure() != null) {
            return;
        }
        try (ProducerTemplate t = exchange.getContext().createProducerTemplate()) {
            read(s, run, t);
        }
    }

    private void read(SourceConfig s, Run run, ProducerTemplate t) throws IOException {
        Path dir;
        if (run.fromSnapshot(s)) {
            dir = run.snapshots().dir(s.name());
        } else {
            Path state = outDir.resolve(String.valueOf(run.year())).resolve("state").resolve("fetch");
            dir = Files.createDirectories(state).resolve(s.name() + "-" + System.nanoTime());
            try {
                long maxPage = Math.min(run.config().limits().maxFileBytes(), CamelHttp.MAX_PAGE_BYTES);
                new RestFetcher(new CamelHttp(t, run.config().dir(), maxPage), System.getenv()).fetch(s, dir);
            } catch (SourceFailure f) {
                String reason = run.messages().get(f.key(), f.args());
                if (s.keepLastGood() && run.snapshots() != null && run.snapshots().has(s.name())) {
                    run.degraded(s.name(), reason);
                    dir = run.snapshots().dir(s.name());
                } else {
                    run.fail(new SourceAbort(run.messages().get("source.aborted", s.name(), reason)));
                    return;
                }
            }
        }
        run.readFrom(s.name(), dir);
        RestRecords.read(s, dir, run, record -> t.sendBodyAndProperty("direct:normalise", record, VitrineCamel.RUN, run));
    }

    /** A source failed and its policy is to abort the run (exit 3). */
    public static final class SourceAbort extends Exception {
        SourceAbort(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Route ingest-rest-get, right after the GET: reads the response while its stream is still open,
     * at most one byte beyond the limit CamelHttp puts in a header, so an answer of any size costs
     * no more memory than the limit.
     */
    public void readBody(org.apache.camel.Exchange exchange) throws IOException {
        long max = exchange.getIn().getHeader(CamelHttp.MAX_BYTES_HEADER, Long.class);
        try (java.io.InputStream in = exchange.getIn().getBody(java.io.InputStream.class)) {
            exchange.getIn().setBody(in == null ? new byte[0] : in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8)));
        }
    }
}

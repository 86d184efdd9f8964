package org.vitrine.ingest.rest;

import java.io.IOException;
import java.util.Map;

/** One HTTP GET, as the fetcher needs it ({@link JdkHttp} in production). */
public interface Http {

    /**
     * The status, body and redirection target (the Location header, else null) of a response; an
     * IOException for a connection fault or a timeout. The body stays bytes: the fetcher decodes it
     * strictly, so bytes that are no UTF-8 fail the source.
     */
    record Response(int status, byte[] body, String location) {
        public Response(int status, byte[] body) {
            this(status, body, null);
        }
    }

    /** A response body longer than the input limit: not read further, not retried. */
    final class TooLarge extends IOException {
        private final long limit;

        public TooLarge(long limit) {
            super("response over " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** GET {@code url}; {@code timeoutSeconds} bounds the whole request, body included. */
    Response get(String url, Map<String, String> headers, int timeoutSeconds) throws IOException;
}

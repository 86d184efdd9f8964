package org.vitrine.camel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.vitrine.ingest.rest.Http;

/**
 * GET through Camel's http component (route ingest-rest-get), with the source's timeouts; a
 * {@code file:} URL reads a saved payload instead (the shipped example, or an export from a system).
 */
final class CamelHttp implements Http {

    static final String URL_HEADER = "CamelVitrineUrl";
    static final String MAX_BYTES_HEADER = "CamelVitrineMaxBytes";

    /**
     * The largest page read from an API (or limits.maxFileBytes if smaller). A page is held in memory
     * about four times over (bytes, text, JSON tree): 64 MiB keeps a 512 MiB heap safe, and is far
     * above any paged answer (100,000 records of 300 bytes make 30 MB).
     */
    static final long MAX_PAGE_BYTES = 64L << 20;

    private final ProducerTemplate template;
    private final Path base;
    private final long maxBytes;

    /** @param maxBytes the longest body read: a bigger answer fails its source */
    CamelHttp(ProducerTemplate template, Path base, long maxBytes) {
        this.template = template;
        this.base = base;
        this.maxBytes = maxBytes;
    }

    @Override
    public Response get(String url, Map<String, String> headers, int timeoutSeconds) throws IOException {
        if (url.startsWith("file:")) {
            String path = url.substring("file:".length()).replaceFirst("\\?.*$", "");
            Path file = base.resolve(path).normalize();
            if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
                throw new TooLarge(maxBytes);
            }
            return Files.isRegularFile(file) ? new Response(200, Files.readAllBytes(file)) : new Response(404, new byte[0]);
        }
        long ms = timeoutSeconds * 1000L;
        String endpoint = url + (url.contains("?") ? "&" : "?") + "throwExceptionOnFailure=false"
                + "&httpClient.responseTimeout=" + ms + "&httpClient.connectionRequestTimeout=" + ms
                + "&httpConnection.connectTimeout=" + ms + "&httpConnection.socketTimeout=" + ms
                // the raw stream, read by RestStep.readBody up to the limit: a cache would hold any size
                + "&disableStreamCache=true";
        Exchange result = template.send("direct:rest-get", e -> {
            e.getIn().setHeader(URL_HEADER, endpoint);
            e.getIn().setHeader(MAX_BYTES_HEADER, maxBytes);
            e.getIn().setHeader(Exchange.HTTP_METHOD, "GET");
            headers.forEach(e.getIn()::setHeader);
        });
        Exception failure = result.getException() != null ? result.getException()
                : result.getMessage().getHeader("CamelVitrineFault") != null
                        ? result.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class) : null;
        if (failure != null) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new IOException(root.getClass().getSimpleName() + ": " + root.getMessage(), failure);
        }
        Integer status = result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        byte[] body = result.getMessage().getBody(byte[].class); // read by RestStep.readBody, at most maxBytes + 1
        body = body == null ? new byte[0] : body;
        if (body.length > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        return new Response(status == null ? 0 : status, body);
    }
}

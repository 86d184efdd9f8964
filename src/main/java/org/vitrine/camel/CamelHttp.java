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

    private final ProducerTemplate template;
    private final Path base;

    CamelHttp(ProducerTemplate template, Path base) {
        this.template = template;
        this.base = base;
    }

    @Override
    public Response get(String url, Map<String, String> headers, int timeoutSeconds) throws IOException {
        if (url.startsWith("file:")) {
            String path = url.substring("file:".length()).replaceFirst("\\?.*$", "");
            Path file = base.resolve(path).normalize();
            return Files.isRegularFile(file) ? new Response(200, Files.readAllBytes(file)) : new Response(404, new byte[0]);
        }
        long ms = timeoutSeconds * 1000L;
        String endpoint = url + (url.contains("?") ? "&" : "?") + "throwExceptionOnFailure=false"
                + "&httpClient.responseTimeout=" + ms + "&httpClient.connectionRequestTimeout=" + ms
                + "&httpConnection.connectTimeout=" + ms + "&httpConnection.socketTimeout=" + ms;
        Exchange result = template.send("direct:rest-get", e -> {
            e.getIn().setHeader(URL_HEADER, endpoint);
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
        byte[] body = result.getMessage().getBody(byte[].class);
        return new Response(status == null ? 0 : status, body == null ? new byte[0] : body);
    }
}

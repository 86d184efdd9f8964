package org.vitrine.ingest.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.config.SourceConfig;

/**
 * A hostile API on 127.0.0.1 that always announces one more page, quickly (issue 16, fourth attack): it held
 * the run and its lock until the page cap. The source's deadline ({@code deadlineSeconds}, 1 s here) ends
 * it: the source fails saying the pages read and the limit, by its {@code onFailure} policy.
 */
class EndlessPagesTest {

    @TempDir
    Path tmp;

    @Test
    void anApiThatAlwaysHasOneMorePageFailsAtTheSourcesDeadline() {
        WireMockServer api = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        try {
            // Two records a page (a full page: more may follow) and a total that is never reached.
            api.stubFor(get(urlPathEqualTo("/api")).willReturn(okJson("{\"total\":999999999,\"items\":[{\"id\":\"1\",\"t\":\"a\"},{\"id\":\"2\",\"t\":\"b\"}]}")));
            SourceConfig s = new SourceConfig("si-sans-fin", "rest", null, "abort", "http://127.0.0.1:" + api.port() + "/api",
                    "chu-beaumont", null, new SourceConfig.Paging("page", null, null, 2, 1, null, null, null, "/total"), "/items", "/id",
                    Map.of("title", "/t"), 5, 0, 1, 1_000_000_000, null, 1);
            RestFetcher f = new RestFetcher(new JdkHttp(1 << 20), Map.of(), tmp, 1 << 20);
            SourceFailure e = assertThrows(SourceFailure.class, () -> f.fetch(s, tmp.resolve("p")));
            assertEquals("rest.deadline", e.key(), RestFetcherLimitsTest.said(e));
            String said = RestFetcherLimitsTest.said(e);
            int pages = (Integer) e.args()[0];
            assertTrue(pages >= 1 && pages < RestFetcher.MAX_PAGES, said);
            assertTrue(said.startsWith(pages + " pages lues en 1 s") && said.contains("deadlineSeconds"), said);
            assertEquals("si-sans-fin", e.source(), "the source is named");
        } finally {
            api.stop();
        }
    }
}

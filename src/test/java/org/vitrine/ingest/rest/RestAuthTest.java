package org.vitrine.ingest.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.cli.TestConfig;

/**
 * The credential comes from the environment variable named in the config, is sent as a header, and
 * appears nowhere else: not in the output, not in any file written (a separate process, so the
 * environment variable is real).
 */
class RestAuthTest {

    static final String SECRET = "s3cret-token-7f9a";

    @TempDir
    Path tmp;

    @Test
    void sendsTheBearerTokenAndNeverWritesIt() throws Exception {
        WireMockServer api = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        try {
            api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(unauthorized()));
            api.stubFor(get(urlPathEqualTo("/api/needs")).withHeader("Authorization", equalTo("Bearer " + SECRET))
                    .willReturn(okJson("{\"items\":[" + RestSourceTest.record(1) + "]}")));
            Path config = TestConfig.in(tmp).brochure(false).source(TestConfig.Source.rest("si", "http://127.0.0.1:" + api.port() + "/api/needs")
                    .with("buyer", "chu-beaumont").with("records", "/items")
                    .map("fields", "reference", "/ref", "title", "/label", "cpv", "/cpv", "amount", "/value", "launch", "/launch")
                    .map("auth", "header", "Authorization", "scheme", "Bearer", "tokenEnv", "VITRINE_TEST_TOKEN")
                    .with("retries", 0)).write();
            Path out = tmp.resolve("out");
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "-Dvitrine.log=debug",
                    "-Djdk.httpclient.HttpClient.log=all", "-Djdk.internal.httpclient.debug=true", // the JDK's header logs
                    "org.vitrine.cli.VitrineCli", "run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26")
                    .redirectErrorStream(true);
            pb.environment().put("VITRINE_TEST_TOKEN", SECRET);
            Process p = pb.start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), log);
            api.verify(1, getRequestedFor(urlPathEqualTo("/api/needs")).withHeader("Authorization", equalTo("Bearer " + SECRET)));
            assertFalse(log.contains(SECRET), "not in the output, even at debug level");
            try (Stream<Path> files = Files.walk(out)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(SECRET), f.toString());
                }
            }
        } finally {
            api.stop();
        }
    }
}

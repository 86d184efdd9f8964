package org.vitrine.hostile;

import java.util.ArrayList;
import java.util.List;
import org.vitrine.cli.TestConfig;

/** The REST source of the hostile tests: its entry of sources.yaml (typed, {@link TestConfig.Source}) and the records it serves. */
final class RestFaults {

    private RestFaults() {
    }

    /** One rest source on loopback, fast retries and a one-second timeout. */
    static TestConfig.Source source(String name, int port, String policy) {
        return source(name, port, policy, 1);
    }

    /** The same with its own timeout (a test that is not about slow servers, on a loaded machine). */
    static TestConfig.Source source(String name, int port, String policy, int timeoutSeconds) {
        return TestConfig.Source.rest(name, "http://127.0.0.1:" + port + "/api/needs")
                .with("buyer", "chu-beaumont").with("records", "/items").with("id", "/id")
                .map("fields", "reference", "/ref", "title", "/label", "description", "/detail", "cpv", "/cpv", "amount", "/value",
                        "launch", "/launch", "contact", "/contact", "tender_url", "/url")
                .onFailure(policy).with("timeoutSeconds", timeoutSeconds).with("retries", 1).with("backoffMillis", 1)
                .with("maxRecords", 1000);
    }

    static String record(String id, String label, String detail, String contact, String url) {
        return "{\"id\":\"" + id + "\",\"ref\":\"API-" + id + "\",\"label\":" + quote(label) + ",\"detail\":" + quote(detail)
                + ",\"cpv\":\"30213100-6\",\"value\":15000,\"launch\":\"2027-05\",\"contact\":" + quote(contact)
                + ",\"url\":" + quote(url) + "}";
    }

    /** Hostile content from an internal system: markup, script links, formula-like text. */
    static String hostileRecords() {
        List<String> items = new ArrayList<>();
        items.add(record("H1", "<script>alert('vitrine-xss')</script>Serveurs", "<iframe src=//evil.example>", null, null));
        items.add(record("H2", "=HYPERLINK(\"http://evil.example\")", "-1+1", "javascript:alert('vitrine-xss')", null));
        items.add(record("H3", "Baies de stockage", null, null, "javascript:alert('vitrine-xss')"));
        items.add(record("H4", "@SUM(A1) stockage", "+cmd", null, "https://marches.example.org/consultation/42"));
        return "{\"items\":[" + String.join(",", items) + "]}";
    }

    static String goodRecords(int n) {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            items.add(record("G" + i, "Postes de travail " + i, "Renouvellement du parc", null, null));
        }
        return "{\"items\":[" + String.join(",", items) + "]}";
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

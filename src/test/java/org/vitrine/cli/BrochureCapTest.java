package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forecast above brochure.maxNeeds publishes its catalogue without a brochure and says so (a 20,000-need
 * brochure exhausted a 2 GiB heap and the run published nothing); no page links to a brochure not made.
 */
class BrochureCapTest {

    @TempDir
    Path tmp;

    private CliRunner.Result run(Path config) {
        return CliRunner.run("run", "--config", config.toString(), "--out", tmp.resolve("out").toString(), "--date", "2026-11-26");
    }

    @Test
    void aboveTheCapTheCatalogueIsPublishedWithoutABrochureAndTheSummarySaysWhy() throws Exception {
        Path config = TestConfig.in(tmp).spreadsheets(Path.of("examples/spreadsheets")).brochureMaxNeeds(10).write();
        CliRunner.Result r = run(config);
        assertEquals(1, r.exit(), r.out() + r.err()); // the examples' rejects, as always
        assertTrue(r.out().contains("Attention : Brochure non produite") && r.out().contains("au-delà de la limite de 10"), r.out());
        Path pub = tmp.resolve("out/2027/public").toRealPath();
        assertFalse(Files.exists(pub.resolve("brochure.pdf")));
        assertTrue(Files.isRegularFile(pub.resolve("index.html")));
        JsonNode report = new ObjectMapper().readTree(tmp.resolve("out/2027/internal/run-report.json").toFile());
        assertTrue(report.get("warnings").toString().contains("brochure.maxNeeds"), report.get("warnings").toString());
        assertNoBrochureLink(pub);
    }

    @Test
    void aDisabledBrochureIsNotLinkedEither() throws Exception {
        Path config = TestConfig.copy(tmp, Path.of("examples/spreadsheets"), false);
        CliRunner.Result r = run(config);
        assertEquals(1, r.exit(), r.out() + r.err());
        assertFalse(r.out().contains("Brochure non produite"), "switched off on purpose: nothing to warn about");
        assertNoBrochureLink(tmp.resolve("out/2027/public").toRealPath());
    }

    @Test
    void aCapBelowOneIsAConfigurationError() throws Exception {
        Path config = TestConfig.in(tmp).spreadsheets(Path.of("examples/spreadsheets")).brochureMaxNeeds(0).write();
        CliRunner.Result r = run(config);
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue((r.out() + r.err()).contains("brochure.maxNeeds « 0 » invalide"), r.out() + r.err());
    }

    private static void assertNoBrochureLink(Path pub) throws Exception {
        for (String page : new String[] {"index.html", "about.html", "calendar.html"}) {
            String html = Files.readString(pub.resolve(page));
            assertFalse(html.contains("brochure"), page + " links a brochure that is not there");
            Matcher pdf = Pattern.compile("href=\"([^\"#?:]+\\.pdf)\"").matcher(html);
            assertFalse(pdf.find(), page);
        }
    }
}

package org.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With English configured, public/en/ holds the catalogue in English, linking to the shared data. */
class EnglishCatalogueTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheEnglishCatalogueWithWorkingLinks() throws Exception {
        Path config = TestConfig.in(tmp).spreadsheets(Path.of("examples/spreadsheets")).brochure(false)
                .languages("fr", "en").write();
        Path out = tmp.resolve("out");
        assertEquals(1, CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", "2026-11-26").exit());
        Path pub = out.resolve("2027/public").toRealPath();
        String index = Files.readString(pub.resolve("en/index.html"));
        assertTrue(index.contains("lang=\"en\""), "declared in English");
        assertTrue(Files.readString(pub.resolve("index.html")).contains("href=\"en/index.html\""), "French links to English");
        Matcher links = Pattern.compile("href=\"([^\"#?:]+\\.(?:csv|json|html))\"").matcher(index);
        int checked = 0;
        while (links.find()) {
            Path target = pub.resolve("en").resolve(links.group(1)).normalize();
            assertTrue(Files.isRegularFile(target), "broken link " + links.group(1));
            checked++;
        }
        assertTrue(checked > 5, "links checked: " + checked);
        String need;
        try (var needs = Files.list(pub.resolve("en/needs"))) {
            need = Files.readString(needs.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow());
        }
        assertTrue(need.contains("href=\"../../data/needs.csv\""), "need pages reach the shared data");
    }
}

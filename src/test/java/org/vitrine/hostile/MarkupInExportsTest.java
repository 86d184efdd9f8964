package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vitrine.cli.CliRunner;
import org.vitrine.cli.TestConfig;
import org.vitrine.normalise.parse.Text;

/**
 * Issue 16, third round (outside attack): markup in a cell never reaches the data exports (issue 22: the
 * tag stripped, the text kept, nothing active kept). A control or invisible character inside the tag
 * ("<\u200Bimg src=x onerror=…>") hid it from the markup pattern, then clean() dropped the character and the
 * whole active tag was published in needs.csv, needs.json and the OCDS release; a removed inline tag could
 * join a new one ("<<b>img …>"), and template directives ("<#assign x=1>") were kept.
 */
class MarkupInExportsTest {

    /** What a browser takes for the start of a tag (HTML's tag open), or a template directive. */
    static final Pattern TAG_OPEN = Pattern.compile("<[A-Za-z/!?#@%]");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"<\u0000img src=x onerror=alert(1)>", "<\u200Bimg src=x onerror=alert(1)>",
            "<&#8203;img src=x onerror=alert(1)>", "<\u00ADimg src=x onerror=alert(1)>", "<\uFEFFscript>alert(1)</script>",
            "<\u001bimg src=x onerror=alert(1)>", "<<b>img src=x onerror=alert(1)>", "&amp;lt;img src=x onerror=alert(1)&amp;gt;",
            "<#assign x=1>", "<%= x %>", "<@macro/>", "x\"/><img src=x onerror=alert(1)>"})
    void noTagNorTagOpenSurvivesTheRepair(String cell) throws Exception {
        String out = Text.repaired("Travaux " + cell + " de voirie", 1000, new ArrayList<>());
        assertFalse(TAG_OPEN.matcher(out).find(), out);
        assertFalse(out.contains("onerror") || out.contains("\"/>"), out);
        assertTrue(out.startsWith("Travaux"), "the text is kept: " + out);
    }

    @Test
    void comparisonsStay() throws Exception {
        assertEquals("< 40 000 € ; délai > 3 mois ; 5>3", Text.repaired("< 40 000 € ; délai > 3 mois ; 5>3", 1000, new ArrayList<>()));
    }

    @Test
    void aHostileCellNeverReachesTheDataExports() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        String[] cells = {"<\u200Bimg src=x onerror=alert(1)>", "<\u0000img src=x onerror=alert(2)>", "<<b>img src=x onerror=alert(3)>",
                "<#assign x=1>"};
        StringBuilder csv = new StringBuilder(SourceFolderSafetyTest.HEADER);
        for (int i = 0; i < cells.length; i++) {
            csv.append(SourceFolderSafetyTest.row("Travaux de voirie " + i + " " + cells[i] + " lot " + i));
        }
        Files.writeString(sheets.resolve("balises.csv"), csv, StandardCharsets.UTF_8);
        Path config = TestConfig.copy(tmp, sheets, false);
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", out.toString(), "--date", CorpusRun.DATE);
        assertTrue(r.exit() <= 1, r.out() + "\n" + r.err());
        Path data = out.resolve("2027/public/data");
        List<Path> exports;
        try (Stream<Path> files = Files.walk(data)) {
            exports = files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(csv|json)$")).toList();
        }
        assertTrue(exports.stream().anyMatch(f -> f.getFileName().toString().equals("needs.csv")), exports.toString());
        assertTrue(exports.stream().anyMatch(f -> f.getFileName().toString().contains("ocds")), exports.toString());
        for (Path f : exports) {
            String text = Files.readString(f);
            assertFalse(TAG_OPEN.matcher(text).find() || text.contains("onerror") || text.contains("alert("), f + ": " + text);
        }
        String needs = Files.readString(data.resolve("needs.json"));
        for (int i = 0; i < cells.length; i++) {
            assertTrue(needs.contains("Travaux de voirie " + i) && needs.contains("lot " + i), "the text is kept: " + needs);
        }
    }
}

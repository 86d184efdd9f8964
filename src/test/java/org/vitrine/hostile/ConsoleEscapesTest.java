package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.cli.CliRunner;
import org.vitrine.cli.TestConfig;
import org.vitrine.messages.Visible;

/**
 * ANSI escapes and bidi overrides in what a run quotes (a file name here) never reach the terminal raw
 * (issue 16, second round): the console, rejects.csv and the feedback files show them as {@code \x1b}.
 */
class ConsoleEscapesTest {

    @TempDir
    Path tmp;

    @Test
    void anEscapeInAFileNameIsShownNotObeyed() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        Files.writeString(sheets.resolve("chu-beaumont.csv"), SourceFolderSafetyTest.HEADER + SourceFolderSafetyTest.row("Postes"));
        String evil = "effacer\u001b[2J\u001b]0;pwned\u0007\u202etxt.csv";
        Files.write(sheets.resolve(evil), new byte[] {0, 1, 2, 3, (byte) 0xff, 0x1b, 0, 0, 0, 9, 8, 7});
        Path config = TestConfig.copy(tmp, sheets, false);
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", tmp.resolve("out").toString(),
                "--date", "2026-11-26");
        String console = r.out() + "\n" + r.err();
        assertEquals(1, r.exit(), console);
        assertTrue(console.contains("effacer\\x1b[2J\\x1b]0;pwned\\x07\\u202etxt.csv"), console);
        assertFalse(console.contains("\u001b") || console.contains("\u0007") || console.contains("\u202e"), console);
        try (Stream<Path> files = Files.walk(tmp.resolve("out/2027/internal/"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertFalse(text.contains("\u001b"), f + " holds a raw escape");
            }
        }
        assertEquals("a\\x1bb\\x9b\nc\td", Visible.escape("a\u001bb\u009b\nc\td"));
    }

    /**
     * Third round (outside attack): a line break in a file name printed a false line on the console
     * ("RÉSULTAT : aucun rejet") and split its record of rejects.csv in two. Every argument of a message is
     * put on one line where the message is formatted, and every CSV cell too.
     */
    @Test
    void aLineBreakInAFileNameStaysOnItsLine() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        Files.writeString(sheets.resolve("chu-beaumont.csv"), SourceFolderSafetyTest.HEADER + SourceFolderSafetyTest.row("Postes"));
        String evil = "note\nRESULTAT : aucun rejet\r\tfin.csv";
        Files.write(sheets.resolve(evil), new byte[] {0, 1, 2, 3, (byte) 0xff, 0x1b, 0, 0, 0, 9, 8, 7});
        Path config = TestConfig.copy(tmp, sheets, false);
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", tmp.resolve("out").toString(),
                "--date", "2026-11-26");
        String console = r.out() + "\n" + r.err();
        assertEquals(1, r.exit(), console);
        assertTrue(console.contains("note\\x0aRESULTAT : aucun rejet\\x0d\tfin.csv"), console);
        for (String line : console.split("\n")) {
            assertFalse(line.startsWith("RESULTAT") || line.contains("\r"), "a false line: " + console);
        }
        Path rejects = tmp.resolve("out/2027/internal/rejects.csv");
        String text = Files.readString(rejects, StandardCharsets.UTF_8);
        assertTrue(text.contains("note\\x0aRESULTAT"), text);
        try (var parser = org.apache.commons.csv.CSVParser.parse(text, org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setDelimiter(text.substring(0, text.indexOf('\n')).contains(";") ? ';' : ',').build())) {
            var records = parser.getRecords();
            assertEquals(text.split("\r?\n").length, records.size(), "one record per line: " + text);
            for (var record : records) {
                for (String cell : record) {
                    assertFalse(cell.contains("\n") || cell.contains("\r"), "a line break in a cell: " + text);
                }
            }
        }
        assertEquals("a\\x0ab\\x0dc\td\\x1be\\u2028f", Visible.inline("a\nb\rc\td\u001be\u2028f"));
    }
}

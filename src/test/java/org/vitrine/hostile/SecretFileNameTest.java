package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.cli.TestConfig;

/**
 * A source's token used as a spreadsheet's file name (issue 16 F6, attacker Y3): the name reached the feedback sent to
 * the buyer, internal/needs.json, run-report.json, risks.html and the manifest. The secret part of the name is masked
 * (« ******.csv ») in every file under out/, internal ones and the snapshot's copy included, and the need is read.
 * A separate JVM with the token in its environment, as a user runs Vitrine.
 */
class SecretFileNameTest {

    static final String TOKEN = "Zq7Rt3Kp9Lm2Xv8Wn4Bc6Hd";

    @TempDir
    Path tmp;

    @Test
    void aTokenAsAFileNameIsMaskedInEveryFileWritten() throws Exception {
        Path sheets = Files.createDirectories(tmp.resolve("sheets"));
        Files.writeString(sheets.resolve(TOKEN + ".csv"), PersonalDataRunTest.HEADER
                + PersonalDataRunTest.row("chu-beaumont", "TF1", "Nettoyage des locaux du fichier au nom du jeton", "", "")
                + PersonalDataRunTest.row("chu-beaumont", "TF2", "", "Sans objet : une ligne refusée qui nomme le fichier", ""));
        Files.writeString(sheets.resolve("export-" + TOKEN + "-2027.csv"), PersonalDataRunTest.HEADER
                + PersonalDataRunTest.row("chu-beaumont", "TF3", "Entretien des espaces verts", "", ""));
        Path config = TestConfig.in(tmp).spreadsheets(sheets)
                .source(TestConfig.Source.shipped("si-transports")
                        .map("auth", "header", "Authorization", "scheme", "Bearer", "tokenEnv", "VITRINE_TOKEN_F6"))
                .write();
        Path out = tmp.resolve("out");
        CorpusRun.Result r = CorpusRun.run(config, out, Map.of("VITRINE_TOKEN_F6", TOKEN), 180);
        assertTrue(r.exit() <= 1, r.output());
        List<Path> files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(f -> !Files.isDirectory(f)).sorted().toList();
        }
        StringBuilder held = new StringBuilder();
        for (Path f : files) {
            if (f.toString().contains(TOKEN)) {
                held.append("name: ").append(out.relativize(f)).append('\n');
            } else if (Files.isRegularFile(f) && new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains(TOKEN)) {
                held.append("content: ").append(out.relativize(f)).append('\n');
            }
        }
        assertEquals("", held.toString(), "the token is written under out/");
        assertTrue(!r.output().contains(TOKEN), r.output());
        String rejects = Files.readString(out.resolve("2027/internal/rejects.csv"));
        assertTrue(rejects.contains("******.csv"), "the officer is told which file, its secret masked\n" + rejects);
        String needs = Files.readString(out.resolve("2027/internal/needs.json"));
        assertTrue(needs.contains("Nettoyage des locaux du fichier au nom du jeton") && needs.contains("export-******-2027.csv"), needs);
    }
}

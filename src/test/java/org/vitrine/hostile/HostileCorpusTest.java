package org.vitrine.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.cli.RunExamplesEndToEndTest;

/**
 * The whole hostile corpus (plus a REST source sending hostile records with a credential) through
 * {@code vitrine run} in a separate 512 MiB JVM, once; each test is one guarantee of the issue
 * "Hostile and broken input", checked over every file and every output.
 */
class HostileCorpusTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "tok-HOSTILE-7f3a9c-SECRET";
    /** Public questions and answers with markup, formulas, a confidential need and no need at all. */
    static final Path QUESTIONS = Path.of("src/test/resources/hostile/questions/questions-hostiles.csv");
    /** Input text that must never reach a public file (HTML/script from input, confidential, personal). */
    static final List<String> NEVER_PUBLIC = List.of("CONFIDENTIEL-HOSTILE", "Hunter2-HOSTILE", "jean.secret-hostile",
            "Jean Secret", "<script>alert(", "<img src=x", "<iframe", "<svg onload", "onmouseover=", "<b>gras",
            "javascript:alert", "JaVaScRiPt:", "data:text/html", HostileCorpus.XXE_SECRET, TOKEN,
            // attaquant-x.csv (AttackerXTest): the stamped needs, the disguised addresses
            "stx01", "stx02", "stx03", "stx04", "stx05", "stx06", "mx01dupont", "mx02dupont", "mx03dupont",
            "56\\91", "56#92", "\uD83D\uDE42 34 56 93", "9\u03324\u0332", "px01-dupont");
    /** Each file rejected whole, with (part of) the reason a person reads in rejects.csv. */
    static final Map<String, String> REJECTED_FILES = new LinkedHashMap<>();

    static {
        REJECTED_FILES.put("vide.csv", "Le fichier est vide");
        REJECTED_FILES.put("texte-deguise.xlsx", "Aucune colonne reconnue");
        REJECTED_FILES.put("page-web.xls", "page web (HTML)");
        REJECTED_FILES.put("sans-entete.csv", "Aucune colonne reconnue");
        REJECTED_FILES.put("sans-entete.xlsx", "Aucune colonne reconnue");
        REJECTED_FILES.put("entetes-inconnues.csv", "Aucune colonne reconnue");
        REJECTED_FILES.put("binaire.csv", "pas un tableur");
        REJECTED_FILES.put("trop-gros.csv", "au-delà de la limite de 1 Mio");
        REJECTED_FILES.put("trop-de-lignes.csv", "dépasse la limite de 500 lignes");
        REJECTED_FILES.put("tronque.xlsx", "endommagé ou incomplet");
        REJECTED_FILES.put("protege.xlsx", "protégé par un mot de passe");
        REJECTED_FILES.put("bombe.xlsx", "anormalement gros");
        REJECTED_FILES.put("bombe-tailles-mensongeres.xlsx", "anormalement gros");
        REJECTED_FILES.put("xxe.xlsx", "endommagé ou incomplet");
        REJECTED_FILES.put("milliard-de-rires.xlsx", "endommagé ou incomplet");
        REJECTED_FILES.put("cellule-geante.xlsx", "Une cellule contient plus de");
    }

    @TempDir
    static Path tmp;
    static Path corpus;
    static Path out;
    static Path config;
    static CorpusRun.Result run;
    static WireMockServer api;
    static Set<String> outsideBefore;

    @BeforeAll
    static void runTheCorpus() throws Exception {
        corpus = tmp.resolve("corpus");
        HostileCorpus.write(corpus, tmp.resolve("secret.txt"));
        api = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        api.stubFor(get(urlPathEqualTo("/api/needs")).willReturn(unauthorized()));
        api.stubFor(get(urlPathEqualTo("/api/needs")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson(RestFaults.hostileRecords())));
        out = tmp.resolve("out");
        Path questions = Files.createDirectories(tmp.resolve("questions"));
        Files.copy(QUESTIONS, questions.resolve(QUESTIONS.getFileName()));
        // the stub answers at once; a one-second timeout failed the whole run on a loaded CI machine (load 30)
        config = CorpusRun.config(tmp, corpus, true, RestFaults.source("si", api.port(), "abort", 30)
                        .map("auth", "header", "Authorization", "scheme", "Bearer", "tokenEnv", "VITRINE_HOSTILE_TOKEN"),
                org.vitrine.cli.TestConfig.Source.qa("questions", questions));
        outsideBefore = outside();
        run = CorpusRun.run(config, out, Map.of("VITRINE_HOSTILE_TOKEN", TOKEN), 600);
        Outcomes.write(Path.of("target/hostile/corpus-outcomes.txt"), run, out.resolve("2027/internal"));
        Outcomes.keep(out.resolve("2027/current"), Path.of("target/hostile/corpus-edition"));
    }

    @AfterAll
    static void stop() {
        api.stop();
    }

    @Test
    void neverCrashesNorPrintsAStackTraceAndStaysWithinBounds() {
        assertEquals(1, run.exit(), "published with rejects:\n" + run.output());
        for (String sign : List.of("Exception", "\tat ", "Caused by", "OutOfMemoryError", "SEVERE", "ERROR", "WARN")) {
            assertFalse(run.output().contains(sign), "printed '" + sign + "':\n" + run.output());
        }
        // A guard against a runaway, not a speed test: the whole corpus reads in seconds.
        assertTrue(run.seconds() < 300, run.seconds() + " s");
    }

    @Test
    void everyRowIsPublishedInternalMergedOrRejectedAndEveryRejectedFileIsNamed() throws Exception {
        JsonNode report = report();
        assertTrue(report.at("/conservation/balanced").asBoolean(), report.toPrettyString());
        Map<String, JsonNode> byFile = new TreeMap<>();
        report.get("files").forEach(f -> byFile.put(f.get("file").asText(), f));
        Set<String> corpusFiles = new TreeSet<>();
        try (Stream<Path> files = Files.list(corpus)) {
            files.forEach(f -> corpusFiles.add(f.getFileName().toString()));
        }
        corpusFiles.add("si (API)");
        corpusFiles.add(QUESTIONS.getFileName().toString());
        // A hidden file (a name starting with a dot) is not read, like office lock files, but named in the report.
        String hidden = "..\\..\\evasion.csv";
        assertTrue(corpusFiles.remove(hidden));
        assertTrue(report.get("warnings").toString().contains("evasion.csv"), report.get("warnings").toString());
        assertEquals(corpusFiles, byFile.keySet(), "every input file has its counts in the report");
        for (JsonNode f : byFile.values()) {
            assertEquals(f.get("rowsRead").asLong(), f.get("published").asLong() + f.get("internalOnly").asLong()
                    + f.get("duplicates").asLong() + f.get("rejected").asLong(), f.get("file").asText());
        }
        List<CSVRecord> rejects = csv(out.resolve("2027/internal/rejects.csv"));
        Set<String> rejected = new TreeSet<>();
        report.get("rejectedFiles").forEach(n -> rejected.add(n.asText()));
        assertEquals(REJECTED_FILES.keySet(), rejected, "the files rejected whole");
        REJECTED_FILES.forEach((file, reason) -> assertTrue(rejects.stream().anyMatch(r -> r.get(0).equals(file)
                && r.get(5).contains(reason) && !r.get(6).isBlank()), file + " rejected with '" + reason + "' and a fix"));
        long rowRejects = byFile.values().stream().mapToLong(f -> f.get("rejected").asLong()).sum();
        long rowWarnings = byFile.values().stream().mapToLong(f -> f.get("warnings").asLong()).sum();
        // Markup, bad optional cells and C1 characters are repaired or left empty with a warning (issue 22), not rejected.
        assertTrue(rowRejects >= 20 && rowRejects + rowWarnings >= 40,
                "the row-level failures are rejected or repaired with a warning: " + rowRejects + " + " + rowWarnings);
        for (CSVRecord r : rejects) {
            assertFalse(r.get(5).isBlank() || r.get(6).isBlank(), "every reject says why and what to do: " + r);
            assertFalse(r.get(5).contains("Exception") || r.get(5).contains("null"), "a reason a person can act on: " + r);
        }
        // Files named like devices or paths are read like any other.
        for (String f : List.of("CON.csv", "nul.xlsx.csv", "aux", "LPT1.txt", "unicode-utf16.csv")) {
            assertEquals(1, byFile.get(f).get("published").asLong(), f);
        }
    }

    @Test
    void nothingConfidentialPersonalSecretOrHtmlFromInputReachesAnyPublicFile() throws Exception {
        Path pub = out.resolve("2027/public");
        TreeMap<String, String> texts = RunExamplesEndToEndTest.publicTexts(pub);
        TreeMap<String, byte[]> bytes = RunExamplesEndToEndTest.files(pub);
        assertTrue(texts.containsKey("brochure.pdf") && texts.get("brochure.pdf").contains("Vélos électriques"), "the PDF text is scanned");
        List<String> local = List.of(tmp.toString(), corpus.toString(), config.toString(), System.getProperty("user.home") + "/",
                Path.of("").toAbsolutePath().toString(), "secret.txt");
        List<String> found = new ArrayList<>();
        for (String name : texts.keySet()) {
            // Every byte as text (UTF-8 and Latin-1, so nothing hides behind an invalid sequence), and the PDF's text.
            List<String> views = List.of(texts.get(name), new String(bytes.get(name), StandardCharsets.ISO_8859_1));
            for (String v : views) {
                for (String s : NEVER_PUBLIC) {
                    if (v.contains(s)) {
                        found.add(name + ": " + s);
                    }
                }
                for (String s : local) {
                    if (v.contains(s)) {
                        found.add(name + ": local path " + s);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
        // the same texts are in the internal outputs (staff see what was refused), so the scan can see them
        String internal = Files.readString(out.resolve("2027/internal/rejects.csv"));
        assertTrue(internal.contains("javascript:alert") && Files.readString(out.resolve("2027/internal/needs.json"))
                .contains("CONFIDENTIEL-HOSTILE"));
        for (Path f : allFiles(out)) {
            assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(HostileCorpus.XXE_SECRET), f.toString());
            assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(TOKEN), f.toString());
        }
        assertFalse(run.output().contains(TOKEN) || run.output().contains(HostileCorpus.XXE_SECRET));
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolderWhateverTheBuyerOrFileNames() throws Exception {
        assertEquals(outsideBefore, outside(), "no file appeared outside the output folder");
        Path root = out.toRealPath();
        for (Path f : allFiles(out)) {
            assertTrue(f.toRealPath().startsWith(root), f.toString());
            String name = f.getFileName().toString();
            assertTrue(f.toString().contains("/state/snapshots/") || name.matches("[\\p{L}\\p{N}._-]+"), "a portable file name: " + f);
            String stem = name.replaceFirst("\\..*$", "").toLowerCase(java.util.Locale.ROOT);
            // state/snapshots keeps copies of the input files under their own names: only derived names count.
            assertFalse(!f.toString().contains("/state/snapshots/") && stem.matches("con|prn|aux|nul|com[0-9]|lpt[0-9]"), "a name Windows reserves: " + f);
        }
        // the hostile buyers were published under safe ids
        JsonNode needs = JSON.readTree(out.resolve("2027/public/data/needs.json").toFile()).get("needs");
        Set<String> buyers = new TreeSet<>();
        needs.forEach(n -> buyers.add(n.at("/buyer/name").asText()));
        // "/etc/passwd" folds like "../../../../etc/passwd": one buyer, one name, one page (issue 16.7).
        assertTrue(buyers.containsAll(List.of("../../../../etc/passwd", "CON", "NUL")), buyers.toString());
        java.util.Map<String, Set<String>> namesById = new java.util.TreeMap<>();
        needs.forEach(n -> namesById.computeIfAbsent(n.at("/buyer/id").asText(), k -> new TreeSet<>()).add(n.at("/buyer/name").asText()));
        namesById.forEach((id, names) -> assertEquals(1, names.size(), "two buyer names on one page " + id + ": " + names));
    }

    @Test
    void noCellOfTheCsvExportsStartsWithAFormulaCharacter() throws Exception {
        List<Path> csvs = new ArrayList<>(List.of(out.resolve("2027/public/data/needs.csv"), out.resolve("2027/internal/rejects.csv"),
                out.resolve("2027/internal/risks.csv")));
        try (Stream<Path> feedback = Files.list(out.resolve("2027/internal/feedback"))) {
            csvs.addAll(feedback.toList());
        }
        int cells = 0;
        int neutralised = 0;
        for (Path f : csvs) {
            for (CSVRecord r : csv(f)) {
                for (String cell : r) {
                    cells++;
                    assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, f.getFileName() + " line "
                            + r.getRecordNumber() + ": " + cell);
                    if (cell.startsWith("'") && cell.length() > 1 && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
                        neutralised++;
                    }
                }
            }
        }
        assertTrue(cells > 1000 && neutralised >= 5, cells + " cells, " + neutralised + " neutralised");
        String needsCsv = Files.readString(out.resolve("2027/public/data/needs.csv"));
        assertTrue(needsCsv.contains("'=HYPERLINK") && needsCsv.contains("'@SUM"), "formula titles are published, neutralised");
    }

    @Test
    void aRunWhoseEveryFileIsRejectedStillPublishesAnEmptyEditionThatNamesThem(@TempDir Path own) throws Exception {
        Path sheets = Files.createDirectories(own.resolve("sheets"));
        for (String f : List.of("vide.csv", "binaire.csv", "protege.xlsx")) {
            Files.copy(corpus.resolve(f), sheets.resolve(f));
        }
        Path cfg = org.vitrine.cli.TestConfig.copy(own, sheets, true);
        org.vitrine.cli.CliRunner.Result r = org.vitrine.cli.CliRunner.run("run", "--config", cfg.toString(), "--out",
                own.resolve("out").toString(), "--date", CorpusRun.DATE);
        assertEquals(1, r.exit(), r.out() + "\n" + r.err());
        assertEquals(0, JSON.readTree(own.resolve("out/2027/public/data/needs.json").toFile()).get("needs").size());
        assertTrue(Files.size(own.resolve("out/2027/public/brochure.pdf")) > 0, "the brochure of an empty edition");
        assertEquals(3, JSON.readTree(own.resolve("out/2027/internal/run-report.json").toFile()).get("rejectedFiles").size());
    }

    static JsonNode report() throws IOException {
        return JSON.readTree(out.resolve("2027/internal/run-report.json").toFile());
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser p = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            return p.getRecords();
        }
    }

    static List<Path> allFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir.toRealPath())) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    /** Every path under the temp folder and the working folder's top level, except the output folder and logs. */
    static Set<String> outside() throws IOException {
        Set<String> paths = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(tmp)) {
            walk.filter(p -> !p.startsWith(out) && !p.getFileName().toString().startsWith("run-")).forEach(p -> paths.add(p.toString()));
        }
        try (Stream<Path> top = Files.list(Path.of(""))) {
            top.forEach(p -> paths.add(p.toAbsolutePath().toString()));
        }
        try (Stream<Path> top = Files.list(Path.of("/tmp"))) {
            top.filter(p -> p.getFileName().toString().contains("evasion") || p.getFileName().toString().equals("passwd"))
                    .forEach(p -> paths.add(p.toString()));
        }
        return paths;
    }
}

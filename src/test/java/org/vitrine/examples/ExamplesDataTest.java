package org.vitrine.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitrine.examples.ExampleModel.ExampleFile;
import org.vitrine.examples.ExampleModel.Row;
import org.vitrine.examples.ExampleModel.Sheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Checks the committed example data set (examples/) against config/buyers.yaml, CPV 2008 and its generator. */
class ExamplesDataTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final Path SPREADSHEETS = EXAMPLES.resolve("spreadsheets");
    private static final Set<String> CPV_HEADERS = Set.of("Code CPV", "CPV", "CPV principal", "Main CPV");
    private static final String ADDITIONAL_CPV_HEADER = "CPV secondaires";

    private static JsonNode buyers;
    private static Map<String, String> cpvCodes;

    @BeforeAll
    static void load() throws IOException {
        buyers = new ObjectMapper(new YAMLFactory()).readTree(Path.of("config/buyers.yaml").toFile()).get("buyers");
        cpvCodes = new HashMap<>();
        try (Stream<String> lines = Files.lines(Path.of("src/main/resources/reference/cpv2008.csv"), StandardCharsets.UTF_8)) {
            lines.skip(1).map(l -> l.substring(0, l.indexOf(','))).forEach(c -> cpvCodes.put(c.substring(0, 8), c));
        }
    }

    private static Set<String> buyerIds() {
        Set<String> ids = new HashSet<>();
        buyers.forEach(b -> ids.add(b.get("id").asText()));
        return ids;
    }

    private static List<Path> spreadsheetFiles() throws IOException {
        try (Stream<Path> s = Files.list(SPREADSHEETS)) {
            return s.sorted().toList();
        }
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    @Test
    void holdsAtLeastEightBuyerFilesInEveryFormat() throws IOException {
        List<Path> files = spreadsheetFiles();
        Set<String> ids = buyerIds();
        long buyerFiles = files.stream().filter(p -> ids.contains(baseName(p))).count();
        assertTrue(buyerFiles >= 8, "buyer files: " + buyerFiles);
        Set<String> extensions = files.stream()
                .map(p -> p.getFileName().toString().substring(p.getFileName().toString().lastIndexOf('.') + 1))
                .collect(Collectors.toSet());
        assertTrue(extensions.containsAll(Set.of("xlsx", "xls", "ods", "csv")), "formats: " + extensions);
    }

    @Test
    void namesEveryFileAfterABuyerExceptTheSharedOne() throws IOException {
        Set<String> ids = buyerIds();
        for (Path p : spreadsheetFiles()) {
            String base = baseName(p);
            if (!base.startsWith("groupement-")) {
                assertTrue(ids.contains(base), p + " is not named after a buyer of config/buyers.yaml");
            }
        }
    }

    @Test
    void describesEveryBuyerCompletely() {
        Set<String> ids = new HashSet<>();
        Set<String> stands = new HashSet<>();
        for (JsonNode b : buyers) {
            String id = b.get("id").asText();
            assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id);
            assertTrue(ids.add(id), "duplicate id " + id);
            assertTrue(stands.add(b.get("stand").asText()), "duplicate stand in " + id);
            assertTrue(b.get("siret").asText().matches("\\d{14}"), id);
            assertTrue(Set.of("central", "local", "utility", "defence").contains(b.get("kind").asText()), id);
            assertFalse(b.get("name").asText().isBlank(), id);
            assertTrue(b.at("/contact/email").asText().matches("[^@\\s]+@example-[a-z0-9-]+\\.fr"), id);
            assertTrue(b.get("profile").asText().startsWith("https://"), id);
        }
        Set<String> kinds = new HashSet<>();
        buyers.forEach(b -> kinds.add(b.get("kind").asText()));
        assertEquals(Set.of("central", "local", "utility", "defence"), kinds);
    }

    @Test
    void resolvesEveryBuyerNamedInTheSharedFile() {
        Map<String, String> byName = new HashMap<>();
        for (JsonNode b : buyers) {
            String id = b.get("id").asText();
            byName.put(norm(b.get("name").asText()), id);
            b.path("aliases").forEach(a -> byName.put(norm(a.asText()), id));
        }
        ExampleFile shared = ExampleData.files().stream().filter(f -> f.baseName().startsWith("groupement-")).findFirst().orElseThrow();
        Sheet sheet = shared.sheets().get(0);
        int col = sheet.column("Acheteur");
        Set<String> seen = new HashSet<>();
        for (Row r : sheet.rows()) {
            String name = r.cells().get(col);
            assertEquals(ExampleData.SHARED_FILE_BUYERS.get(name), byName.get(norm(name)), name);
            seen.add(byName.get(norm(name)));
        }
        assertTrue(seen.size() >= 5, "buyers in the shared file: " + seen);
    }

    @Test
    void usesOnlyRealCpvCodesExceptTheDeliberateMistakes() {
        List<String> wrong = new ArrayList<>();
        for (ExampleFile f : ExampleData.files()) {
            for (Sheet s : f.sheets()) {
                for (int i = 0; i < s.headers().size(); i++) {
                    String h = s.headers().get(i);
                    if (!CPV_HEADERS.contains(h) && !h.equals(ADDITIONAL_CPV_HEADER)) {
                        continue;
                    }
                    for (Row r : s.rows()) {
                        if (!r.isData()) {
                            continue;
                        }
                        for (String code : r.cells().get(i).split("[,;]")) {
                            String c = code.strip();
                            if (c.isEmpty()) {
                                continue;
                            }
                            boolean deliberate = ExampleData.DELIBERATELY_WRONG_CPV.contains(c);
                            assertEquals(!deliberate, exists(c), f.fileName() + " " + r.cells().get(0) + ": " + c);
                            if (deliberate) {
                                assertTrue(r.tag().startsWith("reject/") || r.tag().startsWith("ok/warn-"),
                                        "a wrong CPV on a row tagged neither reject nor warning: " + c);
                                wrong.add(c);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(ExampleData.DELIBERATELY_WRONG_CPV, Set.copyOf(wrong));
    }

    /** 30200000-1, 30200000, 30.20.00.00-1 or a number cell that lost its leading zero (#9310000). */
    private static boolean exists(String written) {
        String s = written.startsWith("#") ? written.substring(1) : written;
        s = s.replace(".", "");
        String digits = s.contains("-") ? s.substring(0, s.indexOf('-')) : s;
        digits = "0".repeat(Math.max(0, 8 - digits.length())) + digits;
        String full = cpvCodes.get(digits);
        return full != null && (!s.contains("-") || full.equals(digits + s.substring(s.indexOf('-'))));
    }

    @Test
    void marksConfidentialOnlyTheNonPublicRows() {
        int hidden = 0;
        for (ExampleFile f : ExampleData.files()) {
            for (Sheet s : f.sheets()) {
                for (Row r : s.rows()) {
                    boolean marked = r.cells().stream().anyMatch(c -> c.contains("CONFIDENTIEL-TEST"));
                    assertEquals(r.tag().equals("hidden"), marked, f.fileName() + " " + r.cells());
                    hidden += marked ? 1 : 0;
                }
            }
        }
        assertTrue(hidden >= 4 && hidden <= 5, "non-public rows: " + hidden);
    }

    @Test
    void countsWhatTheReadmePromises() throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLES.resolve("expected-outcomes.csv"), StandardCharsets.UTF_8);
        Map<String, Long> byOutcome = lines.stream().skip(1).map(l -> l.split(";", -1)[5])
                .collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        long data = Stream.of("ok", "beyond", "before", "hidden", "reject", "dup").mapToLong(o -> byOutcome.getOrDefault(o, 0L)).sum();
        assertTrue(data >= 210 && data <= 230, "data rows: " + data);
        // A bad optional cell, a wrong check digit and a launch in December before the 2027 event cost no need.
        assertEquals(4L, byOutcome.get("reject"));
        assertEquals(220L, byOutcome.get("ok") + byOutcome.get("beyond") + byOutcome.get("before"), "published needs");
    }

    @Test
    void matchesWhatTheGeneratorWritesToday(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("spreadsheets");
        ExamplesGenerator.generate(dir, tmp.resolve("expected-outcomes.csv"));
        List<String> committed = spreadsheetFiles().stream().map(p -> p.getFileName().toString()).toList();
        List<String> generated;
        try (Stream<Path> s = Files.list(dir)) {
            generated = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(generated, committed, "regenerate examples/ with ExamplesGenerator");
        for (String name : generated) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(name)), Files.readAllBytes(SPREADSHEETS.resolve(name)),
                    name + " is stale: regenerate examples/ with ExamplesGenerator");
        }
        assertArrayEquals(Files.readAllBytes(tmp.resolve("expected-outcomes.csv")),
                Files.readAllBytes(EXAMPLES.resolve("expected-outcomes.csv")), "expected-outcomes.csv is stale");
    }

    @Test
    void usesOnlyHeadersThatColumnsYamlRecognises() throws IOException {
        JsonNode fields = new ObjectMapper(new YAMLFactory()).readTree(Path.of("config/columns.yaml").toFile()).get("fields");
        Set<String> known = new HashSet<>();
        fields.forEach(f -> Stream.of("fr", "en").forEach(l -> f.path(l).forEach(h -> known.add(header(h.asText())))));
        Set<String> english = new HashSet<>();
        fields.forEach(f -> f.path("en").forEach(h -> english.add(header(h.asText()))));
        boolean englishFile = false;
        for (ExampleFile f : ExampleData.files()) {
            for (Sheet s : f.sheets()) {
                for (String h : s.headers()) {
                    assertTrue(known.contains(header(h)), f.fileName() + ": header not in columns.yaml: " + h);
                }
                englishFile |= !s.headers().isEmpty() && s.headers().stream().allMatch(h -> english.contains(header(h)));
            }
        }
        assertTrue(englishFile, "one file with English headers");
    }

    /** Header matching as CONTRACT §2 says: case, accents, punctuation, currency signs and spaces ignored. */
    private static String header(String h) {
        return norm(h.replace("€", "").replace("$", ""));
    }

    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}

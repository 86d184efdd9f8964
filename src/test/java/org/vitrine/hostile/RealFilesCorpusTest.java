package org.vitrine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vitrine.camel.Normalisers;
import org.vitrine.messages.Messages;
import org.vitrine.config.ConfigLoader;
import org.vitrine.ingest.SourceFile;
import org.vitrine.ingest.SpreadsheetSource;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.model.Reject;
import org.vitrine.normalise.Deduplicator;
import org.vitrine.normalise.Normaliser;
import org.vitrine.context.Run;

/**
 * Issue 22: the real buyers' patterns of src/test/resources/real-files, each row against its expected
 * outcome (expected.csv): what is published, held back or rejected, the value of each field checked, and
 * the warning or reject each row must give. Runs as the yearly job does: every file, then the merge stage.
 */
class RealFilesCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/real-files");
    static Run run;
    static Map<String, Need> needsByRow = new TreeMap<>();
    static Map<String, List<Reject>> linesByRow = new TreeMap<>();
    static Map<String, Long> rowsByFile = new TreeMap<>();
    /** Rows the normaliser accepted: those not among the needs after the merge stage were merged. */
    static java.util.Set<String> acceptedRows = new java.util.TreeSet<>();
    /** Each row's title cell as read, before any repair. */
    static Map<String, String> sourceTitles = new TreeMap<>();

    @BeforeAll
    static void readTheCorpus() throws Exception {
        run = new Run(ConfigLoader.load(Path.of("config")), Messages.of("fr"), 2027, LocalDate.of(2026, 11, 26));
        Normaliser normaliser = Normalisers.forRun(run);
        List<Path> files;
        try (Stream<Path> all = Files.walk(CORPUS)) {
            files = all.filter(p -> (p.toString().endsWith(".csv") || p.toString().endsWith(".xlsx")) && !p.getFileName().toString().equals("expected.csv")).sorted().toList();
        }
        for (Path f : files) {
            String name = CORPUS.relativize(f).toString();
            new SpreadsheetSource().readFile(new SourceFile("corpus", f, f.getFileName().toString()), run, raw -> {
                run.report().counts("corpus", f.getFileName().toString()).rowsRead += 0;
                Normaliser.Result r = normaliser.normalise(raw);
                String key = name + ";" + raw.location().row();
                if (raw.get("title") != null && raw.get("title").text() != null) {
                    sourceTitles.put(key, raw.get("title").text());
                }
                linesByRow.computeIfAbsent(key, k -> new ArrayList<>()).addAll(r.rejects());
                linesByRow.get(key).addAll(r.warnings());
                if (r.need() != null) {
                    acceptedRows.add(key);
                    run.report().accept(r.need());
                } else {
                    run.report().counts("corpus", f.getFileName().toString()).rejected++;
                }
            });
            rowsByFile.put(name, run.report().counts("corpus", f.getFileName().toString()).rowsRead);
        }
        new Deduplicator().deduplicate(run);
        // the merge stage's lines (a duplicate named with the row it was merged with) go to their row too
        for (Reject r : run.report().rejects()) {
            if (r.row() != null) {
                files.stream().filter(p -> p.getFileName().toString().equals(r.file())).findFirst()
                        .ifPresent(p -> linesByRow.computeIfAbsent(CORPUS.relativize(p) + ";" + r.row(), k -> new ArrayList<>()).add(r));
            }
        }
        for (Need n : run.needs()) {
            String dir = files.stream().filter(p -> p.getFileName().toString().equals(n.source().file())).findFirst()
                    .map(p -> CORPUS.relativize(p).toString()).orElseThrow();
            needsByRow.put(dir + ";" + n.source().row(), n);
        }
    }

    static List<CSVRecord> expected() throws Exception {
        try (Reader r = Files.newBufferedReader(CORPUS.resolve("expected.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void everyRowHasItsExpectedOutcome() throws Exception {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (CSVRecord e : expected()) {
            if (!e.get("row").isEmpty()) {
                outcomes.put(e.get("file") + ";" + e.get("row"), e.get("outcome"));
            }
        }
        long rows = rowsByFile.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(rows, outcomes.size(), "every row read has an expected outcome, and only those");
        outcomes.forEach((row, outcome) -> {
            Need n = needsByRow.get(row);
            String got = n == null ? (acceptedRows.contains(row) ? "merged" : "rejected") : n.isPublic() ? "published" : "internal";
            assertEquals(outcome, got, row + " " + linesByRow.get(row));
        });
        assertTrue(run.report().totals().balanced(), "published + internal + merged + rejected = rows read");
    }

    @Test
    void everyCheckedFieldWarningAndRejectIsThere() throws Exception {
        for (CSVRecord e : expected()) {
            String row = e.get("file") + ";" + e.get("row");
            String check = e.get("check");
            String value = e.get("value");
            if (e.get("outcome").equals("file")) {
                String file = Path.of(e.get("file")).getFileName().toString();
                assertTrue(run.report().rejects().stream().anyMatch(r -> r.row() == null && r.file().equals(file) && r.reason().startsWith(value)),
                        e.get("file") + ": " + run.report().rejects());
                assertEquals(1, run.report().rejects().stream().filter(r -> r.file().equals(file)).count(), "one line for the file, none per row");
                continue;
            }
            List<Reject> lines = linesByRow.getOrDefault(row, List.of());
            switch (check) {
                case "" -> { }
                case "warning" -> assertTrue(lines.stream().anyMatch(r -> r.isWarning() && r.reason().contains(value)), row + " warning '"
                        + value + "' in " + lines);
                case "reject" -> assertTrue(lines.stream().anyMatch(r -> !r.isWarning() && r.reason().contains(value)), row + " reject '"
                        + value + "' in " + lines);
                case "fix" -> assertTrue(lines.stream().anyMatch(r -> r.fix().contains(value)), row + " fix '" + value + "' in " + lines);
                default -> {
                    Need n = needsByRow.get(row);
                    assertNotNull(n, row);
                    assertEquals(value, field(n, check), row + " " + check);
                }
            }
        }
    }

    @Test
    void publishedTitlesKeepEveryWordOfTheirCell() throws Exception {
        // Nothing truncated: every word of a published title's source cell is in the title (tags and entities aside;
        // a word cut by a replacement character or a C1 control is kept in pieces around the repaired letter).
        for (Map.Entry<String, Need> e : needsByRow.entrySet()) {
            Need n = e.getValue();
            String source = sourceTitles.get(e.getKey());
            assertNotNull(source, e.getKey());
            String words = source.replaceAll("<[^>]*>", " ").replaceAll("&#?\\w+;", " ");
            for (String word : words.split("[^\\p{L}\\p{N}]+")) {
                assertTrue(n.title().contains(word), e.getKey() + ": « " + word + " » of « " + source + " » lost in « " + n.title() + " »");
            }
            assertTrue(n.title().length() > 10 && !n.title().contains("<") && !n.title().contains("&#"), e.getKey() + " " + n.title());
        }
        assertEquals("Entretien des bâtiments communaux lot 1 : plomberie",
                needsByRow.get("decp/decp-acheteurs.csv;3").title(), "text after a tag is kept");
    }

    @Test
    void onlyTheGenuinelyBadRowsAreRejected() {
        // The zero amount, the unknown codes, the past launch, the file without an amount column, and the outside
        // officer's formula errors (#DIV/0!, #REF!, #N/A) and unknown codes.
        List<String> rejected = rowsByFile.keySet().stream().flatMap(f -> linesByRow.keySet().stream().filter(k -> k.startsWith(f + ";")))
                .filter(k -> !needsByRow.containsKey(k) && !acceptedRows.contains(k)).sorted().toList();
        assertEquals(List.of("decp/decp-acheteurs.csv;5", "decp/decp-acheteurs.csv;6", "fraiche/region-bourgogne-vallees.csv;7",
                "officier-2/Programmation achats 2027 CHU v3 DEF.xlsx;11", "officier-2/Programmation achats 2027 CHU v3 DEF.xlsx;9",
                "officier-2/departement-morvan-sud_routes_2027.csv;11", "officier-2/departement-morvan-sud_routes_2027.csv;9",
                "officier-2/tilleuls_prevision2027.xlsx;7",
                "officier-3/chu-beaumont-hdr2.xlsx;5", "officier-3/chu-beaumont-merged.xlsx;5",
                "officier-3/previsions_achats_2027_v3_DEF.csv;8", "officier-3/previsions_achats_2027_v3_DEF.csv;9",
                "sans-montant/universite-saone-bourgogne.csv;2", "sans-montant/universite-saone-bourgogne.csv;3",
                "sans-montant/universite-saone-bourgogne.csv;4"), rejected);
    }

    /** The officer's third spelling of the EHPAD, a place more: kept apart, and told as probably the same buyer. */
    @Test
    void aBuyerSpeltWithAPlaceMoreIsToldAsProbablyTheSame() {
        List<String> told = run.report().warnings().stream().filter(w -> w.contains("probablement le même acheteur") && w.contains("Tilleuls")).toList();
        assertEquals(1, told.size(), run.report().warnings().toString());
        assertTrue(told.get(0).contains("« EHPAD Les Tilleuls »") && told.get(0).contains("« Ehpad les Tilleuls - Beaumont »"), told.get(0));
    }

    private static String field(Need n, String check) {
        if (check.startsWith("note.")) {
            return n.notes().getOrDefault(check.substring(5), "");
        }
        return switch (check) {
            case "cpv" -> n.cpv().code();
            case "title" -> n.title();
            case "place" -> n.place() == null ? "" : n.place().kind() + ":" + n.place().code();
            case "buyer" -> n.buyer().id() + ":" + n.buyer().name();
            case "category" -> n.category();
            case "procedure" -> String.valueOf(n.procedure());
            case "technique" -> String.valueOf(n.technique());
            case "route" -> n.route();
            case "defence" -> String.valueOf(n.defence());
            case "contractStart" -> period(n.contractStart());
            case "launch" -> period(n.launch());
            case "notification" -> period(n.notification());
            case "contact" -> n.contact() == null ? "" : n.contact().toString();
            case "durationMonths" -> n.durationMonths() == null ? "" : n.durationMonths().toString();
            case "amount" -> n.amount().max().stripTrailingZeros().toPlainString();
            case "lots" -> String.valueOf(n.lots());
            case "coverage" -> n.coverage().level();
            case "suppliersKnown" -> n.suppliersKnown() == null ? "" : n.suppliersKnown().toString();
            case "beforeYear" -> String.valueOf(n.beforeYear());
            default -> throw new IllegalArgumentException(check);
        };
    }

    private static String period(Period p) {
        return p == null ? "" : p.start() + "/" + p.end() + "/" + p.precision();
    }
}

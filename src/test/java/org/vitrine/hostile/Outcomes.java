package org.vitrine.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;

/** What became of each input file, written beside the test reports for people to read (not asserted). */
final class Outcomes {

    private Outcomes() {
    }

    static void write(Path target, CorpusRun.Result run, Path internal) throws IOException {
        StringBuilder b = new StringBuilder("exit " + run.exit() + ", " + String.format(java.util.Locale.ROOT, "%.1f", run.seconds())
                + " s in a " + CorpusRun.HEAP + " JVM\n");
        if (Files.isRegularFile(internal.resolve("run-report.json"))) {
            JsonNode report = HostileCorpusTest.JSON.readTree(internal.resolve("run-report.json").toFile());
            Map<String, TreeSet<String>> reasons = new TreeMap<>();
            for (CSVRecord r : HostileCorpusTest.csv(internal.resolve("rejects.csv"))) {
                if (r.getRecordNumber() > 1) {
                    String reason = r.get(5).length() > 110 ? r.get(5).substring(0, 110) + "…" : r.get(5);
                    reasons.computeIfAbsent(r.get(0), k -> new TreeSet<>()).add((r.get(3).isEmpty() ? "" : r.get(3) + ": ") + reason);
                }
            }
            for (JsonNode f : report.get("files")) {
                String file = f.get("file").asText();
                b.append("\n").append(file).append(f.get("fileRejected").asBoolean() ? " — REJECTED WHOLE" : "")
                        .append(String.format(": read %d, published %d, internal %d, merged %d, rejected %d%n",
                                f.get("rowsRead").asLong(), f.get("published").asLong(), f.get("internalOnly").asLong(),
                                f.get("duplicates").asLong(), f.get("rejected").asLong()));
                reasons.getOrDefault(file, new TreeSet<>()).forEach(r -> b.append("    ").append(r.replace('\n', ' ')).append('\n'));
            }
        }
        b.append("\n--- output ---\n").append(run.output());
        Files.createDirectories(target.getParent());
        Files.writeString(target, b.toString());
    }

    /** A copy of the edition beside the report, to look at when a guarantee fails. */
    static void keep(Path edition, Path target) throws IOException {
        if (!Files.isDirectory(edition)) {
            return;
        }
        Path from = edition.toRealPath();
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}

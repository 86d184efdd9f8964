package org.vitrine.run;

import org.vitrine.context.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vitrine.model.FileCounts;
import org.vitrine.model.Json;

/**
 * out/<year>/state/status.json: the last run (when, outcome, exit code, edition, counts), written
 * after every run, by hand or scheduled. Staff read it; {@code vitrine serve} uses it to catch up a
 * run missed while the machine was down.
 */
public final class Status {

    private Status() {
    }

    public static void write(Path yearDir, int exitCode, String outcome, Run run) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("lastRun", Instant.now().toString());
        status.put("outcome", outcome);
        status.put("exitCode", exitCode);
        status.put("edition", run.edition().editionId());
        // What the web server serves after this run, read from the current link (after a failure, the previous one).
        status.put("online", new org.vitrine.context.EditionWriter(yearDir).currentId().orElse(null));
        FileCounts t = run.report().totals();
        status.put("counts", Map.of("rowsRead", t.rowsRead, "published", t.published, "internalOnly", t.internalOnly,
                "duplicates", t.duplicates, "rejected", t.rejected));
        try {
            Path state = Files.createDirectories(yearDir.resolve("state"));
            Path tmp = state.resolve("status.json.tmp");
            Json.pretty().writeValue(tmp.toFile(), status);
            Files.move(tmp, state.resolve("status.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the status is a convenience: a run that published must not fail for it
        }
    }

    /**
     * After {@code vitrine rollback}: the status says which edition is online now and when it was put back,
     * keeping the last run's time (the schedule's catch-up counts runs, not rollbacks).
     */
    public static void rolledBack(Path yearDir, String editionId) {
        Path f = yearDir.resolve("state").resolve("status.json");
        try {
            Map<String, Object> status = new LinkedHashMap<>();
            if (Files.isRegularFile(f)) {
                Json.MAPPER.readTree(f.toFile()).fields().forEachRemaining(e -> status.put(e.getKey(), e.getValue()));
            }
            status.put("outcome", "rolled back");
            status.put("edition", editionId);
            // what is served now, read from the link as after a run (it named the last run's edition: attacker B, 3a)
            status.put("online", new org.vitrine.context.EditionWriter(yearDir).currentId().orElse(null));
            status.put("rolledBack", Instant.now().toString());
            Path tmp = Files.createDirectories(f.getParent()).resolve("status.json.tmp");
            Json.pretty().writeValue(tmp.toFile(), status);
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a convenience, as above
        }
    }

    /**
     * A run ended by its stop or memory handler, which end the process at once: the status says so, and which edition the
     * link serves (a stop just after the switch left it naming the edition before, outcome "failed": attacker B, 3b). The
     * run's counts are not known there: the last ones are removed rather than left as this run's.
     */
    public static void ended(Path yearDir, int exitCode, String outcome) {
        Path f = yearDir.resolve("state").resolve("status.json");
        try {
            Map<String, Object> status = new LinkedHashMap<>();
            if (Files.isRegularFile(f)) {
                Json.MAPPER.readTree(f.toFile()).fields().forEachRemaining(e -> status.put(e.getKey(), e.getValue()));
            }
            status.put("lastRun", Instant.now().toString());
            status.put("outcome", outcome);
            status.put("exitCode", exitCode);
            status.remove("edition");
            status.put("online", new org.vitrine.context.EditionWriter(yearDir).currentId().orElse(null));
            status.remove("counts");
            Path tmp = Files.createDirectories(f.getParent()).resolve("status.json.tmp");
            Json.pretty().writeValue(tmp.toFile(), status);
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a convenience, as above
        }
    }

    /** When {@code vitrine rollback} last put an edition back, from the status file; null when it never did. */
    public static Instant rolledBackAt(Path yearDir) {
        try {
            Path f = yearDir.resolve("state").resolve("status.json");
            if (!Files.isRegularFile(f)) {
                return null;
            }
            String at = Json.MAPPER.readTree(f.toFile()).path("rolledBack").asText("");
            return at.isEmpty() ? null : Instant.parse(at);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** When the last run happened, from the status file; null when there is none. */
    public static Instant lastRun(Path yearDir) {
        try {
            Path f = yearDir.resolve("state").resolve("status.json");
            return Files.isRegularFile(f) ? Instant.parse(Json.MAPPER.readTree(f.toFile()).path("lastRun").asText()) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
